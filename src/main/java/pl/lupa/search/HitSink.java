package pl.lupa.search;

import java.io.IOException;

/** Receives the hits of an export one by one, as they are read; may write them to a client. */
@FunctionalInterface
public interface HitSink {
    void accept(Hit hit) throws IOException;
}
