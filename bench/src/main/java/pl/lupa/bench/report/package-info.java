/** The report: the machine and JVM, the settings and every series, as Markdown between markers of a file. */
package pl.lupa.bench.report;
