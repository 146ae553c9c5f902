package pl.lupa.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scale corpus: deterministic, well-formed, of the promised size and content. */
class BenchCorpusTest {

    private static final int DOCS = 50;
    private static final List<String> FIELDS = List.of("id", "title", "text", "date", "source", "author", "url");

    private static SentencePool pool;

    @BeforeAll
    static void loadPool() throws IOException {
        pool = SentencePool.load(Path.of("sample-docs"), Optional.empty());
    }

    private static byte[] generate(long seed) throws IOException {
        var out = new ByteArrayOutputStream();
        new CorpusGenerator(pool, seed).write(out, DOCS, n -> {});
        return out.toByteArray();
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        byte[] first = generate(42);
        assertThat(generate(42)).isEqualTo(first);
        assertThat(generate(43)).isNotEqualTo(first);
    }

    @Test
    void writesOneValidRecordPerLineWithEveryField() throws IOException {
        String corpus = new String(generate(42), StandardCharsets.UTF_8);
        assertThat(corpus).endsWith("\n");
        String[] lines = corpus.split("\n");
        assertThat(lines).hasSize(DOCS);
        var json = new ObjectMapper();
        var ids = new HashSet<String>();
        for (String line : lines) {
            JsonNode record = json.readTree(line);
            for (String field : FIELDS) {
                assertThat(record.path(field).isTextual())
                        .as(field + " in " + line)
                        .isTrue();
                assertThat(record.path(field).asText()).as(field).isNotBlank();
            }
            assertThat(ids.add(record.get("id").asText())).as("unique id").isTrue();
            LocalDate date = LocalDate.parse(record.get("date").asText());
            assertThat(date.getYear()).isBetween(2019, 2026);
        }
    }

    @Test
    void articlesAreTwoToThreeKilobytesOnAverage() throws IOException {
        double average = (double) generate(42).length / DOCS;
        assertThat(average).isBetween(2_000.0, 3_000.0);
    }

    @Test
    void mentionsCompaniesInflectedAndMoneyInPolishNotation() throws IOException {
        String corpus = new String(generate(42), StandardCharsets.UTF_8);
        long obliqueForms = CompanyForms.ALL.stream()
                .flatMap(c -> List.of(c.genitive(), c.dative(), c.instrumental(), c.locative()).stream())
                .filter(form -> !CompanyForms.ALL.stream()
                        .map(CompanyForms::nominative)
                        .toList()
                        .contains(form))
                .distinct()
                .filter(corpus::contains)
                .count();
        assertThat(obliqueForms).as("distinct inflected company forms").isGreaterThanOrEqualTo(15);
        assertThat(corpus)
                .containsAnyOf("Microsoftu", "Nvidii", "Google'a", "CD Projektu", "Samsungiem", "w Microsofcie");
        assertThat(Pattern.compile("\\d+,\\d (mld|mln) (dolarów|zł|euro)")
                        .matcher(corpus)
                        .find())
                .as("decimal comma")
                .isTrue();
        assertThat(corpus).contains(" tys. dolarów", " mln USD", " mln zł", " mld euro");
        assertThat(Pattern.compile("\\$\\d+(,\\d)? (mln|mld)").matcher(corpus).find())
                .as("dollar sign first")
                .isTrue();
        assertThat(Pattern.compile(
                                "\\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
                                        + "|listopada|grudnia) \\d{4} r\\.")
                        .matcher(corpus)
                        .find())
                .as("day month year")
                .isTrue();
        assertThat(corpus).contains(" tego roku");
    }

    @Test
    void sentencesComeCleanFromIngest() {
        assertThat(pool.sentences()).hasSizeGreaterThan(500);
        assertThat(pool.sentences()).noneMatch(s -> s.startsWith("title:") || s.contains("---") || s.contains("<p>"));
        assertThat(pool.sentences()).noneMatch(s -> s.toLowerCase().contains("cookie"));
    }
}
