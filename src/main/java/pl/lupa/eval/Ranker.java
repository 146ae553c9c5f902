package pl.lupa.eval;

import java.io.IOException;
import java.util.List;

/** A way of ranking the collection for a query: Lupa with some ranking constants, or a stock baseline. */
public interface Ranker extends AutoCloseable {

    /** What the tables call it. */
    String name();

    /** The ids of the first {@code k} documents for the query, best first. */
    List<String> rank(String query, int k) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * The id an evaluation compares with its judgements: a JSON Lines record's own id, without the
     * {@code file#} that Lupa puts before it; a file's path as it is.
     */
    static String judgedId(String lupaId) {
        int hash = lupaId.indexOf('#');
        return hash < 0 ? lupaId : lupaId.substring(hash + 1);
    }
}
