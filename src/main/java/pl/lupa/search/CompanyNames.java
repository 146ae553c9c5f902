package pl.lupa.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.spell.LevenshteinDistance;
import pl.lupa.index.ArticleSchema;
import pl.lupa.index.DiscoveredCompanies;

/**
 * The companies one index knows: the values of its company facet and the former names its
 * articles use ("Twitter" of X Corp.). A filter value is matched to a canonical name regardless of
 * case, diacritics, spaces and punctuation ("nvidia", "x corp", "Telefonica"), or through a former
 * name; a value matching nothing is answered with the closest names the index has.
 *
 * <p>Built once per index reader, on the first request that needs it; immutable after.
 */
final class CompanyNames {

    /** How many names an unknown company's message offers. */
    static final int CLOSEST = 5;

    private final List<String> canonical;
    /** Folded canonical and former names → canonical name. */
    private final Map<String, String> byFolded;
    /** Canonical name → the former names the index's articles use, sorted. */
    private final Map<String, List<String>> formerNames;
    /** The names discovery found in the articles: companies of no list. */
    private final Set<String> discovered;

    CompanyNames(List<String> canonical, Map<String, List<String>> formerNames, Set<String> discovered) {
        this.canonical = List.copyOf(canonical);
        this.formerNames = Map.copyOf(formerNames);
        this.discovered = Set.copyOf(discovered);
        var folded = new HashMap<String, String>();
        // canonical names first, so a former name never hides a company of its own
        for (String name : canonical) {
            folded.putIfAbsent(fold(name), name);
        }
        formerNames.forEach((name, formers) -> formers.forEach(f -> folded.putIfAbsent(fold(f), name)));
        this.byFolded = Map.copyOf(folded);
    }

    static CompanyNames of(SortedSetDocValuesReaderState facets, IndexReader reader) throws IOException {
        var names = new ArrayList<String>();
        var range = facets.getOrdRange(ArticleSchema.DIM_COMPANY);
        if (range != null) {
            SortedSetDocValues values = facets.getDocValues();
            for (int ord = range.start; ord <= range.end; ord++) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                names.add(path[1]);
            }
        }
        var formers = new TreeMap<String, List<String>>();
        SortedSetDocValues pairs = MultiDocValues.getSortedSetValues(reader, ArticleSchema.COMPANY_FORMER);
        if (pairs != null) {
            for (long ord = 0; ord < pairs.getValueCount(); ord++) {
                addFormer(formers, pairs.lookupOrd(ord).utf8ToString());
            }
        }
        return new CompanyNames(
                names, formers, DiscoveredCompanies.evidence(reader).keySet());
    }

    /** Adds one stored "canonical\u001fformer" value to a map of former names by company. */
    static void addFormer(Map<String, List<String>> formers, String pair) {
        int cut = pair.indexOf(ArticleSchema.FORMER_SEPARATOR);
        formers.computeIfAbsent(pair.substring(0, cut), k -> new ArrayList<>()).add(pair.substring(cut + 1));
    }

    /** The canonical name a filter value means, if the index has such a company. */
    Optional<String> canonical(String value) {
        return Optional.ofNullable(byFolded.get(fold(value)));
    }

    /** Whether the company is the gazetteer's, not a name discovery found in the articles. */
    boolean curated(String canonicalName) {
        return !discovered.contains(canonicalName);
    }

    /** The former names of a company its articles use; empty for most. */
    List<String> formerNamesOf(String canonicalName) {
        return formerNames.getOrDefault(canonicalName, List.of());
    }

    /**
     * The request with every company filter value replaced by its canonical name.
     *
     * @throws BadParameterException for a value no company of the index matches, naming the
     *                               closest ones
     */
    SearchRequest resolve(SearchRequest request) {
        if (request.companies().isEmpty()) {
            return request;
        }
        var resolved = new ArrayList<String>();
        for (String value : request.companies()) {
            String name = canonical(value).orElseThrow(() -> unknown(value));
            if (!resolved.contains(name)) {
                resolved.add(name);
            }
        }
        return resolved.equals(request.companies()) ? request : request.withCompanies(resolved);
    }

    private BadParameterException unknown(String value) {
        List<String> closest = closest(value);
        String message = closest.isEmpty()
                ? "unknown company '" + value + "': the index has no companies"
                : "unknown company '" + value + "'; closest: " + String.join(", ", closest);
        return new BadParameterException(SearchParam.COMPANY.paramName(), message, value, closest);
    }

    /**
     * The names most like {@code value}: those it begins (or that begin it) first, then by edit
     * distance of the folded names; a former name stands for its company.
     */
    List<String> closest(String value) {
        String wanted = fold(value);
        var best = new LinkedHashMap<String, Double>();
        var distance = new LevenshteinDistance();
        byFolded.forEach((folded, name) -> {
            double score = distance.getDistance(wanted, folded);
            if (!wanted.isEmpty() && (folded.startsWith(wanted) || wanted.startsWith(folded))) {
                score += 1;
            }
            best.merge(name, score, Math::max);
        });
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(CLOSEST)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Lower case, no diacritics (ł too), letters and digits only. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        var sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'ł') {
                sb.append('l');
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    List<String> names() {
        return canonical;
    }
}
