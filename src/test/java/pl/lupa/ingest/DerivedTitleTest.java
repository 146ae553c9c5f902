package pl.lupa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The title of a text without one: its opening sentence, never cut at an abbreviation and never
 * a fragment of fewer than four words unless the text is that short.
 */
class DerivedTitleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pożar wybuchł w szpitalu przy ul. Kopernika w Krakowie. Ewakuowano pacjentów. | Pożar wybuchł w szpitalu przy ul. Kopernika w Krakowie.
            Wykład prof. Jana Nowaka przyciągnął studentów. Sala była pełna. | Wykład prof. Jana Nowaka przyciągnął studentów.
            Na wiec przyszło 12 tys. osób z całego kraju. Policja nie notowała incydentów. | Na wiec przyszło 12 tys. osób z całego kraju.
            Orlen S.A. kupił udziały w spółce wodorowej. Cena nie jest znana. | Orlen S.A. kupił udziały w spółce wodorowej.
            Firmy, np. Orlen i PKN, inwestują w wodór. To drugi rok inwestycji. | Firmy, np. Orlen i PKN, inwestują w wodór.
            Raport przedstawił dr. Kowalski z Poznania. Komentarzy nie było. | Raport przedstawił dr. Kowalski z Poznania.
            Spotkanie zaplanowano na godz. 18 w ratuszu. Wstęp wolny. | Spotkanie zaplanowano na godz. 18 w ratuszu.
            Koniec sezonu. Kluby liczą straty po nieudanych transferach. | Koniec sezonu. Kluby liczą straty po nieudanych transferach.
            Krótko. | Krótko.
            Tak. Nie. | Tak. Nie.
            """)
    void theTitleIsTheOpeningSentenceOfAtLeastFourWords(String text, String title) {
        assertThat(DerivedTitle.of(text)).isEqualTo(title);
    }

    @Test
    void aLowerCasedTextIsCutAtItsSentencesAndNotAtItsAbbreviations() {
        // As a feed lower-cased by its publisher writes it: no capital tells where a sentence starts.
        String text = "w krakowskim szpitalu przy ul. kopernika wybuchł w nocy pożar, ewakuowano stu pacjentów. "
                + "strażacy opanowali ogień po dwóch godzinach, a prof. jan nowak, dyrektor szpitala, podziękował "
                + "służbom. w akcji brało udział 12 tys. litrów wody i kilkanaście zastępów.";
        assertThat(DerivedTitle.of(text))
                .isEqualTo("w krakowskim szpitalu przy ul. kopernika wybuchł w nocy pożar, ewakuowano stu pacjentów.");
        String prof = "prof. jan nowak z uniwersytetu jagiellońskiego otrzymał nagrodę za badania nad grafenem. "
                + "wyróżnienie wręczono w warszawie podczas gali, na której pojawili się przedstawiciele nauki i biznesu.";
        assertThat(DerivedTitle.of(prof))
                .isEqualTo("prof. jan nowak z uniwersytetu jagiellońskiego otrzymał nagrodę za badania nad grafenem.");
    }

    @Test
    void aLongSentenceIsCutAtAWordBoundaryToTwoHundredCharacters() {
        String sentence = "Konsorcjum " + "bardzo ".repeat(40) + "długo obradowało.";
        String title = DerivedTitle.of(sentence + " Drugie zdanie.");
        assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(DerivedTitle.MAX_LENGTH);
        assertThat(sentence).startsWith(title.substring(0, title.length() - 1));
        assertThat(title.charAt(title.length() - 2)).isNotEqualTo(' ');
    }

    @Test
    void wordsAreCountedWithoutLoneDashes() {
        assertThat(DerivedTitle.words("Rynek – chmury rośnie.")).isEqualTo(3);
        assertThat(DerivedTitle.words("  ")).isZero();
        assertThat(DerivedTitle.words("2024 r. 5 osób")).isEqualTo(4);
    }

    @Test
    void feedRecordsAndScrapedTextsGetTheSameTitle() throws Exception {
        String text =
                "w krakowskim szpitalu przy ul. kopernika doszło w nocy do pożaru, ewakuowano ponad stu pacjentów. "
                        + "strażacy opanowali ogień po dwóch godzinach.";
        Article record = ArticleReader.readRecord("f.jsonl", "{\"id\":\"1\",\"text\":\"" + text + "\"}")
                .articles()
                .get(0);
        assertThat(record.title()).isEqualTo(DerivedTitle.of(text)).endsWith("pacjentów.");
        Article scraped = ArticleReader.read("s.txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT)
                .articles()
                .get(0);
        assertThat(scraped.title()).isEqualTo(record.title());
    }

    @Test
    void aShortFirstLineOfAScrapedTextIsContinuedWithTheNextOne() throws Exception {
        Article a = ArticleReader.read(
                        "s.txt",
                        "Dziś ok.\n20 osób przyszło na otwarcie sklepu.\n\nDalszy tekst."
                                .getBytes(StandardCharsets.UTF_8),
                        Format.TEXT)
                .articles()
                .get(0);
        assertThat(a.title()).isEqualTo("Dziś ok. 20 osób przyszło na otwarcie sklepu.");
    }
}
