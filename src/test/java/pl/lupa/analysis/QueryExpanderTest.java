package pl.lupa.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryExpanderTest {

    private static final QueryExpander EXPANDER = new QueryExpander();

    @AfterAll
    static void close() {
        EXPANDER.close();
    }

    /** Typed without diacritics, a word finds the lemma of the word it stands for. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            wspolpraca	współpraca
            zrodla	źródło
            bledy	błąd
            krakow	kraków
            platnosc	płatność
            zblizeniowa	zbliżeniowy
            serwerow	serwer
            inwestycje	inwestycja
            """)
    void restoresDiacritics(String typed, String lemma) {
        var token = EXPANDER.expand(typed).get(0);
        assertThat(token.lemmas()).as(typed).contains(lemma);
    }

    @Test
    void exactDiacriticsLeadAndFoldedVariantsFollow() {
        var laska = EXPANDER.expand("laska").get(0);
        assertThat(laska.lemmas()).contains("laska").doesNotContain("łaska");
        assertThat(laska.folded()).contains("łaska");
        var laskaWithL = EXPANDER.expand("łaska").get(0);
        assertThat(laskaWithL.lemmas()).contains("łaska").doesNotContain("laska");
        assertThat(laskaWithL.folded()).contains("laska");
    }

    @Test
    void unknownNamesTypedWithoutDiacriticsMeetTheirIndexStem() {
        assertThat(EXPANDER.expand("Nvidie").get(0).lemmas()).contains("nvidi");
        assertThat(EXPANDER.expand("microsoftem").get(0).lemmas()).startsWith("microsoft");
    }

    @Test
    void stopWordsKeepPositionsForPhrases() {
        var tokens = EXPANDER.expand("wyniki w Polsce");
        assertThat(tokens).extracting(QueryToken::position).containsExactly(0, 2);
        assertThat(tokens).extracting(QueryToken::exact).containsExactly("wyniki", "polsce");
    }
}
