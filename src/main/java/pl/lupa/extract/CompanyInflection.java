package pl.lupa.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the Polish case forms of a company name, so that a gazetteer line without a
 * {@code forms} column still matches "Microsoftu", "w Microsofcie", "Nvidię" or "IBM-u".
 *
 * <p>Polish declines foreign names by their written ending: a consonant takes the masculine
 * endings (-u/-a, -owi, -em, -ie with a softened stem), a final -a the feminine ones, a silent
 * final vowel (Google, Apple) takes them after an apostrophe and an acronym after a hyphen.
 * Generating a form nobody writes costs nothing but a map entry, so the rules err on the side of
 * producing too many forms rather than too few. Only the last word of a multi-word name declines
 * ("CD Projektu", "Orange Polsce"), except that a feminine adjective before a feminine noun
 * agrees with it ("Wirtualnej Polski").
 */
final class CompanyInflection {

    /**
     * A generated form.
     *
     * @param text        the inflected name
     * @param distinctive true when the ending is one a common Polish noun would not take, so that
     *                    the form itself is evidence of a company (Amazonu, Google'a, IBM-u)
     */
    record Form(String text, boolean distinctive) {}

    private CompanyInflection() {}

    static List<Form> forms(String name) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        int space = name.lastIndexOf(' ');
        String prefix = space < 0 ? "" : name.substring(0, space + 1);
        String last = name.substring(space + 1);
        for (Form form : declineWord(last)) {
            out.putIfAbsent(prefix + form.text(), form.distinctive());
        }
        if (space > 0) {
            addAdjectiveAgreement(name.substring(0, space), last, out);
        }
        out.remove(name);
        List<Form> forms = new ArrayList<>(out.size());
        out.forEach((text, distinctive) -> forms.add(new Form(text, distinctive)));
        return forms;
    }

    private static List<Form> declineWord(String word) {
        List<Form> forms = new ArrayList<>();
        if (word.length() < 2) {
            return forms;
        }
        char last = word.charAt(word.length() - 1);
        char beforeLast = word.charAt(word.length() - 2);
        if (isUpperOrDigit(last) && isUpperOrDigit(beforeLast)) {
            // acronyms and names ending in one (IBM, TSMC, OpenAI) take endings after a hyphen
            for (String ending : new String[] {"u", "a", "owi", "em", "ie"}) {
                forms.add(new Form(word + "-" + ending, true));
            }
            return forms;
        }
        if (!Character.isLetter(last)) {
            return forms;
        }
        char lower = Character.toLowerCase(last);
        if (lower == 'a') {
            feminine(word.substring(0, word.length() - 1), forms);
        } else if (lower == 'e' || (lower == 'y' && !isVowel(beforeLast))) {
            // a final letter that is not pronounced as written: Google'a, Apple'em, Googlem
            for (String ending : new String[] {"a", "u", "owi", "em", "ie"}) {
                forms.add(new Form(word + "'" + ending, true));
            }
            if (lower == 'e') {
                forms.add(new Form(word + "m", true));
            }
        } else if (lower == 'y') {
            // eBay, Disney: the y is a glide and the name declines like a soft consonant
            masculine(word, forms);
        } else if (!isVowel(lower)) {
            masculine(word, forms);
            if (lower == 'x') {
                masculine(word.substring(0, word.length() - 1) + "ks", forms);
            } else if (lower == 'c' && !word.endsWith("ch") && !word.endsWith("cz")) {
                // a final c read as k (Anthropic) is often written with k before the ending
                masculine(word.substring(0, word.length() - 1) + "k", forms);
            }
        }
        // final -o, -i, -u (Allegro, Xiaomi, Baidu) stay as written
        return forms;
    }

    private static void masculine(String stem, List<Form> forms) {
        String lower = stem.toLowerCase(Locale.ROOT);
        forms.add(new Form(stem + "u", true));
        forms.add(new Form(stem + "a", true));
        forms.add(new Form(stem + "owi", true));
        boolean velar = lower.endsWith("k") || lower.endsWith("g");
        forms.add(new Form(stem + (velar ? "iem" : "em"), true));
        // velars and soft consonants take -u in the locative, generated above
        boolean soft = lower.endsWith("l")
                || lower.endsWith("j")
                || lower.endsWith("c")
                || lower.endsWith("h")
                || lower.endsWith("sz")
                || lower.endsWith("rz")
                || lower.endsWith("ż")
                || lower.endsWith("y");
        String locative = velar || soft ? null : softenedLocative(stem);
        if (locative != null) {
            forms.add(new Form(locative, true));
        }
    }

    private static void feminine(String stem, List<Form> forms) {
        if (stem.isEmpty()) {
            return;
        }
        String lower = stem.toLowerCase(Locale.ROOT);
        if (lower.endsWith("i")) {
            // Nvidia, Nokia: the i of the stem stays and the ending -i doubles it
            forms.add(new Form(stem + "i", false));
        } else {
            // -y after hard consonants, -i after k, g, l, j; both are cheap to keep
            forms.add(new Form(stem + "y", false));
            forms.add(new Form(stem + "i", false));
            String locative = softenedLocative(stem);
            if (locative != null) {
                forms.add(new Form(locative, false));
            }
        }
        forms.add(new Form(stem + "ę", false));
        forms.add(new Form(stem + "ą", false));
    }

    /**
     * The locative (and feminine dative) in -e, which softens the final consonant: Microsoft →
     * Microsofcie, Honda → Hondzie, Twitter → Twitterze, Polska → Polsce. Null where the locative
     * takes -u instead (velars and soft consonants), which the caller already generates.
     */
    private static String softenedLocative(String stem) {
        String lower = stem.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return null;
        }
        int n = stem.length();
        if (lower.endsWith("st")) {
            return stem.substring(0, n - 2) + "ście";
        }
        if (lower.endsWith("sk")) {
            return stem.substring(0, n - 2) + "sce";
        }
        char c = lower.charAt(n - 1);
        return switch (c) {
            case 't' -> stem.substring(0, n - 1) + "cie";
            case 'd' -> stem.substring(0, n - 1) + "dzie";
            case 'r' -> stem + "ze";
            case 'ł' -> stem.substring(0, n - 1) + "le";
            case 'k' -> stem.substring(0, n - 1) + "ce";
            case 'g' -> stem.substring(0, n - 1) + "dze";
            case 'n', 'm', 'b', 'p', 'w', 'f', 's', 'z', 'v' -> stem + "ie";
            default -> null;
        };
    }

    /** "Wirtualna Polska" → "Wirtualnej Polski", "Wirtualną Polskę" … */
    private static void addAdjectiveAgreement(String head, String last, Map<String, Boolean> out) {
        if (head.indexOf(' ') >= 0 || !head.endsWith("a") || !last.endsWith("a") || head.length() < 3) {
            return;
        }
        String adjectiveStem = head.substring(0, head.length() - 1);
        String lowerStem = adjectiveStem.toLowerCase(Locale.ROOT);
        String oblique = adjectiveStem + (lowerStem.endsWith("k") || lowerStem.endsWith("g") ? "iej" : "ej");
        String accusative = adjectiveStem + "ą";
        String nounStem = last.substring(0, last.length() - 1);
        List<Form> nounForms = new ArrayList<>();
        feminine(nounStem, nounForms);
        for (Form noun : nounForms) {
            String text = noun.text();
            boolean accusativeOrInstrumental = text.endsWith("ę") || text.endsWith("ą");
            out.putIfAbsent((accusativeOrInstrumental ? accusative : oblique) + " " + text, false);
        }
    }

    private static boolean isUpperOrDigit(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static boolean isVowel(char c) {
        return "aeiouyąęóAEIOUYĄĘÓ".indexOf(c) >= 0;
    }
}
