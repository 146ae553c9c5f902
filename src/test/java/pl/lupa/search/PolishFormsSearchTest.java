package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

/**
 * Every example of Polish analysis through search: each article holds one form of a word, the
 * query another form (or the same word without diacritics), and the article must be found.
 */
class PolishFormsSearchTest {

    @TempDir
    static Path tmp;

    static LupaSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        Path docs = tmp.resolve("docs");
        String[][] articles = {
            {"microsoft", "Microsoft ogłosił wyniki kwartalne."},
            {"nvidia", "Umowę podpisano z Nvidią w poniedziałek."},
            {"suleyman", "Wywiad z Mustafą Suleymanem o modelach."},
            {"google", "Analitycy Google'a ostrzegają przed spowolnieniem."},
            {"ibm", "Kontrakt trafił do IBM-u po przetargu."},
            {"startup", "Liczba startupów w regionie rośnie."},
            {"chatbot", "Rynek chatbotów dojrzewa szybciej, niż sądzono."},
            {"wspolpraca", "Operatorzy zapowiadają bliższą współpracę przy sieciach."},
            {"zrodla", "Informację potwierdziliśmy w dwóch źródłach."},
            {"bledy", "Programiści usunęli poważny błąd w aplikacji."},
            {"krakow", "Konferencja odbędzie się w Krakowie."},
            {"platnosci", "Płatności zbliżeniowe stały się normą w sklepach."},
            {"serwery", "Nowa serwerownia pomieści tysiąc serwerów."},
        };
        for (String[] a : articles) {
            Fixtures.write(docs, a[0] + ".md", Fixtures.markdown("Wiadomość", "2024-01-01", a[1]));
        }
        TestServer.index(docs, tmp.resolve("index"));
        searcher = new LupaSearcher(tmp.resolve("index"), Duration.ofHours(1), Duration.ofSeconds(5));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoftem | microsoft.md
            Microsoftu | microsoft.md
            w Microsofcie | microsoft.md
            Nvidia | nvidia.md
            Nvidii | nvidia.md
            Nvidię | nvidia.md
            nvidie | nvidia.md
            Suleymana | suleyman.md
            Suleyman | suleyman.md
            Google | google.md
            Googlem | google.md
            IBM | ibm.md
            IBM-owi | ibm.md
            startup | startup.md
            chatbot | chatbot.md
            wspolpraca | wspolpraca.md
            zrodla | zrodla.md
            bledy | bledy.md
            krakow | krakow.md
            platnosc zblizeniowa | platnosci.md
            serwerow | serwery.md
            """)
    void findsTheOtherForm(String query, String id) {
        var hits = searcher.search(SearchRequest.of(query)).hits();
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).id()).as(query).isEqualTo(id.strip());
        assertThat(hits.get(0).snippets().get(0))
                .as(query + " is marked in the snippet")
                .contains("<mark>");
    }
}
