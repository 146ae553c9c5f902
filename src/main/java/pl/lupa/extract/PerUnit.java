package pl.lupa.extract;

import java.util.Map;
import java.util.Set;

/**
 * Whether an amount is a price or a rate per unit — "54,20 dolara za akcję", "10 dolarów
 * miesięcznie", "3 zł na akcję", "50 zł od osoby", "99 zł/mies." — rather than a sum: a deal, a
 * round, a fine. A rate says nothing about the size of a deal, so it keeps out of the dollar
 * facet; {@code lupa extract} still shows it, with the unit.
 *
 * <p>The rule reads only what follows the amount, right after its currency (or its number, when
 * the currency came first): "za 2 mld dolarów kupił firmę" is a price paid, and "za" before an
 * amount never makes it a rate. What follows is, after an optional "netto", "brutto" or "w
 * gotówce":
 *
 * <ul>
 *   <li>a frequency adverb: "miesięcznie", "rocznie", "kwartalnie", "tygodniowo", "dziennie",
 *       "codziennie", "dobowo", "godzinowo" — the unit is the noun of the period ("miesiąc", "rok",
 *       "kwartał", "tydzień", "dzień", "doba", "godzina"), so that "miesięcznie" and "na miesiąc"
 *       carry the same unit;
 *   <li>"za", "na", "od" or "per", optionally "każdy" (any form), "jeden" or "1", then a unit
 *       noun in the singular, in any case: "za akcję", "na osobę", "od sztuki", "za każdą akcję",
 *       "za 1 GB". A unit in the plural is something bought ("za akcje spółki", "na centra
 *       danych"); a unit followed by a number or an adjective is one particular thing ("za rok
 *       2023", "za rok obrotowy", "na akcję charytatywną"); and "od" before a person is where the
 *       money came from ("od klienta"), before a period since when ("od miesiąca"), so after "od"
 *       only things and "osoba" count;
 *   <li>"co" or "w skali" and a period: "co miesiąc", "w skali roku";
 *   <li>a slash and a unit, abbreviated or not: "/mies.", "/m-c", "/h", "/szt.", "/kWh", "/akcję";
 *   <li>"per capita" (unit "głowa", as "na głowę").
 * </ul>
 *
 * <p>Unit nouns are given by their lemmas and matched in every form through the dictionary; the
 * unit reported is the lemma ("akcja" for "akcję"), or for an abbreviation the lemma it stands for
 * ("GB" → "gigabajt").
 */
final class PerUnit {

    /**
     * Things priced one by one: shares, items, measures, data, people, periods. Not "licencja":
     * "650 mln USD za licencję na modele" is a deal, and so is a licence in most news.
     */
    static final Set<String> UNITS = Set.of(
            // securities and items
            "akcja",
            "obligacja",
            "sztuka",
            "egzemplarz",
            "urządzenie",
            "przesyłka",
            "paczka",
            "bilet",
            // measures
            "baryłka",
            "tona",
            "kilogram",
            "gram",
            "litr",
            "uncja",
            "metr",
            "kilometr",
            "kilowatogodzina",
            "megawatogodzina",
            "megabajt",
            "gigabajt",
            "terabajt",
            "token",
            // people
            "osoba",
            "głowa",
            "użytkownik",
            "pracownik",
            "klient",
            "mieszkaniec",
            "abonent",
            "subskrybent",
            "etat",
            // periods
            "sekunda",
            "minuta",
            "godzina",
            "dzień",
            "doba",
            "tydzień",
            "miesiąc",
            "kwartał",
            "rok");

    /**
     * Units that, after "od", are the payer rather than the unit: "od klienta" is from a client.
     * Periods are no unit after "od" either: "od miesiąca" is since a month ago.
     */
    private static final Set<String> PAYERS =
            Set.of("użytkownik", "pracownik", "klient", "mieszkaniec", "abonent", "subskrybent");

    /** The periods that "co" and "w skali" take. */
    private static final Set<String> PERIODS =
            Set.of("sekunda", "minuta", "godzina", "dzień", "doba", "tydzień", "miesiąc", "kwartał", "rok");

    /** Frequency adverbs, by lemma, and the period each stands for. */
    private static final LemmaMap<String> ADVERBS = LemmaMap.of(Map.of(
            "miesięcznie", "miesiąc",
            "rocznie", "rok",
            "kwartalnie", "kwartał",
            "tygodniowo", "tydzień",
            "dziennie", "dzień",
            "codziennie", "dzień",
            "dobowo", "doba",
            "godzinowo", "godzina"));

    /**
     * Abbreviated units as written (case matters: "MB" is a megabyte, "mb" a running metre). The
     * ones of a letter or two stand only after a slash, where nothing else can: "/h", "/t", "/l".
     */
    private static final SpanMap<String> ABBREVIATIONS = SpanMap.of(Map.ofEntries(
            Map.entry("szt", "sztuka"),
            Map.entry("os", "osoba"),
            Map.entry("godz", "godzina"),
            Map.entry("mies", "miesiąc"),
            Map.entry("msc", "miesiąc"),
            Map.entry("mc", "miesiąc"),
            Map.entry("kWh", "kilowatogodzina"),
            Map.entry("MWh", "megawatogodzina"),
            Map.entry("GWh", "gigawatogodzina"),
            Map.entry("MB", "megabajt"),
            Map.entry("GB", "gigabajt"),
            Map.entry("TB", "terabajt"),
            Map.entry("PB", "petabajt"),
            Map.entry("kg", "kilogram"),
            Map.entry("bbl", "baryłka"),
            Map.entry("oz", "uncja"),
            Map.entry("h", "godzina"),
            Map.entry("t", "tona"),
            Map.entry("l", "litr"),
            Map.entry("r", "rok")));

    /** Words between an amount and its unit that say how it is paid, not what for. */
    private static final WordList PAYMENT = WordList.of("netto brutto gotówką");

    private final Lemmas lemmas;

    PerUnit(Lemmas lemmas) {
        this.lemmas = lemmas;
    }

    /** The lemma of the unit that the tokens from {@code i} on reckon an amount per, or null. */
    String after(Tokens tokens, int i) {
        int j = i;
        while (true) {
            if (tokens.isWord(j) && PAYMENT.containsLowerCase(tokens, j)) {
                j++;
            } else if (tokens.is(j, "w") && tokens.is(j + 1, "gotówce")) {
                j += 2;
            } else {
                break;
            }
        }
        if (tokens.isPunct(j, '/')) {
            String abbreviated = abbreviation(tokens, j + 1, true);
            return abbreviated != null ? abbreviated : noun(tokens, j + 1, false);
        }
        if (!tokens.isWord(j)) {
            return null;
        }
        String adverb = ADVERBS.get(tokens, j, lemmas, reading -> reading.is("adv"));
        if (adverb != null) {
            return adverb;
        }
        if (tokens.isIgnoreCase(j, "per")) {
            if (tokens.isIgnoreCase(j + 1, "capita")) {
                return "głowa";
            }
            return unit(tokens, j + 1, false);
        }
        if (tokens.is(j, "za") || tokens.is(j, "na") || tokens.is(j, "od")) {
            return unit(tokens, j + 1, tokens.is(j, "od"));
        }
        if (tokens.is(j, "co") || (tokens.is(j, "w") && tokens.is(j + 1, "skali"))) {
            int k = tokens.is(j, "co") ? j + 1 : j + 2;
            String period = noun(tokens, k, false);
            return PERIODS.contains(period) ? period : null;
        }
        return null;
    }

    /** A unit after a preposition, optionally counted as one ("każdą", "jedną", "1"). */
    private String unit(Tokens tokens, int k, boolean afterOd) {
        if (tokens.is(k, "1") || isOne(tokens, k)) {
            k++;
        }
        String abbreviated = abbreviation(tokens, k, false);
        if (abbreviated != null) {
            return abbreviated;
        }
        String noun = noun(tokens, k, afterOd);
        if (noun == null || qualified(tokens, k + 1)) {
            return null;
        }
        return noun;
    }

    /** "każdy" or "jeden" in any form. */
    private boolean isOne(Tokens tokens, int k) {
        for (Lemmas.Reading r : lemmas.readings(tokens, k)) {
            if (r.lemma().equals("każdy") || r.lemma().equals("jeden")) {
                return true;
            }
        }
        return false;
    }

    /** The lemma of a unit noun at {@code k} in the singular, or null. */
    private String noun(Tokens tokens, int k, boolean afterOd) {
        for (Lemmas.Reading r : lemmas.readings(tokens, k)) {
            boolean notAfterOd = PAYERS.contains(r.lemma()) || PERIODS.contains(r.lemma());
            if (UNITS.contains(r.lemma()) && r.is("subst", "sg") && !(afterOd && notAfterOd)) {
                return r.lemma();
            }
        }
        return null;
    }

    /** True when the token after a unit makes it one particular thing: a number or an adjective. */
    private boolean qualified(Tokens tokens, int next) {
        if (tokens.isNum(next)) {
            return true;
        }
        boolean adjective = false;
        for (Lemmas.Reading r : lemmas.readings(tokens, next)) {
            if (r.is("subst") || r.is("ger")) {
                return false; // "za akcję spółki", "za godzinę pracy"
            }
            adjective |= r.is("adj") || r.is("ppas") || r.is("pact");
        }
        return adjective;
    }

    /** The unit an abbreviation at {@code k} stands for; the short ones only after a slash. */
    private static String abbreviation(Tokens tokens, int k, boolean afterSlash) {
        if (!tokens.isWord(k) || tokens.length(k) > 4) {
            return null;
        }
        if (afterSlash && tokens.is(k, "m") && tokens.isPunct(k + 1, '-') && tokens.is(k + 2, "c")) {
            return "miesiąc"; // "/m-c"
        }
        String unit = ABBREVIATIONS.get(tokens, k);
        if (unit == null || (!afterSlash && tokens.length(k) < 2)) {
            return null;
        }
        return unit;
    }
}
