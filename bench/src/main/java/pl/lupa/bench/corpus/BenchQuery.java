package pl.lupa.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query of the mix, as a user would type it, with at most one filter.
 *
 * @param items       words and quoted phrases ({@code "centrum danych"})
 * @param filterName  {@code company}, {@code usdMin} or {@code usd}, or null
 * @param filterValue the filter's value, or null
 */
public record BenchQuery(List<String> items, String filterName, String filterValue) {

    public BenchQuery {
        items = List.copyOf(items);
    }

    /** The search box text: items separated by spaces (all required) or by {@code OR}. */
    String text(boolean or) {
        return String.join(or ? " OR " : " ", items);
    }

    /** The parameters of {@code /api/search}, as {@code RequestParser} takes them. */
    public Map<String, List<String>> params(boolean or) {
        var params = new LinkedHashMap<String, List<String>>();
        params.put("q", List.of(text(or)));
        if (filterName != null) {
            params.put(filterName, List.of(filterValue));
        }
        return params;
    }

    /** Every word, phrases split, without quotes. */
    public List<String> words() {
        var words = new ArrayList<String>();
        for (String item : items) {
            for (String w : item.replace("\"", "").split(" ")) {
                if (!w.isBlank()) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
