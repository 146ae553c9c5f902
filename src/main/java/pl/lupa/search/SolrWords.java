package pl.lupa.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import pl.lupa.index.ArticleSchema;

/**
 * What the {@link Speller} reads of a SolrCloud collection. Close terms are those Lucene's {@link
 * DirectSpellChecker} finds in each shard (Solr's spellcheck component); they are ranked here as
 * the checker ranks them on one index, with the collection's counts: by closeness ({@link
 * DirectSpellChecker#INTERNAL_LEVENSHTEIN}, the checker's own measure), then by articles, then
 * alphabetically; none for a term held by more than the checker's share of the articles.
 */
final class SolrWords implements Speller.Words {

    /** Close terms asked of the shards: more than kept, so that the collection's counts can reorder them. */
    private static final int ASKED = 25;

    private static final DirectSpellChecker CHECKER = Speller.checker();

    private final SolrCollection collection;

    SolrWords(SolrCollection collection) {
        this.collection = collection;
    }

    @Override
    public Map<Term, Long> docFreqs(Collection<Term> terms) {
        return collection.docFreqs(terms);
    }

    @Override
    public List<SuggestWord> similar(String term) {
        if (term.codePointCount(0, term.length()) < CHECKER.getMinQueryLength()) {
            return List.of();
        }
        List<String> close = collection.closeTerms(term, ASKED);
        var asked = new ArrayList<Term>();
        asked.add(new Term(ArticleSchema.BODY, term));
        close.forEach(c -> asked.add(new Term(ArticleSchema.BODY, c)));
        Map<Term, Long> counts = collection.docFreqs(asked);
        long held = counts.getOrDefault(asked.get(0), 0L);
        if (held > (int) Math.ceil(CHECKER.getMaxQueryFrequency() * (float) collection.size())) {
            return List.of(); // a common term is no typo
        }
        var out = new ArrayList<SuggestWord>();
        for (String c : close) {
            float score = DirectSpellChecker.INTERNAL_LEVENSHTEIN.getDistance(term, c);
            long freq = counts.getOrDefault(new Term(ArticleSchema.BODY, c), 0L);
            if (c.equals(term)
                    || score < Speller.ACCURACY
                    || freq == 0
                    || out.stream().anyMatch(s -> s.string.equals(c))) {
                continue;
            }
            var s = new SuggestWord();
            s.string = c;
            s.score = score;
            s.freq = (int) freq;
            out.add(s);
        }
        out.sort(Comparator.<SuggestWord>comparingDouble(s -> -s.score)
                .thenComparing(s -> -s.freq)
                .thenComparing(s -> s.string));
        return out.subList(0, Math.min(Speller.SIMILAR, out.size()));
    }
}
