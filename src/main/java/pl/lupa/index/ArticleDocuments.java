package pl.lupa.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import pl.lupa.extract.Amount;
import pl.lupa.extract.DiscoveryMemory;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.ExtractedEntities;
import pl.lupa.ingest.Article;

/** Turns an article into what the index holds of it: extraction over title and body. */
final class ArticleDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityExtractor extractor;

    ArticleDocuments(EntityExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * @param fileHash    the source file's hash: unchanged files are skipped by it
     * @param contentHash the record's own hash: tells updated from unchanged records of a changed feed
     * @param memory      the company names the previous commit's articles established
     */
    IndexedArticle of(Article a, String fileId, String fileHash, String contentHash, DiscoveryMemory memory)
            throws IOException {
        ExtractedEntities entities = extractor.extract(a.text(), a.date(), memory);
        var discovered = new LinkedHashMap<String, String>();
        entities.discovered().forEach(d -> discovered.put(d.name(), d.evidence()));
        List<Long> usd = entities.amounts().stream()
                .map(Amount::sumUsd)
                .filter(v -> v != null)
                .map(ArticleDocuments::wholeDollars)
                .toList();
        String json;
        try {
            json = JSON.writeValueAsString(entities);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("entities are plain records", e);
        }
        return new IndexedArticle(
                a.id(),
                fileId,
                fileHash,
                contentHash,
                a.title(),
                a.date(),
                a.url(),
                a.source(),
                a.author(),
                a.body(),
                entities.companies(),
                entities.formerNames(),
                discovered,
                usd,
                json);
    }

    /**
     * The whole dollars of an amount, rounded down: $999,999.99 stays below 1 mln $, so every
     * facet bucket and every {@code usdMin} (whole dollars, inclusive) holds exactly the amounts it
     * names; only {@code usdMax} lets in up to 99 cents more ($10.50 matches {@code usdMax=10}).
     */
    static long wholeDollars(BigDecimal usd) {
        return usd.setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
