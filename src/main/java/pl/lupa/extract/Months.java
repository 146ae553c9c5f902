package pl.lupa.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Polish month names in every singular case form ("marzec", "marca", "marcowi", "marcem",
 * "marcu"), also typed without diacritics ("pazdziernika"), mapped to month numbers.
 */
final class Months {

    private Months() {}

    private static final String[][] FORMS = {
        {"styczeń", "stycznia", "styczniowi", "styczniem", "styczniu"},
        {"luty", "lutego", "lutemu", "lutym"},
        {"marzec", "marca", "marcowi", "marcem", "marcu"},
        {"kwiecień", "kwietnia", "kwietniowi", "kwietniem", "kwietniu"},
        {"maj", "maja", "majowi", "majem", "maju"},
        {"czerwiec", "czerwca", "czerwcowi", "czerwcem", "czerwcu"},
        {"lipiec", "lipca", "lipcowi", "lipcem", "lipcu"},
        {"sierpień", "sierpnia", "sierpniowi", "sierpniem", "sierpniu"},
        {"wrzesień", "września", "wrześniowi", "wrześniem", "wrześniu"},
        {"październik", "października", "październikowi", "październikiem", "październiku"},
        {"listopad", "listopada", "listopadowi", "listopadem", "listopadzie"},
        {"grudzień", "grudnia", "grudniowi", "grudniem", "grudniu"},
    };

    /** The genitive is the form a day number takes: "15 marca". */
    private static final int GENITIVE = 1;

    private static final SpanMap<Integer> ANY_FORM = index(false);
    private static final SpanMap<Integer> GENITIVE_FORM = index(true);

    private static SpanMap<Integer> index(boolean genitiveOnly) {
        Map<String, Integer> index = new HashMap<>();
        for (int m = 0; m < FORMS.length; m++) {
            for (int c = 0; c < FORMS[m].length; c++) {
                if (genitiveOnly && c != GENITIVE) {
                    continue;
                }
                index.put(FORMS[m][c], m + 1);
                index.put(withoutDiacritics(FORMS[m][c]), m + 1);
            }
        }
        return SpanMap.of(index);
    }

    /**
     * The month (1–12) named by token {@code i} in any case form, or 0. A capitalised form counts
     * only when {@code capitalAllowed}: "Marzec 2024" opens a sentence, but "Piotr Marzec" and
     * "Maja Kowalska" are people.
     */
    static int any(Tokens tokens, int i, boolean capitalAllowed) {
        return lookup(ANY_FORM, tokens, i, capitalAllowed);
    }

    /** The month (1–12) when token {@code i} is a lower-case genitive, the form after a day: "15 marca". */
    static int genitive(Tokens tokens, int i) {
        return lookup(GENITIVE_FORM, tokens, i, false);
    }

    private static int lookup(SpanMap<Integer> forms, Tokens tokens, int i, boolean capitalAllowed) {
        if (!tokens.isWord(i) || tokens.length(i) < 3 || tokens.length(i) > 14) {
            return 0;
        }
        Integer month = forms.get(tokens, i);
        if (month == null && capitalAllowed && Character.isUpperCase(tokens.first(i))) {
            month = forms.getLowerCase(tokens, i);
        }
        return month == null ? 0 : month;
    }

    private static String withoutDiacritics(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(
                    switch (c) {
                        case 'ą' -> 'a';
                        case 'ć' -> 'c';
                        case 'ę' -> 'e';
                        case 'ł' -> 'l';
                        case 'ń' -> 'n';
                        case 'ó' -> 'o';
                        case 'ś' -> 's';
                        case 'ź', 'ż' -> 'z';
                        default -> c;
                    });
        }
        return sb.toString();
    }
}
