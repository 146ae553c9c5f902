package pl.lupa.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.fsa.FSA;

/**
 * Polish diacritics: folding ({@code źródła → zrodla}) and its inverse against the dictionary
 * ({@code zrodla → źródła}). Queries are often typed without diacritics; restoring them finds
 * the real words, whose lemmas then match every inflected form in the index.
 */
public final class Diacritics {

    private static final String PLAIN = "acelnoszz";
    private static final String MARKED = "ąćęłńóśźż";
    /** Bound on automaton states visited per word, so a long query word costs microseconds. */
    private static final int MAX_STEPS = 20_000;

    private static final int MAX_FORMS = 16;

    private Diacritics() {}

    /** Lower-case form without Polish diacritics. */
    public static String fold(String word) {
        var out = new StringBuilder(word.length());
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            int i = MARKED.indexOf(c);
            out.append(i >= 0 ? PLAIN.charAt(i) : c);
        }
        return out.toString();
    }

    public static boolean hasPolishDiacritics(String word) {
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            if (MARKED.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every dictionary form (as the dictionary writes it, so capitalised for names) whose folded
     * spelling equals the folded word: {@code laska → [laska, łaska]}, {@code krakow → [Kraków]}.
     */
    public static List<String> restore(String word) {
        String folded = fold(word);
        var found = new ArrayList<String>();
        if (folded.isEmpty() || folded.length() > 40) {
            return found;
        }
        FSA fsa = PolishDictionary.fsa();
        var search = new Search(fsa, PolishDictionary.separator(), folded, found);
        search.walk(fsa.getRootNode(), 0, new StringBuilder());
        return found;
    }

    private static final class Search {
        private final FSA fsa;
        private final byte separator;
        private final String folded;
        private final List<String> found;
        private int steps;

        Search(FSA fsa, byte separator, String folded, List<String> found) {
            this.fsa = fsa;
            this.separator = separator;
            this.folded = folded;
            this.found = found;
        }

        void walk(int node, int at, StringBuilder prefix) {
            if (found.size() >= MAX_FORMS || ++steps > MAX_STEPS) {
                return;
            }
            if (at == folded.length()) {
                if (fsa.getArc(node, separator) != 0) {
                    found.add(prefix.toString());
                }
                return;
            }
            for (char option : options(folded.charAt(at), at == 0)) {
                int next = follow(node, option);
                if (next >= 0) {
                    prefix.append(option);
                    walk(next, at + 1, prefix);
                    prefix.setLength(prefix.length() - 1);
                }
            }
        }

        /** The node after the UTF-8 bytes of the char, or -1 when no word continues that way. */
        private int follow(int node, char c) {
            byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                int arc = fsa.getArc(node, b);
                if (arc == 0 || fsa.isArcTerminal(arc)) {
                    return -1;
                }
                node = fsa.getEndNode(arc);
            }
            return node;
        }
    }

    private static char[] options(char plain, boolean first) {
        var out = new StringBuilder().append(plain);
        for (int i = 0; i < PLAIN.length(); i++) {
            if (PLAIN.charAt(i) == plain) {
                out.append(MARKED.charAt(i));
            }
        }
        if (first) {
            int n = out.length();
            for (int i = 0; i < n; i++) {
                char upper = Character.toUpperCase(out.charAt(i));
                if (upper != out.charAt(i)) {
                    out.append(upper);
                }
            }
        }
        return out.toString().toCharArray();
    }
}
