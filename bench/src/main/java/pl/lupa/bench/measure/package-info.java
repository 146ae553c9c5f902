/**
 * What is timed: indexing against a plain Lucene baseline, searches in-process and over HTTP
 * with a lean keep-alive client, readiness in fresh JVMs, heap and GC while it runs. Latencies
 * become percentiles through HdrHistogram ({@code LatencyStats}).
 */
package pl.lupa.bench.measure;
