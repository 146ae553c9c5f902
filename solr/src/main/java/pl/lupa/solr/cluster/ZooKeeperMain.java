package pl.lupa.solr.cluster;

import org.apache.zookeeper.server.ServerConfig;
import org.apache.zookeeper.server.ZooKeeperServerMain;

/** The cluster's ZooKeeper, a standalone server in a JVM of its own. Argument: its zoo.cfg. */
public final class ZooKeeperMain {

    private ZooKeeperMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ZooKeeperMain ZOO_CFG");
            System.exit(2);
        }
        ParentWatch.startIfChild();
        var config = new ServerConfig();
        config.parse(args[0]);
        new ZooKeeperServerMain().runFromConfig(config); // returns when the server shuts down
    }
}
