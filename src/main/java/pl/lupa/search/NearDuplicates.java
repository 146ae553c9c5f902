package pl.lupa.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.ScoreDoc;
import pl.lupa.analysis.IndexTerms;
import pl.lupa.index.ArticleSchema;

/**
 * Articles of one page of results that tell the same story: published within
 * {@value #MAX_DAYS} days of each other, with lemmas of title and body alike (Jaccard similarity
 * of their sets of lemmas at least {@value #MIN_SIMILARITY}). A lower hit like a higher one is
 * folded into it: the page lists the higher one, whose {@code duplicates} name the folded ones.
 * Only hits of the same page are compared, so paging and {@code total} stay as they are.
 */
final class NearDuplicates {

    static final int MAX_DAYS = 3;
    /** Chosen on labelled pairs (README: near-duplicates). */
    static final double MIN_SIMILARITY = 0.3;

    private final Analyzer analyzer;

    NearDuplicates(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The page's hits with near-duplicates folded into the highest of each group. */
    List<Hit> fold(ReaderSearcher searcher, List<ScoreDoc> page, List<Hit> hits) throws IOException {
        if (hits.size() < 2) {
            return hits;
        }
        var lemmas = new ArrayList<Set<String>>();
        for (ScoreDoc sd : page) {
            lemmas.add(lemmas(searcher, sd.doc));
        }
        return fold(lemmas, hits);
    }

    /**
     * The hits with near-duplicates folded, given each hit's lemmas ({@link #lemmas(String, String)}).
     */
    List<Hit> fold(List<Set<String>> lemmas, List<Hit> hits) {
        if (hits.size() < 2) {
            return hits;
        }
        var days = new ArrayList<LocalDate>();
        hits.forEach(h -> days.add(day(h.date())));
        boolean[] folded = new boolean[hits.size()];
        var out = new ArrayList<Hit>();
        for (int i = 0; i < hits.size(); i++) {
            if (folded[i]) {
                continue;
            }
            var duplicates = new ArrayList<String>();
            for (int j = i + 1; j < hits.size(); j++) {
                if (!folded[j] && close(days.get(i), days.get(j)) && similar(lemmas.get(i), lemmas.get(j))) {
                    folded[j] = true;
                    duplicates.add(hits.get(j).id());
                }
            }
            out.add(duplicates.isEmpty() ? hits.get(i) : hits.get(i).withDuplicates(duplicates));
        }
        return out;
    }

    /**
     * Whether each of the hits tells the same story as the article with {@code lemmas} published
     * on {@code date}, given each hit's lemmas.
     */
    List<Boolean> sameStory(Set<String> lemmas, String date, List<Hit> hits, List<Set<String>> ofHits) {
        var out = new ArrayList<Boolean>();
        for (int i = 0; i < hits.size(); i++) {
            out.add(close(day(date), day(hits.get(i).date())) && similar(lemmas, ofHits.get(i)));
        }
        return out;
    }

    Set<String> lemmas(ReaderSearcher searcher, int doc) throws IOException {
        Document d = searcher.storedFields().document(doc, Set.of(ArticleSchema.TITLE, ArticleSchema.BODY));
        return lemmas(d.get(ArticleSchema.TITLE), d.get(ArticleSchema.BODY));
    }

    /** The lemmas of an article's title and body, which two stories are compared by. */
    Set<String> lemmas(String title, String body) {
        return IndexTerms.of(analyzer, ArticleSchema.BODY, title + "\n\n" + body);
    }

    private static LocalDate day(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    private static boolean close(LocalDate a, LocalDate b) {
        return a != null && b != null && Math.abs(a.toEpochDay() - b.toEpochDay()) <= MAX_DAYS;
    }

    static boolean similar(Set<String> a, Set<String> b) {
        return jaccard(a, b) >= MIN_SIMILARITY;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long both = a.stream().filter(b::contains).count();
        return (double) both / (a.size() + b.size() - both);
    }
}
