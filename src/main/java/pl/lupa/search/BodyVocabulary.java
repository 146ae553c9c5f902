package pl.lupa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import pl.lupa.analysis.Vocabulary;
import pl.lupa.index.ArticleSchema;

/**
 * The articles of an index whose body holds a lemma term: what the query side asks of the
 * collection. Kept apart from {@link ReaderSearcher} so a searcher without the facets module
 * (Solr's query parser) can ask it too.
 */
final class BodyVocabulary {

    private BodyVocabulary() {}

    static Vocabulary of(IndexReader reader) {
        return term -> {
            try {
                return reader.docFreq(new Term(ArticleSchema.BODY, term));
            } catch (IOException e) {
                throw new UncheckedIOException("reading the index's terms failed", e);
            }
        };
    }
}
