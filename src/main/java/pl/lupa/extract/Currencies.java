package pl.lupa.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The currencies Lupa reports and every way Polish news writes them, mapped to ISO 4217 codes.
 *
 * <p>"Dolar" alone is the US dollar. Some forty countries call their money a dollar, and Polish
 * names it by an adjective ("dolar kanadyjski", "dolarów australijskich") or, for a few, by the
 * country in the genitive ("dolar Hongkongu", "dolarów Zimbabwe"); either turns the amount into
 * that currency. Lupa converts nothing: an amount keeps the currency it was written in, and only
 * US dollars have a dollar value.
 */
final class Currencies {

    private Currencies() {}

    /** Currency words, case-sensitive: "USD" and "zł" are written one way only. */
    private static final SpanMap<String> WORDS = words();

    /**
     * Codes that may stand before a number ("USD 5 mln", "CAD 20 mln"), upper case only: "cad" is
     * also the design software. Case-sensitive, like the codes among {@link #WORDS}.
     */
    private static final SpanMap<String> CODES = SpanMap.of(Map.ofEntries(
            Map.entry("USD", "USD"),
            Map.entry("PLN", "PLN"),
            Map.entry("EUR", "EUR"),
            Map.entry("GBP", "GBP"),
            Map.entry("CAD", "CAD"),
            Map.entry("AUD", "AUD"),
            Map.entry("NZD", "NZD"),
            Map.entry("SGD", "SGD"),
            Map.entry("HKD", "HKD"),
            Map.entry("TWD", "TWD"),
            Map.entry("ZWL", "ZWL")));

    /** The letters that mark a dollar sign as some country's: US$, C$, A$, NZ$, S$, HK$, NT$, Z$. */
    private static final SpanMap<String> DOLLAR_SIGNS = SpanMap.of(Map.ofEntries(
            Map.entry("US", "USD"),
            Map.entry("C", "CAD"),
            Map.entry("CA", "CAD"),
            Map.entry("A", "AUD"),
            Map.entry("AU", "AUD"),
            Map.entry("NZ", "NZD"),
            Map.entry("S", "SGD"),
            Map.entry("SG", "SGD"),
            Map.entry("HK", "HKD"),
            Map.entry("NT", "TWD"),
            Map.entry("Z", "ZWL")));

    /** Adjectives after a form of "dolar" that name its country, by lemma; "amerykański" keeps it American. */
    private static final LemmaMap<String> DOLLAR_ADJECTIVES = LemmaMap.of(Map.ofEntries(
            Map.entry("amerykański", "USD"),
            Map.entry("kanadyjski", "CAD"),
            Map.entry("australijski", "AUD"),
            Map.entry("nowozelandzki", "NZD"),
            Map.entry("singapurski", "SGD"),
            Map.entry("hongkoński", "HKD"),
            Map.entry("tajwański", "TWD"),
            // the dictionary spells it two ways; "zimbabweański" is in use too
            Map.entry("zimbabweński", "ZWL"),
            Map.entry("zimbabwejski", "ZWL"),
            Map.entry("zimbabweański", "ZWL"),
            Map.entry("jamajski", "JMD"),
            Map.entry("bahamski", "BSD"),
            Map.entry("barbadoski", "BBD"),
            Map.entry("belizeński", "BZD"),
            Map.entry("bermudzki", "BMD"),
            Map.entry("brunejski", "BND"),
            Map.entry("fidżyjski", "FJD"),
            Map.entry("gujański", "GYD"),
            Map.entry("kajmański", "KYD"),
            Map.entry("liberyjski", "LRD"),
            Map.entry("namibijski", "NAD"),
            Map.entry("surinamski", "SRD"),
            Map.entry("trynidadzki", "TTD"),
            Map.entry("wschodniokaraibski", "XCD")));

    /**
     * Countries whose dollar Polish names by the country in the genitive ("dolar Hongkongu",
     * "dolar Zimbabwe"). Only these: other dollars are named by their adjective, and "dolarów
     * Kanady" can as well be Canada's money counted in American dollars.
     */
    private static final LemmaMap<String> DOLLAR_COUNTRIES = LemmaMap.of(Map.ofEntries(
            Map.entry("hongkong", "HKD"),
            Map.entry("zimbabwe", "ZWL"),
            Map.entry("singapur", "SGD"),
            Map.entry("brunei", "BND"),
            Map.entry("namibia", "NAD"),
            Map.entry("belize", "BZD"),
            Map.entry("fidżi", "FJD"),
            Map.entry("jamajka", "JMD"),
            Map.entry("liberia", "LRD"),
            Map.entry("gujana", "GYD"),
            Map.entry("surinam", "SRD"),
            Map.entry("bahamy", "BSD"),
            Map.entry("barbados", "BBD"),
            Map.entry("bermudy", "BMD")));

    /**
     * Hundredths of a currency, by form, with the currency they divide: "2 zł 99 gr", "99 gr",
     * "5 dolarów 50 centów". The forms are few and tested in place, as the currency words are.
     */
    private static final SpanMap<String> SUBUNITS = subunits();

    private static SpanMap<String> words() {
        Map<String, String> m = new HashMap<>();
        for (String s : new String[] {
            "dolar", "dolara", "dolary", "dolarów", "dolarach", "dolarami", "dolarze", "USD", "usd", "dolców"
        }) {
            m.put(s, "USD");
        }
        for (String s :
                new String[] {"zł", "złotych", "złote", "złoty", "złotego", "złotówek", "złotówki", "PLN", "pln"}) {
            m.put(s, "PLN");
        }
        for (String s : new String[] {"euro", "EUR", "eur"}) {
            m.put(s, "EUR");
        }
        for (String s : new String[] {"funt", "funta", "funty", "funtów", "funtach", "GBP", "gbp"}) {
            m.put(s, "GBP");
        }
        for (String code : new String[] {"CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "ZWL"}) {
            m.put(code, code);
        }
        return SpanMap.of(m);
    }

    private static SpanMap<String> subunits() {
        Map<String, String> m = new HashMap<>();
        for (String s : new String[] {"gr", "grosz", "grosza", "grosze", "groszy", "groszach", "groszami"}) {
            m.put(s, "PLN");
        }
        for (String s : new String[] {"cent", "centa", "centy", "centów", "centach", "centami"}) {
            m.put(s, "USD");
        }
        for (String s :
                new String[] {"eurocent", "eurocenta", "eurocenty", "eurocentów", "eurocentach", "eurocentami"}) {
            m.put(s, "EUR");
        }
        for (String s : new String[] {"pens", "pensa", "pensy", "pensów", "pensach", "pensami"}) {
            m.put(s, "GBP");
        }
        return SpanMap.of(m);
    }

    /** ISO code of a currency symbol, or null. */
    static String symbol(char c) {
        return switch (c) {
            case '$' -> "USD";
            case '€' -> "EUR";
            case '£' -> "GBP";
            default -> null;
        };
    }

    /** ISO code of a currency word, or null. The abbreviation "dol." is handled by the caller. */
    static String word(Tokens tokens, int i) {
        if (!tokens.isWord(i) || tokens.length(i) > 10) {
            return null;
        }
        return WORDS.get(tokens, i);
    }

    /** ISO code of a currency code that may stand before a number, or null. */
    static String code(Tokens tokens, int i) {
        if (!tokens.isWord(i) || tokens.length(i) != 3) {
            return null;
        }
        return CODES.get(tokens, i);
    }

    /**
     * The currency of a dollar sign marked by the letters touching it ("HK$", "C$"), when token
     * {@code i} is such letters and a "$" follows without a space; otherwise null.
     */
    static String markedDollar(Tokens tokens, int i) {
        if (!tokens.isWord(i)
                || tokens.length(i) > 2
                || !tokens.isPunct(i + 1, '$')
                || !tokens.touchesPrevious(i + 1)) {
            return null;
        }
        return DOLLAR_SIGNS.get(tokens, i);
    }

    /**
     * The currency of a subunit word standing alone ("99 gr", "50 centów"), or null. A cent
     * alone is an American one; the euro's is "eurocent".
     */
    static String subunit(Tokens tokens, int i) {
        if (!tokens.isWord(i) || tokens.length(i) > 11) {
            return null;
        }
        return SUBUNITS.get(tokens, i);
    }

    /**
     * True when the subunit word at {@code i} is a hundredth of {@code iso}: grosze of the złoty,
     * pence of the pound, cents of any dollar and of the euro ("2 euro 50 centów").
     */
    static boolean divides(Tokens tokens, int i, String iso) {
        String of = subunit(tokens, i);
        if (of == null) {
            return false;
        }
        if (of.equals("USD")) {
            return !iso.equals("PLN") && !iso.equals("GBP");
        }
        return of.equals(iso);
    }

    /** A dollar's country named after the word "dolar": the currency, and the last token that names it. */
    record Country(String iso, int last) {}

    /**
     * The country of a dollar, written right after the currency word at {@code currencyWord} (or
     * after "dol." when {@code currencyWord} is -1): an adjective agreeing with the word
     * ("dolarów kanadyjskich", not "dolarów kanadyjskiemu funduszowi"), a country in the
     * genitive ("dolarów Zimbabwe"), "Hong Kong(u)" or "USA". Null when none is named.
     */
    static Country dollarCountry(Tokens tokens, int currencyWord, int i, Lemmas lemmas) {
        if (!tokens.isWord(i)) {
            return null;
        }
        if (tokens.is(i, "USA")) {
            return new Country("USD", i);
        }
        if (tokens.isIgnoreCase(i, "Hong")
                && tokens.isWord(i + 1)
                && tokens.text(i + 1).toLowerCase(Locale.ROOT).startsWith("kong")) {
            return new Country("HKD", i + 1);
        }
        var nounReadings = currencyWord < 0 ? List.<Lemmas.Reading>of() : lemmas.readings(tokens, currencyWord);
        String iso = DOLLAR_ADJECTIVES.get(tokens, i, lemmas, adjective -> Lemmas.agrees(adjective, nounReadings));
        if (iso == null) {
            iso = DOLLAR_COUNTRIES.get(tokens, i, lemmas, Currencies::genitive);
        }
        return iso == null ? null : new Country(iso, i);
    }

    private static boolean genitive(Lemmas.Reading reading) {
        return reading.is("subst", null, "gen");
    }
}
