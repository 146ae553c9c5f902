package pl.lupa.solr.cluster;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends a child JVM of the cluster when the process that started it is gone: the parent holds the
 * child's standard input open and never writes to it, so end of input means the parent died.
 * Only children started by {@link ChildJvm} watch; a node started by hand does not.
 */
final class ParentWatch {

    static final String PROPERTY = "lupa.cluster.child";

    private ParentWatch() {}

    static void startIfChild() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        var watch = new Thread(
                () -> {
                    try (InputStream in = System.in) {
                        while (in.read() >= 0) {
                            // the parent never writes; anything read is ignored
                        }
                    } catch (IOException e) {
                        // a broken pipe means the same as end of input
                    }
                    System.err.println("lupa cluster: the parent process is gone, stopping");
                    System.exit(0); // runs the shutdown hooks: Solr closes its cores, Jetty stops
                },
                "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
