package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(Gazetteer.bundled());

    private static final String DESIGN_ARTICLE = "Microsoft zainwestuje w OpenAI kolejne 6,6 miliarda dolarów, "
            + "a polski oddział firmy przeznaczy 3,5 mln zł na szkolenia. Umowę podpisano w marcu tego roku.";

    /** The example of the {@code extract} JSON in the design document. */
    @Test
    void designDocumentExample() {
        ExtractedEntities entities = EXTRACTOR.extract(DESIGN_ARTICLE, LocalDate.of(2024, 10, 15));

        assertThat(entities.companies()).containsExactly("Microsoft", "OpenAI");
        assertThat(entities.amounts())
                .containsExactly(
                        new Amount(
                                "6,6 miliarda dolarów",
                                new BigDecimal("6600000000"),
                                "USD",
                                new BigDecimal("6600000000"),
                                null),
                        new Amount("3,5 mln zł", new BigDecimal("3500000"), "PLN", null, null));
        assertThat(entities.dates()).containsExactly(new DateMention("w marcu tego roku", "2024-03"));
    }

    @Test
    void withoutAPublicationDateRelativeDatesAreLeftOut() {
        ExtractedEntities entities = EXTRACTOR.extract(DESIGN_ARTICLE, null);

        assertThat(entities.companies()).containsExactly("Microsoft", "OpenAI");
        assertThat(entities.amounts()).hasSize(2);
        assertThat(entities.dates()).isEmpty();
    }

    @Test
    void digitsOfAnAmountAreNotAYear() {
        ExtractedEntities entities = EXTRACTOR.extract("Do 2030 dolarów dopłaci każdy, a do 2030 r. wszyscy.", null);

        assertThat(entities.amounts()).containsExactly(Amount.of("2030 dolarów", BigDecimal.valueOf(2030), "USD"));
        assertThat(entities.dates()).containsExactly(new DateMention("do 2030 r.", "2030"));
    }

    @Test
    void emptyOrBlankTextGivesNothing() {
        assertThat(EXTRACTOR.extract("", null)).isEqualTo(ExtractedEntities.NONE);
        assertThat(EXTRACTOR.extract(" \n\t ", LocalDate.of(2024, 1, 1))).isEqualTo(ExtractedEntities.NONE);
        assertThat(EXTRACTOR.extract(null, null)).isEqualTo(ExtractedEntities.NONE);
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<AnnotatedSentences.Sentence> sentences = AnnotatedSentences.load();
        StringBuilder article = new StringBuilder();
        sentences.forEach(s -> article.append(s.text()).append('\n'));
        String text = article.toString();
        LocalDate published = LocalDate.of(2024, 10, 15);
        ExtractedEntities expected = EXTRACTOR.extract(text, published);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedEntities>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> EXTRACTOR.extract(text, published)));
            }
            for (Future<ExtractedEntities> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.companies()).hasSizeGreaterThan(200);
    }
}
