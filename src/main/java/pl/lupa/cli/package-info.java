/**
 * The {@code lupa} command line (picocli): index, serve, search, analyze and extract, with exit
 * codes. It wires the other packages together and holds no logic of its own.
 *
 * <p>Depends on every other package; nothing depends on it.
 */
package pl.lupa.cli;
