package pl.lupa.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.MapSolrParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.search.SyntaxError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.search.LupaQueries;

/**
 * {@code {!lupa}} builds the embedded search's queries: equal (Query.equals) to the plan of
 * {@link LupaQueries}, which the product's LupaQueriesTest pins to the embedded QueryBuilder.
 */
class LupaQParserTest {

    /** Every shape of the query language and the junk it forgives. */
    private static final List<String> SHAPES = List.of(
            "",
            "   ",
            "microsoft",
            "Microsoftem w Krakowie",
            "laska",
            "zrodla krakow",
            "platnosc zblizeniowa",
            "\"centra danych\"",
            "\"centrum danych\" Microsoft -Google",
            "samsung OR google",
            "samsung OR google OR apple nvidia",
            "nvidia -arm -\"w chmurze\"",
            "-microsoft",
            "OR OR",
            "i w na",
            "Google'a IBM-u Google’a",
            "COVID-19 6,6 mld dolarów",
            "title:microsoft body:* a~9 [a TO z] /regex/ {!lucene}",
            "\"niedomknięty cudzysłów",
            "Nvidie bledy");

    private static LupaQParserPlugin plugin;
    private static QueryExpander expander;
    private static List<String> queries;

    @BeforeAll
    static void setUp() throws IOException {
        plugin = new LupaQParserPlugin();
        expander = new QueryExpander();
        queries = new ArrayList<>(SHAPES);
        queries.addAll(SampleTexts.queries());
    }

    @AfterAll
    static void tearDown() {
        plugin.close();
        expander.close();
    }

    @Test
    void everyPartEqualsTheEmbeddedQuery() throws SyntaxError {
        assertThat(queries).hasSizeGreaterThan(300);
        int withProximity = 0;
        for (String q : queries) {
            LupaQueries.Plan plan;
            try {
                plan = LupaQueries.plan(expander, q);
            } catch (RuntimeException tooManyWords) {
                assertThatThrownBy(() -> parse(q, null)).as(q).isInstanceOf(SyntaxError.class);
                continue;
            }
            assertThat(parse(q, null)).as(q).isEqualTo(plan.strict());
            assertThat(parse(q, "strict")).as(q).isEqualTo(plan.strict());
            assertThat(parse(q, "partial"))
                    .as(q + ": without a searcher, no partial query")
                    .isEqualTo(new MatchNoDocsQuery("no word to leave out"));
            assertThat(parse(q, "proximity"))
                    .as(q)
                    .isEqualTo(plan.proximity().orElse(new MatchNoDocsQuery("fewer than two words have no proximity")));
            withProximity += plan.proximity().isPresent() ? 1 : 0;
        }
        // the comparison covered the interesting parts, not only single words
        assertThat(withProximity).isGreaterThan(100);
    }

    @Test
    void aQueryOverTheWordLimitIsASyntaxErrorNotAServerError() {
        assertThatThrownBy(() -> parse("słowo ".repeat(40), null))
                .isInstanceOf(SyntaxError.class)
                .hasMessageContaining("at most");
    }

    @Test
    void anUnknownPartIsASyntaxError() {
        assertThatThrownBy(() -> parse("microsoft", "loose"))
                .isInstanceOf(SyntaxError.class)
                .hasMessageContaining("strict, partial or proximity");
    }

    @Test
    void theParserIsFoundByItsNameInTheConfigset() throws IOException {
        String solrconfig = java.nio.file.Files.readString(java.nio.file.Path.of("solr/configset/conf/solrconfig.xml"));
        assertThat(solrconfig)
                .contains("<queryParser name=\"" + LupaQParserPlugin.NAME + "\" class=\""
                        + LupaQParserPlugin.class.getName() + "\"/>");
    }

    private static Query parse(String q, String part) throws SyntaxError {
        SolrParams local = part == null
                ? new ModifiableSolrParams()
                : new MapSolrParams(Map.of(LupaQParserPlugin.PART, part, "type", LupaQParserPlugin.NAME));
        return plugin.createParser(q, local, new ModifiableSolrParams(), null).getQuery();
    }
}
