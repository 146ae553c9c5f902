package pl.lupa.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import pl.lupa.analysis.ApostropheFilterFactory;
import pl.lupa.analysis.PolishLemmaFilterFactory;
import pl.lupa.analysis.PolishStopFilterFactory;
import pl.lupa.analysis.SentenceGapTokenizerFactory;

/**
 * The packaged jars: the plugin holds Lupa's analysis, the query builder, the parser and
 * Morfologik, and nothing that would clash with Solr's server (Javalin, any Jetty, picocli, the
 * product's web and CLI); the cluster jar holds Solr and none of Lupa's analysis, so on a node
 * that analysis can only come from the plugin.
 */
class PluginJarIT {

    private static final Path PLUGIN =
            Path.of(System.getProperty("lupa.solr.plugin", "solr/target/lupa-solr-plugin.jar"));
    private static final Path CLUSTER = Path.of(System.getProperty("lupa.solr.jar", "solr/target/lupa-solr.jar"));

    @Test
    void thePluginHoldsLupasAnalysisAndParserAndNothingOfJettyOrJavalin() throws IOException {
        List<String> names = entries(PLUGIN);
        assertThat(names)
                .contains(
                        classFile(PolishLemmaFilterFactory.class),
                        classFile(ApostropheFilterFactory.class),
                        classFile(PolishStopFilterFactory.class),
                        classFile(LupaQParserPlugin.class),
                        "pl/lupa/search/LupaQueries.class",
                        "pl/lupa/search/QueryBuilder.class",
                        "pl/lupa/analysis/stopwords.txt",
                        "morfologik/stemming/polish/polish.dict");
        assertThat(names)
                .filteredOn(n -> n.startsWith("io/javalin/")
                        || n.startsWith("org/eclipse/jetty/")
                        || n.startsWith("picocli/")
                        || n.startsWith("kotlin/")
                        || n.startsWith("jakarta/servlet/")
                        || n.startsWith("org/apache/solr/")
                        || n.startsWith("org/apache/lucene/")
                        || n.startsWith("pl/lupa/web/")
                        || n.startsWith("pl/lupa/cli/")
                        || n.startsWith("pl/lupa/solr/cluster/"))
                .as("classes a Solr node has already or must never see")
                .isEmpty();
        try (var jar = new JarFile(PLUGIN.toFile())) {
            ZipEntry services = jar.getEntry("META-INF/services/org.apache.lucene.analysis.TokenFilterFactory");
            assertThat(services).as("the factories' SPI registration").isNotNull();
            String registered = new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(registered)
                    .contains(
                            PolishLemmaFilterFactory.class.getName(),
                            ApostropheFilterFactory.class.getName(),
                            PolishStopFilterFactory.class.getName());
            ZipEntry tokenizers = jar.getEntry("META-INF/services/org.apache.lucene.analysis.TokenizerFactory");
            assertThat(tokenizers).as("the tokenizer's SPI registration").isNotNull();
            assertThat(new String(jar.getInputStream(tokenizers).readAllBytes(), StandardCharsets.UTF_8))
                    .contains(SentenceGapTokenizerFactory.class.getName());
        }
    }

    @Test
    void theClusterJarHoldsSolrAndNoneOfLupasAnalysis() throws IOException {
        List<String> names = entries(CLUSTER);
        assertThat(names)
                .contains(
                        "org/apache/solr/embedded/JettySolrRunner.class",
                        "org/apache/zookeeper/server/ZooKeeperServerMain.class",
                        "pl/lupa/solr/cluster/LocalCluster.class",
                        "pl/lupa/solr/cluster/configset/conf/schema.xml",
                        "pl/lupa/solr/cluster/configset/conf/solrconfig.xml");
        assertThat(names)
                .filteredOn(n -> n.startsWith("pl/lupa/analysis/")
                        || n.startsWith("pl/lupa/search/")
                        || n.startsWith("morfologik/")
                        || n.startsWith("io/javalin/")
                        || n.startsWith("org/eclipse/jetty/ee10/")
                        || n.equals(classFile(LupaQParserPlugin.class)))
                .isEmpty();
    }

    @Test
    void theConfigsetInTheJarIsTheRepositorys() throws IOException {
        try (var jar = new JarFile(CLUSTER.toFile())) {
            for (String file : List.of("schema.xml", "solrconfig.xml")) {
                byte[] packed = jar.getInputStream(jar.getEntry("pl/lupa/solr/cluster/configset/conf/" + file))
                        .readAllBytes();
                assertThat(packed).as(file).isEqualTo(Files.readAllBytes(Path.of("solr/configset/conf", file)));
            }
        }
    }

    private static List<String> entries(Path jar) throws IOException {
        assertThat(jar).as("built by mvn package before the integration tests").isRegularFile();
        try (var file = new JarFile(jar.toFile())) {
            return Collections.list(file.entries()).stream()
                    .map(ZipEntry::getName)
                    .toList();
        }
    }

    private static String classFile(Class<?> c) {
        return c.getName().replace('.', '/') + ".class";
    }
}
