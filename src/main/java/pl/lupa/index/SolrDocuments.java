package pl.lupa.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An article as a SolrCloud document in the configset's field names ({@code solr/configset}):
 * the fields of {@link ArticleSchema#document}, with each facet dimension a plain field of its own.
 * {@code title_exact} and {@code companies} are left to the schema's copyFields.
 */
public final class SolrDocuments {

    /** The dollar dimension's field: {@link ArticleSchema#USD} already holds the amounts. */
    public static final String USD_BUCKET = "usd_bucket";

    private SolrDocuments() {}

    /** The Solr field a facet dimension is counted and filtered on. */
    public static String field(String dimension) {
        return dimension.equals(ArticleSchema.DIM_USD) ? USD_BUCKET : dimension;
    }

    public static Map<String, Object> of(IndexedArticle a) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put(ArticleSchema.ID, a.id());
        doc.put(ArticleSchema.FILE, a.file());
        doc.put(ArticleSchema.FILE_HASH, a.fileHash());
        doc.put(ArticleSchema.CONTENT_HASH, a.contentHash());
        doc.put(ArticleSchema.TITLE, a.title());
        doc.put(ArticleSchema.BODY, a.body());
        if (a.date() != null) {
            doc.put(ArticleSchema.DATE, a.date().toEpochDay());
            doc.put(ArticleSchema.DIM_YEAR, String.valueOf(a.date().getYear()));
            doc.put(ArticleSchema.DIM_MONTH, ArticleSchema.monthKey(a.date()));
        }
        doc.put(ArticleSchema.DIM_COMPANY, a.companies());
        doc.put(ArticleSchema.COMPANY_FORMER, pairs(a.formerNames()));
        doc.put(ArticleSchema.COMPANY_DISCOVERED, pairs(a.discovered()));
        doc.put(ArticleSchema.USD, a.usdAmounts());
        doc.put(
                USD_BUCKET,
                a.usdAmounts().stream().map(UsdBucket::of).collect(Collectors.toCollection(TreeSet::new)).stream()
                        .map(UsdBucket::key)
                        .toList());
        putIfPresent(doc, ArticleSchema.URL, a.url());
        putIfPresent(doc, ArticleSchema.SOURCE, a.source());
        putIfPresent(doc, ArticleSchema.AUTHOR, a.author());
        doc.put(ArticleSchema.ENTITIES, a.entitiesJson());
        return doc;
    }

    private static List<String> pairs(Map<String, String> map) {
        return map.entrySet().stream()
                .map(e -> e.getKey() + ArticleSchema.FORMER_SEPARATOR + e.getValue())
                .toList();
    }

    private static void putIfPresent(Map<String, Object> doc, String field, String value) {
        if (value != null) {
            doc.put(field, value);
        }
    }
}
