package pl.lupa.solr;

import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.solr.highlight.UnifiedSolrHighlighter;
import org.apache.solr.request.SolrQueryRequest;
import pl.lupa.analysis.SentenceBreaks;
import pl.lupa.search.PassageOffsets;

/**
 * Solr's unified highlighter choosing passages as the embedded index does, and handing them to
 * Lupa as offsets: {@code hl.bs.type=LUPA} breaks at sentences as Lupa reads them ({@link
 * SentenceBreaks}, Polish abbreviations and initials included, where the JDK's iterator for
 * {@code pl} breaks after them), and {@code hl.lupa.offsets=true} writes each passage's and each
 * match's offsets ({@link PassageOffsets}), which Lupa formats with the embedded index's own
 * snippet code. Everything else is Solr's (the query, the offsets in the postings, the scorer).
 *
 * <p>Registered in solrconfig.xml as the highlight component's {@code <highlighting class="pl.lupa.solr.LupaHighlighter"/>}.
 */
public final class LupaHighlighter extends UnifiedSolrHighlighter {

    /** The {@code hl.bs.type} of Lupa's sentences. */
    public static final String SENTENCES = "LUPA";
    /** The parameter that asks for offsets instead of marked text. */
    public static final String OFFSETS = "hl.lupa.offsets";

    @Override
    protected UnifiedHighlighter getHighlighter(SolrQueryRequest req) {
        return new SolrExtendedUnifiedHighlighter(req) {
            @Override
            protected BreakIterator parseBreakIterator(String type, Locale locale) {
                return SENTENCES.equals(type) ? new SentenceBreaks() : super.parseBreakIterator(type, locale);
            }

            @Override
            protected PassageFormatter getFormatter(String field) {
                return params.getFieldBool(field, OFFSETS, false)
                        ? PassageOffsets.FORMATTER
                        : super.getFormatter(field);
            }
        };
    }
}
