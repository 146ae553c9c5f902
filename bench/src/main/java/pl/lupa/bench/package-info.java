/**
 * The benchmarks, a module of their own. This package holds the commands ({@code BenchMain}):
 * {@code generate} a corpus ({@code corpus}), {@code run} the measurements on it
 * ({@code measure}) and write the report ({@code report}), and the single-thread throughput of
 * {@code analysis} and {@code extraction}.
 *
 * <p>Depends on the product's public API; the product never depends on it.
 */
package pl.lupa.bench;
