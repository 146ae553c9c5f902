package pl.lupa.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.Version;
import org.apache.solr.core.SolrResourceLoader;
import org.apache.solr.schema.CopyField;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.IndexSchemaFactory;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.schema.StrField;
import org.apache.solr.schema.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.lupa.index.ArticleSchema;
import pl.lupa.index.IndexedArticle;

/**
 * One source of truth: the configset's schema is ArticleSchema in Solr's terms. Solr's own
 * schema classes read solr/configset/conf/schema.xml, and every field an embedded document has
 * must be there indexed, stored, with doc values and analysed the same way; every Solr field
 * that is not one of them must be one this test knows the reason for.
 */
class SchemaParityTest {

    private static final Path CONF = Path.of("solr/configset/conf");

    /** Solr facets a plain field per dimension; the buckets of {@code usd} cannot share its name. */
    static final Map<String, String> FACET_FIELDS = Map.of(
            ArticleSchema.DIM_COMPANY, "company",
            ArticleSchema.DIM_YEAR, "year",
            ArticleSchema.DIM_MONTH, "month",
            ArticleSchema.DIM_USD, "usd_bucket");

    /** Solr fields that are no ArticleSchema field, and why they exist. */
    static final Map<String, String> EXPLAINED_EXTRAS = Map.of(
            "_version_", "the update log's document version, which SolrCloud requires",
            "company", "facet dimension company",
            "year", "facet dimension year",
            "month", "facet dimension month",
            "usd_bucket", "facet dimension usd");

    /** Copies Solr makes where the embedded index writes one value twice. */
    static final Map<String, String> COPIES =
            Map.of(ArticleSchema.TITLE_EXACT, ArticleSchema.TITLE, ArticleSchema.COMPANIES_TEXT, "company");

    private static SolrResourceLoader loader;
    private static IndexSchema schema;
    private static Document embedded;
    private static Map<String, List<IndexableField>> embeddedFields;
    private static Analyzer embeddedAnalyzer;

    @BeforeAll
    static void load() throws Exception {
        loader = new SolrResourceLoader(CONF.getParent());
        schema = new IndexSchema(
                "schema.xml",
                () -> {
                    try (InputStream in = Files.newInputStream(CONF.resolve("schema.xml"))) {
                        return IndexSchemaFactory.getParsedSchema(in, loader, "schema.xml");
                    }
                },
                Version.LATEST,
                loader,
                new Properties());
        // an article with every field set, two companies and two dollar amounts
        var article = new IndexedArticle(
                "2024/microsoft.md",
                "2024/microsoft.md",
                "ab12",
                "cd34",
                "Microsoft inwestuje w Krakowie",
                LocalDate.of(2024, 3, 5),
                "https://example.pl/a",
                "Bajtel",
                "Anna Nowak",
                "Microsoft zbuduje centrum danych. Google’a to nie cieszy, Twittera też nie.",
                List.of("Microsoft", "Google", "X Corp."),
                Map.of("X Corp.", "Twitter"),
                Map.of("Rapidus", "company noun: producent"),
                List.of(5_000_000L, 2_000_000_000L),
                "{}");
        embedded = ArticleSchema.document(article, ArticleSchema.facetsConfig());
        embeddedFields = new LinkedHashMap<>();
        for (IndexableField f : embedded.getFields()) {
            if (!f.name().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
                embeddedFields.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(f);
            }
        }
        embeddedAnalyzer = ArticleSchema.indexAnalyzer();
    }

    @AfterAll
    static void close() throws IOException {
        embeddedAnalyzer.close();
        loader.close();
    }

    @Test
    void everyArticleSchemaFieldIsInSolrAlike() {
        assertThat(embeddedFields).hasSizeGreaterThanOrEqualTo(14);
        for (var entry : embeddedFields.entrySet()) {
            String name = entry.getKey();
            SchemaField solr = schema.getFieldOrNull(name);
            assertThat(solr).as("Solr field for ArticleSchema's " + name).isNotNull();
            Props lucene = Props.of(entry.getValue());
            // what Solr itself makes of the same value: the fields its schema would index
            Props solrSide = Props.of(
                    solr.getType().createFields(solr, valueOf(entry.getValue().get(0))));
            assertThat(solrSide.stored).as(name + " stored").isEqualTo(lucene.stored);
            assertThat(solrSide.indexOptions).as(name + " index options").isEqualTo(lucene.indexOptions);
            assertThat(solrSide.points).as(name + " points").isEqualTo(lucene.points);
            assertThat(docValuesKind(solrSide.docValues))
                    .as(name + " doc values")
                    .isEqualTo(docValuesKind(lucene.docValues));
            assertThat(solrSide.omitNorms).as(name + " norms").isEqualTo(lucene.omitNorms);
            assertThat(solrSide.tokenized).as(name + " analysed").isEqualTo(lucene.tokenized);
            assertThat(solr.getType() instanceof TextField)
                    .as(name + " analysed")
                    .isEqualTo(lucene.tokenized);
            assertThat(solr.multiValued() || entry.getValue().size() == 1)
                    .as(name + " holds several values in the embedded index")
                    .isTrue();
        }
    }

    @Test
    void analysedFieldsMakeTheEmbeddedIndexsTokens() throws IOException {
        var sentences = new ArrayList<String>(List.of(
                "Google’a i Google'a, IBM-u, Microsofcie",
                "W Krakowie i na świecie",
                "COVID-19 kosztował 6,6 mld dolarów"));
        sentences.addAll(SampleTexts.sentences());
        int compared = 0;
        for (var entry : embeddedFields.entrySet()) {
            String name = entry.getKey();
            SchemaField solr = schema.getField(name);
            if (!(solr.getType() instanceof TextField)) {
                continue;
            }
            for (String s : sentences) {
                List<String> expected = tokens(embeddedAnalyzer, name, s);
                assertThat(tokens(solr.getType().getIndexAnalyzer(), name, s))
                        .as(name + " index side: " + s)
                        .isEqualTo(expected);
                assertThat(tokens(solr.getType().getQueryAnalyzer(), name, s))
                        .as(name + " query side: " + s)
                        .isEqualTo(expected);
            }
            assertThat(solr.getType().getIndexAnalyzer().getPositionIncrementGap(name))
                    .as(name + " gap between values")
                    .isEqualTo(embeddedAnalyzer.getPositionIncrementGap(name));
            compared++;
        }
        assertThat(compared)
                .as("analysed fields: title, body, title_exact, companies")
                .isEqualTo(4);
    }

    @Test
    void everyFacetDimensionIsAStringFieldWithDocValues() {
        assertThat(FACET_FIELDS.keySet()).containsExactlyInAnyOrderElementsOf(ArticleSchema.DIMENSIONS);
        FacetsConfig facets = ArticleSchema.facetsConfig();
        for (String dim : ArticleSchema.DIMENSIONS) {
            SchemaField solr = schema.getFieldOrNull(FACET_FIELDS.get(dim));
            assertThat(solr).as("Solr field of dimension " + dim).isNotNull();
            assertThat(solr.getType()).as(dim).isInstanceOf(StrField.class);
            assertThat(solr.hasDocValues()).as(dim + " counted over doc values").isTrue();
            assertThat(solr.indexed()).as(dim + " filtered by term").isTrue();
            assertThat(solr.multiValued()).as(dim + " multi-valued").isEqualTo(facets.getDimConfig(dim).multiValued);
        }
    }

    @Test
    void copiesAreTheValuesTheEmbeddedIndexWritesTwice() {
        var solrCopies = new LinkedHashMap<String, String>();
        for (var entry : schema.getCopyFieldsMap().entrySet()) {
            for (CopyField c : entry.getValue()) {
                solrCopies.put(c.getDestination().getName(), c.getSource().getName());
            }
        }
        assertThat(solrCopies).isEqualTo(COPIES);
        assertThat(embedded.getValues(ArticleSchema.TITLE_EXACT))
                .containsExactly(embedded.getValues(ArticleSchema.TITLE));
        assertThat(embedded.getValues(ArticleSchema.COMPANIES_TEXT)).containsExactly("Microsoft", "Google", "X Corp.");
        assertThat(schema.getDynamicFields())
                .as("no dynamic fields: every name is ArticleSchema's")
                .isEmpty();
    }

    @Test
    void noUnexplainedSolrField() {
        Set<String> extra = new TreeSet<>(schema.getFields().keySet());
        extra.removeAll(embeddedFields.keySet());
        assertThat(extra).containsExactlyInAnyOrderElementsOf(EXPLAINED_EXTRAS.keySet());
        assertThat(schema.getUniqueKeyField().getName()).isEqualTo(ArticleSchema.ID);
    }

    /** What the embedded index does with one field name, over all its values. */
    private record Props(
            boolean stored,
            IndexOptions indexOptions,
            boolean points,
            DocValuesType docValues,
            boolean omitNorms,
            boolean tokenized) {

        static Props of(List<IndexableField> fields) {
            boolean stored = false;
            IndexOptions options = IndexOptions.NONE;
            boolean points = false;
            DocValuesType docValues = DocValuesType.NONE;
            boolean omitNorms = false;
            boolean tokenized = false;
            for (IndexableField f : fields) {
                var t = f.fieldType();
                stored |= t.stored();
                if (t.indexOptions().compareTo(options) > 0) {
                    options = t.indexOptions();
                }
                points |= t.pointDimensionCount() > 0;
                if (t.docValuesType() != DocValuesType.NONE) {
                    docValues = t.docValuesType();
                }
                if (t.indexOptions() != IndexOptions.NONE) {
                    omitNorms = t.omitNorms();
                    tokenized |= t.tokenized();
                }
            }
            return new Props(stored, options, points, docValues, omitNorms, tokenized);
        }
    }

    /** The value an embedded field holds, as a client would send it to Solr. */
    private static Object valueOf(IndexableField f) {
        if (f.numericValue() != null) {
            return f.numericValue();
        }
        if (f.stringValue() != null) {
            return f.stringValue();
        }
        return f.binaryValue().utf8ToString(); // a doc-values-only string field
    }

    /**
     * Single- and multi-valued doc values of one family serve the same facets and sorts: Solr
     * picks by multiValued, Lucene's KeywordField and LongField always write the multi-valued kind.
     */
    private static String docValuesKind(DocValuesType type) {
        return switch (type) {
            case NONE -> "none";
            case SORTED, SORTED_SET -> "strings";
            case NUMERIC, SORTED_NUMERIC -> "numbers";
            case BINARY -> "binary";
        };
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        var out = new ArrayList<String>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var posInc = stream.addAttribute(PositionIncrementAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += posInc.getPositionIncrement();
                out.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
