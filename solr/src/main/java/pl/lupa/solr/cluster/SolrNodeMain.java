package pl.lupa.solr.cluster;

import java.util.Properties;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One Solr node in a JVM of its own: Solr's own Jetty server (Jetty 10) and core container, as the
 * Solr distribution runs them, from Maven artifacts. Arguments: the node's solr home and its
 * port; ZooKeeper's address comes as {@code -DzkHost}. Stops on SIGTERM (Jetty's shutdown hook).
 */
public final class SolrNodeMain {

    private SolrNodeMain() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SolrNodeMain SOLR_HOME PORT");
            System.exit(2);
        }
        ParentWatch.startIfChild();
        var config = JettyConfig.builder()
                .setPort(Integer.parseInt(args[1]))
                .stopAtShutdown(true)
                .build();
        var node = new JettySolrRunner(args[0], new Properties(), config);
        try {
            node.start();
        } catch (Exception e) {
            // A node that failed to start may still answer 404 on its port: exit instead.
            e.printStackTrace();
            System.exit(1);
        }
        // Jetty's threads keep the JVM running; its shutdown hook stops the node.
    }
}
