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

    static boolean foreignDollar(Tokens tokens, int i) {
        return tokens.isWord(i) && FOREIGN_DOLLARS.containsLowerCase(tokens, i);
    }
}
