package pl.lupa.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import pl.lupa.analysis.LupaAnalyzers;

/**
 * The one owner of the index's field names and types. The index job writes documents through
 * it and the searcher reads them through it; no other class invents a field name.
 */
public final class ArticleSchema {

    /** Article id; exact-match key for updates, deletes and {@code /api/documents/{id}}. */
    public static final String ID = "id";
    /** Source file id (relative path); JSON Lines records share their file's value. */
    public static final String FILE = "file";
    /** SHA-256 of the source file; equal hash means the file's documents are unchanged. */
    public static final String FILE_HASH = "file_hash";
    /** SHA-256 of the record's own content, to tell updated from unchanged records of a changed file. */
    public static final String CONTENT_HASH = "content_hash";

    /** Prose, lemmatised; stored with offsets in postings for the UnifiedHighlighter. */
    public static final String TITLE = "title";

    public static final String BODY = "body";
    /**
     * The title as written (lower case), so a title with the query's exact form ranks above
     * other forms of the same lemma. The body has no such copy: it cost a quarter of indexing
     * time and changed none of the ranking judgements (BENCHMARKS.md).
     */
    public static final String TITLE_EXACT = "title_exact";
    /** Canonical company names, lemmatised, searchable with a boost. */
    public static final String COMPANIES_TEXT = "companies";

    /** Publication date as epoch day: range filter, sort, stored. */
    public static final String DATE = "date";
    /**
     * Every US-dollar sum in the article (not prices per unit), in whole dollars rounded down:
     * multi-valued range filter.
     */
    public static final String USD = "usd";

    public static final String URL = "url";
    public static final String SOURCE = "source";
    public static final String AUTHOR = "author";
    /** Everything extraction found, as the JSON of {@code ExtractedEntities}, for display. */
    public static final String ENTITIES = "entities";
    /**
     * A renamed company named by its former name: "canonical{@value #FORMER_SEPARATOR}former"
     * (sorted-set doc values), so the search side knows which former names the index holds.
     */
    public static final String COMPANY_FORMER = "company_former";

    public static final char FORMER_SEPARATOR = '\u001f';

    /**
     * A company discovery found in the article: "name{@value #FORMER_SEPARATOR}evidence" (sorted-set
     * doc values). The evidence is {@code corpus} when only other articles established the name;
     * the index job's memory of names is read from the others, and {@code lupa companies} shows
     * the evidence.
     */
    public static final String COMPANY_DISCOVERED = "company_discovered";

    /** Facet dimensions (sorted-set doc values): counted with drill sideways. */
    public static final String DIM_COMPANY = "company";

    public static final String DIM_YEAR = "year";
    public static final String DIM_MONTH = "month";
    public static final String DIM_USD = "usd";
    public static final List<String> DIMENSIONS = List.of(DIM_COMPANY, DIM_YEAR, DIM_MONTH, DIM_USD);

    /** Prose: positions for phrases, offsets for highlighting the written forms. */
    static final FieldType PROSE;
    /** Exact forms: only whether and how often a form occurs matters. */
    static final FieldType EXACT;

    static {
        PROSE = new FieldType(TextField.TYPE_STORED);
        PROSE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        PROSE.freeze();
        EXACT = new FieldType(TextField.TYPE_NOT_STORED);
        EXACT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        EXACT.setOmitNorms(true); // a bonus for the exact form, not a ranking of its own: length does not matter
        EXACT.freeze();
    }

    private ArticleSchema() {}

    /** Multi-valued facet dimensions; all share the default sorted-set field. */
    public static FacetsConfig facetsConfig() {
        var config = new FacetsConfig();
        config.setMultiValued(DIM_COMPANY, true);
        config.setMultiValued(DIM_USD, true);
        return config;
    }

    /** Lemma chain for prose and companies, exact chain for the title's exact forms. */
    public static Analyzer indexAnalyzer() {
        Analyzer lemmas = LupaAnalyzers.lemmas();
        Analyzer exact = LupaAnalyzers.exact();
        return new PerFieldAnalyzerWrapper(
                lemmas,
                Map.of(
                        TITLE_EXACT, exact,
                        ID, new KeywordAnalyzer(),
                        FILE, new KeywordAnalyzer()));
    }

    /** A Lucene document for an article and what extraction found in it. */
    public static Document document(IndexedArticle a, FacetsConfig facets) throws java.io.IOException {
        var doc = new Document();
        doc.add(new KeywordField(ID, a.id(), Field.Store.YES));
        doc.add(new KeywordField(FILE, a.file(), Field.Store.NO));
        doc.add(new SortedDocValuesField(FILE_HASH, new BytesRef(a.fileHash())));
        doc.add(new StoredField(CONTENT_HASH, a.contentHash()));

        doc.add(new Field(TITLE, a.title(), PROSE));
        doc.add(new Field(TITLE_EXACT, a.title(), EXACT));
        doc.add(new Field(BODY, a.body(), PROSE));

        if (a.date() != null) {
            LocalDate date = a.date();
            doc.add(new LongField(DATE, date.toEpochDay(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(DIM_YEAR, String.valueOf(date.getYear())));
            doc.add(new SortedSetDocValuesFacetField(DIM_MONTH, monthKey(date)));
        }
        for (String company : a.companies()) {
            doc.add(new TextField(COMPANIES_TEXT, company, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(DIM_COMPANY, company));
        }
        a.formerNames()
                .forEach((company, former) -> doc.add(new SortedSetDocValuesField(
                        COMPANY_FORMER, new BytesRef(company + FORMER_SEPARATOR + former))));
        a.discovered()
                .forEach((company, evidence) -> doc.add(new SortedSetDocValuesField(
                        COMPANY_DISCOVERED, new BytesRef(company + FORMER_SEPARATOR + evidence))));
        var buckets = new java.util.TreeSet<UsdBucket>();
        for (long usd : a.usdAmounts()) {
            doc.add(new LongField(USD, usd, Field.Store.NO));
            buckets.add(UsdBucket.of(usd));
        }
        for (UsdBucket bucket : buckets) {
            doc.add(new SortedSetDocValuesFacetField(DIM_USD, bucket.key()));
        }
        if (a.url() != null) {
            doc.add(new StoredField(URL, a.url()));
        }
        if (a.source() != null) {
            doc.add(new StoredField(SOURCE, a.source()));
        }
        if (a.author() != null) {
            doc.add(new StoredField(AUTHOR, a.author()));
        }
        doc.add(new StoredField(ENTITIES, a.entitiesJson()));
        return facets.build(doc);
    }

    public static String monthKey(LocalDate date) {
        return String.format("%04d-%02d", date.getYear(), date.getMonthValue());
    }
}
