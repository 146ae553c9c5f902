package pl.lupa.extract;

import java.util.HashMap;
import java.util.Map;

/** The currencies Lupa reports and every way Polish news writes them, mapped to ISO 4217 codes. */
final class Currencies {

    private Currencies() {}

    /** Currency words, case-sensitive: "USD" and "zł" are written one way only. */
    private static final SpanMap<String> WORDS = words();

    /** Adjectives after "dolarów" that make it some other country's dollar, which Lupa does not convert. */
    private static final WordList FOREIGN_DOLLARS = WordList.of("""
            kanadyjskich kanadyjskie kanadyjski kanadyjskiego australijskich australijskie australijski
            australijskiego tajwańskich tajwańskie tajwańskiego singapurskich singapurskie hongkońskich
            hongkońskie nowozelandzkich nowozelandzkie
            """);

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

    static boolean isIsoCode(Tokens tokens, int i) {
        return tokens.is(i, "USD") || tokens.is(i, "PLN") || tokens.is(i, "EUR") || tokens.is(i, "GBP");
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
     * pence of the pound, cents of the dollar and of the euro ("2 euro 50 centów").
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

    static boolean foreignDollar(Tokens tokens, int i) {
        return tokens.isWord(i) && FOREIGN_DOLLARS.containsLowerCase(tokens, i);
    }
}
