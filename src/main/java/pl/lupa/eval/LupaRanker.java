package pl.lupa.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import pl.lupa.search.Hit;
import pl.lupa.search.LupaSearcher;
import pl.lupa.search.RankingConfig;
import pl.lupa.search.SearchRequest;

/** Lupa's own search over an index, with a ranking configuration, as the server would answer. */
final class LupaRanker implements Ranker {

    private final String name;
    private final LupaSearcher searcher;

    LupaRanker(String name, Path index, RankingConfig config) {
        this.name = name;
        this.searcher = new LupaSearcher(index, Duration.ofHours(1), Duration.ofSeconds(30), config);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> rank(String query, int k) {
        var request = SearchRequest.builder()
                .query(query)
                .size(k)
                .facets(false)
                .snippets(false)
                .build();
        return searcher.search(request).hits().stream()
                .map(Hit::id)
                .map(Ranker::judgedId)
                .toList();
    }

    @Override
    public void close() throws IOException {
        searcher.close();
    }
}
