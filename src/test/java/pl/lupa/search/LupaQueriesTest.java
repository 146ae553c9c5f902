package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pl.lupa.analysis.QueryExpander;
import pl.lupa.analysis.Vocabulary;

/** The public facade gives exactly the queries of the builder the embedded search runs. */
class LupaQueriesTest {

    private static final QueryExpander EXPANDER = new QueryExpander();

    /** Queries of every shape the syntax knows, and the junk it forgives. */
    static List<String> queries() {
        return List.of(
                "",
                "microsoft",
                "Microsoftem",
                "laska",
                "łaska",
                "zrodla krakow",
                "platnosc zblizeniowa",
                "centra danych w Polsce",
                "\"centra danych\"",
                "\"centrum danych\" Microsoft",
                "samsung OR google",
                "samsung OR google OR apple nvidia",
                "nvidia -arm",
                "microsoft -\"w chmurze\"",
                "-microsoft",
                "OR",
                "i w na",
                "Google'a IBM-u",
                "Google’a",
                "COVID-19 6,6 mld",
                "title:microsoft body:* a~9 [a TO z] /regex/",
                "\"niedomknięty cudzysłów",
                "Nvidie",
                "bledy w oprogramowaniu",
                "ransomware atak OR włamanie -phishing \"dane osobowe\"");
    }

    @AfterAll
    static void close() {
        EXPANDER.close();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void thePlanIsTheBuildersPlan(String text) {
        QueryPlan expected = new QueryBuilder(EXPANDER).build(text);
        LupaQueries.Plan plan = LupaQueries.plan(EXPANDER, text);
        assertThat(plan.strict()).isEqualTo(expected.strict());
        assertThat(plan.partial())
                .as("no partial query without an index to ask")
                .isEmpty();
        assertThat(plan.proximity().orElse(null)).isEqualTo(expected.proximity());
    }

    @Test
    void anEmptyTextMatchesEverything() {
        assertThat(LupaQueries.plan(EXPANDER, "").strict()).isEqualTo(new MatchAllDocsQuery());
    }

    @Test
    void tooManyWordsIsTheSameBadParameter() {
        String text = "słowo ".repeat(QueryBuilder.MAX_WORDS + 1);
        assertThatThrownBy(() -> LupaQueries.plan(EXPANDER, text))
                .isInstanceOf(BadParameterException.class)
                .hasMessageContaining("at most");
    }

    @Test
    void correctedWordsPassedOnAreSearchedAsTheEmbeddedSearchSearchesThem() {
        var tolerance = java.util.Map.of("micorsoft", List.of("microsoft"), "nvida", List.of("nvidia", "nvidi"));
        String text = "Micorsoft Nvida centrum";
        QueryPlan expected = new QueryBuilder(EXPANDER).build(text, Vocabulary.ANY, tolerance);
        LupaQueries.Plan plan = LupaQueries.plan(EXPANDER, text, null, "", "", LupaQueries.tolerance(tolerance));
        assertThat(plan.strict()).isEqualTo(expected.strict());
        assertThat(plan.strict())
                .as("the corrections change the query")
                .isNotEqualTo(LupaQueries.plan(EXPANDER, text).strict());
        assertThatThrownBy(() -> LupaQueries.plan(EXPANDER, text, null, "", "", "micorsoft"))
                .isInstanceOf(BadParameterException.class);
    }
}
