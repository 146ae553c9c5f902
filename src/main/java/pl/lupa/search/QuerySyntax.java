package pl.lupa.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The query language of the search box, parsed forgivingly: words, {@code "phrases"},
 * {@code -exclusions} (of a word or a phrase) and {@code OR} between two items. Everything else
 * — Lucene syntax such as {@code field:}, {@code *}, {@code ~}, brackets, a quote left open — is
 * searched as plain words, so no input is a syntax error.
 */
public final class QuerySyntax {

    /** A word or a phrase. */
    public record Item(String text, boolean phrase) {}

    /**
     * Items joined by OR; the clause is required, or excluded when {@code negated}.
     */
    public record Clause(List<Item> alternatives, boolean negated) {
        public Clause {
            alternatives = List.copyOf(alternatives);
        }
    }

    private QuerySyntax() {}

    public static List<Clause> parse(String query) {
        List<Raw> raws = lex(query);
        var clauses = new ArrayList<Clause>();
        int i = 0;
        while (i < raws.size()) {
            Raw r = raws.get(i);
            if (r.isOr()) {
                i++; // an OR with nothing on its left is a stray operator
                continue;
            }
            var alternatives = new ArrayList<Item>();
            alternatives.add(r.item());
            boolean negated = r.negated();
            i++;
            // "a OR b OR c": OR binds the items on both sides into one clause.
            while (!negated
                    && i + 1 < raws.size()
                    && raws.get(i).isOr()
                    && !raws.get(i + 1).isOr()
                    && !raws.get(i + 1).negated()) {
                alternatives.add(raws.get(i + 1).item());
                i += 2;
            }
            clauses.add(new Clause(alternatives, negated));
        }
        return clauses;
    }

    private record Raw(Item item, boolean negated, boolean isOr) {}

    private static List<Raw> lex(String query) {
        var out = new ArrayList<Raw>();
        String s = query == null ? "" : query;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
                negated = true;
                i++;
                c = s.charAt(i);
            }
            if (c == '"') {
                int close = s.indexOf('"', i + 1);
                if (close > i + 1) {
                    String phrase = s.substring(i + 1, close).strip();
                    if (!phrase.isEmpty()) {
                        out.add(new Raw(new Item(phrase, true), negated, false));
                    }
                    i = close + 1;
                    continue;
                }
                i++; // a quote that never closes is no syntax, just a character
                continue;
            }
            int end = i;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
                end++;
            }
            String word = s.substring(i, end);
            i = end;
            if (!negated && word.equals("OR")) {
                out.add(new Raw(null, false, true));
            } else if (!word.isEmpty()) {
                out.add(new Raw(new Item(word, false), negated, false));
            }
        }
        // A trailing OR joins nothing.
        while (!out.isEmpty() && out.get(out.size() - 1).isOr()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
