package pl.lupa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every saved page in {@code src/test/resources/ingest/pages} is read exactly as its
 * {@code .expected.json} says: title, date, author and the whole body (see the folder's README).
 */
class HtmlFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> pages() throws IOException, URISyntaxException {
        Path folder =
                Path.of(HtmlFixturesTest.class.getResource("/ingest/pages").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyPageHasItsExpectation() throws Exception {
        var pages = pages();
        assertThat(pages).hasSize(26);
        for (Path page : pages) {
            assertThat(expectation(page)).as(page.getFileName().toString()).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsThePageAsItsExpectationSays(Path page) throws Exception {
        assertReadsAsExpected(page, Files.readAllBytes(page));
    }

    /**
     * The same pages with what a reader could lean on taken away: the names of classes and ids,
     * the title and the dates and authors declared for machines, the semantic elements of HTML5,
     * the headings over comments. Each page still reads exactly as expected, so the reader
     * depends on none of these alone.
     */
    enum Variant {
        CLASS_AND_ID_NAMES_MEANINGLESS {
            @Override
            String apply(String html) {
                var attribute = Pattern.compile("\\b(class|id)=([\"'])(.*?)\\2");
                var out = new StringBuilder();
                var m = attribute.matcher(html);
                int n = 0;
                while (m.find()) {
                    m.appendReplacement(out, m.group(1) + "=\"k" + n++ + "\"");
                }
                return m.appendTail(out).toString();
            }
        },
        NO_DECLARED_TITLE {
            @Override
            String apply(String html) {
                return html.replaceAll("<meta [^>]*(og:title|twitter:title|dcterms.title)[^>]*>", "")
                        .replaceAll("\"headline\"\\s*:\\s*\"[^\"]*\",?", "")
                        .replace("itemprop=\"headline\"", "");
            }
        },
        NO_MACHINE_READABLE_DATE_OR_AUTHOR {
            @Override
            String apply(String html) {
                return html.replaceAll("(?s)<script type=\"application/ld\\+json\".*?</script>", "")
                        .replaceAll(
                                "<meta [^>]*(published_time|name=\"author\"|dcterms.date|itemprop=\"datePublished\")[^>]*>",
                                "");
            }
        },
        NO_SEMANTIC_ELEMENTS {
            @Override
            String apply(String html) {
                return html.replaceAll(
                        "<(/?)(nav|footer|aside|header|article|main|figure|figcaption|section)\\b", "<$1div");
            }
        },
        NO_HEADINGS_OVER_COMMENTS {
            @Override
            String apply(String html) {
                return html.replaceAll(">(\\d+ komentarze do „[^<]*|Komentarze( \\(\\d+\\))?|Brak komentarzy:)<", "><");
            }
        };

        abstract String apply(String html);
    }

    /** Every page with every variant that changes it. */
    static Stream<Arguments> variants() throws Exception {
        var out = new ArrayList<Arguments>();
        for (Path page : pages()) {
            String html = Files.readString(page);
            for (Variant v : Variant.values()) {
                if (!v.apply(html).equals(html)) {
                    out.add(Arguments.of(page, v));
                }
            }
        }
        assertThat(out).as("page variants").hasSizeGreaterThan(90);
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void readsThePageAsExpectedWithoutWhatItCouldLeanOn(Path page, Variant variant) throws Exception {
        String changed = variant.apply(Files.readString(page));
        assertReadsAsExpected(page, changed.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertReadsAsExpected(Path page, byte[] html) throws Exception {
        JsonNode expected = JSON.readTree(expectation(page).toFile());
        Article article = ArticleReader.read(page.getFileName().toString(), html, Format.HTML)
                .articles()
                .get(0);
        var soft = new SoftAssertions();
        soft.assertThat(article.title())
                .as("title")
                .isEqualTo(expected.get("title").asText());
        soft.assertThat(article.date())
                .as("date")
                .isEqualTo(
                        expected.get("date").isNull()
                                ? null
                                : LocalDate.parse(expected.get("date").asText()));
        soft.assertThat(article.author())
                .as("author")
                .isEqualTo(
                        expected.get("author").isNull()
                                ? null
                                : expected.get("author").asText());
        // Block by block, so that a failure shows which paragraph is missing or extra.
        soft.assertThat(List.of(article.body().split("\n\n", -1)))
                .as("body blocks")
                .containsExactlyElementsOf(List.of(expected.get("body").asText().split("\n\n", -1)));
        soft.assertThat(article.body())
                .as("body")
                .isEqualTo(expected.get("body").asText());
        soft.assertAll();
    }

    private static Path expectation(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".expected.json");
    }
}
