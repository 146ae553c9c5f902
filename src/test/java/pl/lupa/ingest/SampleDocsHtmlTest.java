package pl.lupa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The saved pages of {@code sample-docs/}: their bodies hold their paragraphs and subheadings,
 * and none of the section label, the byline with its date, the photo caption or the "Czytaj
 * także" links that used to leak into them.
 */
class SampleDocsHtmlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2019/google-cloud-region-warszawa-chmura-krajowa.html | 2019-09-26 | Paweł Grądzki | Strona główna › Chmura | Paweł Grądzki 26.09.2019, 14:20 | Fot. materiały prasowe | Amazon Web Services z rekordowym kwartałem. Chmura ciągnie wyniki Amazonu
            2021/microsoft-finalizuje-przejecie-zenimax-bethesda.html | 2021-03-10 | Jakub Rogalski | Gry | Jakub Rogalski · 10 marca 2021 | Fot. Microsoft / materiały prasowe | Xbox Series X i S w Polsce. Ile kosztują i gdzie je kupić
            2022/chatgpt-milion-uzytkownikow.html | 2022-12-06 | Natalia Czerwińska | Strona główna › Sztuczna inteligencja | 6 grudnia 2022, 08:15 | Fot. Krzemowa Dolina PL / Michał Sowa | Jak wygląda superkomputer, na którym uczą się modele OpenAI
            2025/microsoft-inwestycja-polska-ai.html | 2025-02-24 | Helena Baran | Strona główna › Biznes | 24 lutego 2025, 14:20 | Fot. Serwis Cyfrowy / Archiwum | Po szoku DeepSeeka. Czy wyścig o centra danych zwolni?
            """)
    void theBodyIsTheArticleAlone(
            String file, String date, String author, String label, String byline, String credit, String related)
            throws Exception {
        Path page = Path.of("sample-docs").resolve(file);
        byte[] bytes = Files.readAllBytes(page);
        Article article =
                ArticleReader.read(file, bytes, Format.HTML).articles().get(0);
        List<String> blocks = List.of(article.body().split("\n\n"));

        assertThat(article.date()).isEqualTo(LocalDate.parse(date));
        assertThat(article.author()).isEqualTo(author);
        assertThat(blocks).as("the section label").doesNotContain(label);
        assertThat(article.body())
                .as("byline, caption, related links")
                .doesNotContain(byline)
                .doesNotContain(credit)
                .doesNotContain(related)
                .doesNotContain("Czytaj także")
                .doesNotContain("Tagi");

        // Every paragraph and subheading of the story, in order, and nothing between them.
        var story = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .select("article > p:not(:has(a)), article > h2");
        var expected = story.stream()
                .map(Element::text)
                .map(TextBlocks::normalize)
                .filter(t -> !t.isBlank() && !t.contains(byline) && !t.equals(label))
                .toList();
        assertThat(expected).hasSizeGreaterThan(8);
        assertThat(blocks).containsExactlyElementsOf(expected);
    }
}
