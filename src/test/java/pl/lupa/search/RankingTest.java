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
import pl.lupa.testing.TestServer;

/**
 * Ranking on the sample corpus: queries a reader would type, each with the one article that
 * answers it. Inflected forms, missing diacritics and words spread over title and body included.
 */
class RankingTest {

    @TempDir
    static Path tmp;

    static LupaSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        Path index = tmp.resolve("index");
        TestServer.index(Path.of("sample-docs"), index);
        searcher = new LupaSearcher(index, Duration.ofHours(1), Duration.ofSeconds(5));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            przejęcie Activision Blizzard | 2022/microsoft-przejmuje-activision-blizzard.md
            Nvidia kupuje Arm | 2020/nvidia-kupuje-arm.md
            centrum danych pod Warszawą | 2024/microsoft-centrum-danych.md
            Cyberpunk zwroty PlayStation Store | 2020/cyberpunk-2077-sony-wycofuje-gre-zwroty.md
            debiut Allegro na giełdzie | 2020/allegro-debiut-na-gpw.md
            gielda allegro debiut | 2020/allegro-debiut-na-gpw.md
            InPost w Amsterdamie | 2021/inpost-debiut-euronext-amsterdam.md
            Nuance | 2021/microsoft-kupuje-nuance.md
            ZeniMax Bethesda | 2021/microsoft-finalizuje-przejecie-zenimax-bethesda.html
            zwolnienia w Mecie | 2022/meta-zwalnia-11-tysiecy-pracownikow.md
            Musk kupuje Twittera | feeds/depesze-2022-2023.jsonl#dep-2022-002
            UPC Polska | feeds/depesze-2022-2023.jsonl#dep-2022-001
            chipy 3 nm Samsunga | feeds/depesze-2022-2023.jsonl#dep-2022-003
            atak ransomware na firmę logistyczną | feeds/depesze-2022-2023.jsonl#dep-2022-004
            Intel zakład pod Wrocławiem | 2023/intel-fabryka-miekinia-wroclaw.md
            Phantom Liberty | 2023/phantom-liberty-premiera-cd-projekt.md
            Frostpunk 2 | 2024/frostpunk-2-premiera-11-bit-studios.md
            awaria CrowdStrike'a | 2024/crowdstrike-awaria-windows.txt
            DeepSeek Nvidia spadek | 2025/deepseek-wstrzasa-nvidia.md
            kary DMA dla Apple'a | 2025/dma-kary-apple-meta.md
            Mistral ASML | 2025/mistral-ai-asml-1-7-mld-euro.md
            wiedzmin 4 | 2026/cd-projekt-wiedzmin-4-produkcja.md
            gigafabryka sztucznej inteligencji | 2026/polska-wniosek-baltic-ai-gigafactory.txt
            lex Uber licencje kierowców | 2019/lex-uber-nowe-przepisy-od-stycznia.md
            kara UODO wyciek danych | 2019/uodo-kara-morele-net-wyciek-danych.md
            Norsk Hydro | 2019/norsk-hydro-atak-ransomware-lockergoga.md
            Iliadu | 2020/iliad-przejmuje-play.txt
            procesor M1 | 2020/apple-m1-macbook-air-mac-mini.md
            "Dying Light 2" opóźnienie | 2021/dying-light-2-opoznione-do-lutego-2022.md
            porozumienie AI Act | feeds/depesze-2022-2023.jsonl#dep-2023-004
            """)
    void topResult(String query, String expected) {
        var result = searcher.search(SearchRequest.of(query));
        assertThat(result.hits()).as(query).isNotEmpty();
        assertThat(result.hits().get(0).id())
                .as("top result for «" + query + "»: "
                        + result.hits().stream().limit(3).map(Hit::id).toList())
                .isEqualTo(expected.strip());
    }
}
