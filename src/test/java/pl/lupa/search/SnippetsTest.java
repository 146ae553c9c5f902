package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

class SnippetsTest {

    /** Two ellipses with nothing but spaces between them. */
    private static final Pattern DOUBLE = Pattern.compile("(…|\\.\\.\\.)\\s*(…|\\.\\.\\.)");

    @SuppressWarnings("unchecked")
    private static String format(String content, int start, int end, int matchStart, int matchEnd, int maxChars) {
        var p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        p.addMatch(matchStart, matchEnd, new BytesRef("x"), 1);
        return ((List<String>) new Snippets(maxChars).format(new Passage[] {p}, content)).get(0);
    }

    @Test
    void aCutNeverAddsAnEllipsisNextToOneOfTheText() {
        var random = new Random(7);
        String[] words = {"firma", "rynek", "…", "...", "dane", "chmura", "serwer", "Nvidia", "umowa"};
        int cuts = 0;
        for (int round = 0; round < 2_000; round++) {
            var text = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            // the text never has two ellipses in a row of its own: any in a snippet is the formatter's
            String content = text.toString().strip().replaceAll("(…|\\.\\.\\.)( (…|\\.\\.\\.))+", "$1");
            int match = content.indexOf("Nvidia");
            if (match < 0) {
                continue;
            }
            String snippet = format(content, 0, content.length(), match, match + 6, 60 + random.nextInt(60));
            assertThat(DOUBLE.matcher(snippet).find()).as(snippet).isFalse();
            if (snippet.startsWith("…") || snippet.endsWith("…")) {
                cuts++;
            }
        }
        assertThat(cuts).as("rounds that cut the passage").isGreaterThan(1_000);
        // the ordinary case still gets its ellipses
        String plain = "Na początku tekstu jest wstęp, a potem Nvidia ogłasza wyniki i długo o nich opowiada.";
        assertThat(format(plain, 0, plain.length(), 39, 45, 30))
                .startsWith("… ")
                .endsWith(" …");
    }

    @Test
    void snippetsThatOnlyRepeatTheTitleAreLeftOut() {
        String title = "Sąd ukarał spółkę za wyciek danych";
        var snippets = List.of(
                "<mark>Sąd</mark> ukarał spółkę za wyciek danych.",
                "Kara wynosi 5 mln zł, a <mark>sąd</mark> dał spółce miesiąc.",
                "… <mark>sąd</mark> ukarał spółkę …",
                "Odwołanie jest możliwe.",
                "Spółka zapowiedziała apelację.");
        assertThat(Snippets.notRepeating(title, snippets, 3))
                .containsExactly(
                        "Kara wynosi 5 mln zł, a <mark>sąd</mark> dał spółce miesiąc.",
                        "Odwołanie jest możliwe.",
                        "Spółka zapowiedziała apelację.");
        // a snippet that opens with the title's sentence keeps what follows it
        assertThat(Snippets.notRepeating(
                        "Samsung rozważa inwestycje",
                        List.of(
                                "Samsung rozważa <mark>inwestycje</mark>. Wartość <mark>inwestycji</mark> to 3 mln zł."),
                        3))
                .containsExactly("Wartość <mark>inwestycji</mark> to 3 mln zł.");
        // a title that is only the sentence's first words leaves the snippet whole
        assertThat(Snippets.notRepeating("Wyniki Nvidii", List.of("Wyniki <mark>Nvidii</mark> za kwartał."), 3))
                .containsExactly("Wyniki <mark>Nvidii</mark> za kwartał.");
    }

    @Test
    void overHttpNoSnippetRepeatsItsHitsTitle(@TempDir Path tmp) throws IOException {
        // feed records without titles: each title is the text's first sentence
        Fixtures.write(tmp.resolve("docs"), "feed.jsonl", """
                {"id":"a","text":"Sąd w Krakowie ukarał operatora za wyciek danych klientów. Kara wynosi 5 mln zł. Operator zapowiada odwołanie od decyzji sądu."}
                {"id":"b","text":"Operator sieci komórkowej obniżył ceny. Klienci operatora zapłacą mniej za internet. Sąd nie miał tu nic do powiedzenia."}
                {"id":"c","text":"Krótka wiadomość o operatorze."}
                """);
        Path index = tmp.resolve("index");
        TestServer.index(tmp.resolve("docs"), index);
        try (var server = TestServer.start(index)) {
            int checked = 0;
            for (String q : List.of("operator", "sąd", "kara", "")) {
                var body = new ObjectMapper()
                        .readTree(server.get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                                .body());
                for (var hit : body.get("hits")) {
                    String title = hit.get("title").asText();
                    assertThat(hit.get("snippets")).isNotEmpty();
                    for (var snippet : hit.get("snippets")) {
                        String text = snippet.asText().replace("<mark>", "").replace("</mark>", "");
                        if (!title.equals("Krótka wiadomość o operatorze.")) {
                            assertThat(text).as(q).doesNotContain(title.replaceAll("[.…]$", ""));
                        }
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(6);
        }
    }

    @Test
    void theLeadStartsAfterATitleTakenFromTheFirstSentence() {
        String text = "Sąd ukarał spółkę za wyciek danych. Kara wynosi 5 mln zł. Spółka się odwoła.";
        assertThat(Snippets.lead(text, "Sąd ukarał spółkę za wyciek danych", 250))
                .isEqualTo("Kara wynosi 5 mln zł. Spółka się odwoła.");
        assertThat(Snippets.lead(text, "Sąd ukarał spółkę za wyciek danych.", 250))
                .startsWith("Kara wynosi");
        // a title that is only the first words is not the first sentence
        assertThat(Snippets.lead("Nvidia otworzy biuro w Warszawie.", "Nvidia", 250))
                .isEqualTo("Nvidia otworzy biuro w Warszawie.");
        // a title cut short: the lead goes on from the cut
        assertThat(Snippets.lead("Bardzo długie pierwsze zdanie trwa i trwa. Drugie.", "Bardzo długie pierwsze…", 250))
                .isEqualTo("… zdanie trwa i trwa. Drugie.");
        // a title line above the text
        assertThat(Snippets.lead("Zamki w chmurze\n\nStartupy budują zamki.", "Zamki w chmurze", 250))
                .isEqualTo("Startupy budują zamki.");
        // a text that is only its title keeps it
        assertThat(Snippets.lead("Krótka wiadomość.", "Krótka wiadomość", 250)).isEqualTo("Krótka wiadomość.");
        var leads = new ArrayList<String>();
        leads.add(Snippets.lead(text, "Inny tytuł", 250));
        assertThat(leads).containsExactly(text);
    }
}
