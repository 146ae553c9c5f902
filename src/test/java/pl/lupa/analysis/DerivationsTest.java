package pl.lupa.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relational adjectives and the nouns they are made from, confirmed by the dictionary; and other spellings. */
class DerivationsTest {

    private static final Lemmatizer LEMMATIZER = new Lemmatizer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            gazowy	gaz
            naftowy	nafta
            unijny	unia
            kulturalny	kultura
            polski	polska
            łódzki	łódź
            gdański	gdańsk
            krakowski	kraków
            księżycowy	księżyc
            marsjański	mars
            informacyjny	informacja
            polityczny	polityka
            regionalny	region
            sportowy	sport
            warszawski	warszawa
            """)
    void anAdjectiveLeadsToTheNounItIsMadeFrom(String adjective, String noun) {
        assertThat(Derivations.nounsOf(adjective, LEMMATIZER)).contains(noun);
    }

    @ParameterizedTest(name = "{1} → {0}")
    @CsvSource(delimiter = '\t', textBlock = """
            gazowy	gaz
            naftowy	nafta
            ulewny	ulewa
            łódzki	łódź
            księżycowy	księżyc
            marsjański	mars
            informacyjny	informacja
            sportowy	sport
            """)
    void aNounLeadsToTheAdjectivesMadeFromIt(String adjective, String noun) {
        assertThat(Derivations.adjectivesOf(noun, LEMMATIZER)).contains(adjective);
    }

    @Test
    void bothDirectionsAgreeOnEveryPairTheyConfirm() {
        // the invariant that keeps the reverse rules honest: every adjective offered for a noun
        // is one the dictionary knows, and leads back to that noun
        for (String noun : List.of(
                "gaz", "nafta", "unia", "kultura", "ulewa", "sport", "region", "rynek", "dom", "kot", "szkoła", "woda",
                "prawo", "wojna", "miasto", "energia", "bank", "firma", "kraj", "rok")) {
            for (String adjective : Derivations.adjectivesOf(noun, LEMMATIZER)) {
                assertThat(LEMMATIZER.isAdjectiveLemma(adjective)).as(adjective).isTrue();
                assertThat(Derivations.nounsOf(adjective, LEMMATIZER))
                        .as(noun + " → " + adjective + " → back")
                        .contains(noun);
            }
        }
        assertThat(Derivations.adjectivesOf("szybki", LEMMATIZER))
                .as("an adjective is not a noun to derive from")
                .isEmpty();
    }

    @Test
    void onlyWhatTheDictionaryConfirms() {
        // words that are no relational adjectives, or whose would-be nouns are no words
        for (String word : List.of("szybki", "nowy", "dobry", "zielony", "wielki", "inwestycja", "rynek")) {
            assertThat(Derivations.nounsOf(word, LEMMATIZER))
                    .as(word)
                    .allSatisfy(noun -> assertThat(
                                    LEMMATIZER.isNounLemma(noun, false) || LEMMATIZER.isNounLemma(noun, true))
                            .isTrue());
        }
        assertThat(Derivations.nounsOf("rynek", LEMMATIZER))
                .as("a noun is not derived from")
                .isEmpty();
    }

    @Test
    void theQuerySideOffersTheDerivedNounAsAWeakerTerm() {
        try (var expander = new QueryExpander()) {
            var token = expander.expand("gazowy").get(0);
            assertThat(token.lemmas()).contains("gazowy").doesNotContain("gaz");
            assertThat(token.derived()).contains("gaz");
            assertThat(expander.expand("gaz").get(0).derived())
                    .as("a noun offers the adjectives made from it")
                    .contains("gazowy")
                    .doesNotContain("gaz");
        }
    }

    @Test
    void spellingVariantsOfForeignWords() {
        assertThat(SpellingVariants.of("oscary")).contains("oskary");
        assertThat(SpellingVariants.of("oskary")).contains("oscary");
        assertThat(SpellingVariants.of("xerox")).contains("kserox", "xeroks");
        assertThat(SpellingVariants.of("vanadium")).contains("wanadium");
        assertThat(SpellingVariants.of("kot")).contains("cot");
        assertThat(SpellingVariants.of("kiedy"))
                .as("k before e or i is Polish, not a foreign c")
                .isEmpty();
    }

    @Test
    void aSpellingVariantCountsOnlyWhereTheCollectionUsesBothForms() {
        Map<String, Long> both = Map.of("oscar", 4L, "oskar", 2L);
        Map<String, Long> one = Map.of("oscar", 4L);
        try (var expander = new QueryExpander()) {
            assertThat(expander.expand("oscary", false, t -> both.getOrDefault(t, 0L))
                            .get(0)
                            .variants())
                    .contains("oskar");
            assertThat(expander.expand("oscary", false, t -> one.getOrDefault(t, 0L))
                            .get(0)
                            .variants())
                    .isEmpty();
            assertThat(expander.expand("oscary", false, null).get(0).variants())
                    .as("without a collection to ask, none")
                    .isEmpty();
        }
    }
}
