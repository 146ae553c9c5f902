package pl.lupa.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hand-annotated evaluation set and the list of sentences known to be missed. */
final class AnnotatedSentences {

    static final String SENTENCES = "extraction/sentences.jsonl";
    static final String KNOWN_MISSES = "extraction/known-misses.txt";

    /**
     * One money annotation reduced to what the evaluation compares: the exact value (62.40 is not
     * 62.4: the decimals are kept as written), the currency and the unit of a price per unit.
     *
     * @param per the unit's lemma, or null for a sum
     */
    record Money(BigDecimal value, String currency, String per) {
        @Override
        public String toString() {
            return value.toPlainString() + " " + currency + (per == null ? "" : " per " + per);
        }
    }

    /**
     * One annotated sentence; {@code amountTexts} and {@code dateTexts} hold the annotated
     * substrings, which the evaluation reports on but does not gate.
     */
    record Sentence(
            String id,
            LocalDate date,
            String text,
            List<String> companies,
            List<Money> amounts,
            List<String> dates,
            List<String> amountTexts,
            List<String> dateTexts) {
        @Override
        public String toString() {
            return id;
        }
    }

    private AnnotatedSentences() {}

    static List<Sentence> load() {
        // decimals exactly as annotated: 62.40 stays 62.40, not the double 62.4
        ObjectMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
        List<Sentence> sentences = new ArrayList<>();
        try (BufferedReader reader = open(SENTENCES)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<String> companies = new ArrayList<>();
                node.path("companies").forEach(c -> companies.add(c.asText()));
                List<Money> amounts = new ArrayList<>();
                node.path("amounts")
                        .forEach(a -> amounts.add(new Money(
                                a.path("value").decimalValue(),
                                a.path("currency").asText(),
                                a.hasNonNull("per") ? a.get("per").asText() : null)));
                List<String> dates = new ArrayList<>();
                node.path("dates").forEach(d -> dates.add(d.path("value").asText()));
                List<String> amountTexts = new ArrayList<>();
                node.path("amounts").forEach(a -> amountTexts.add(a.path("text").asText()));
                List<String> dateTexts = new ArrayList<>();
                node.path("dates").forEach(d -> dateTexts.add(d.path("text").asText()));
                JsonNode date = node.path("date");
                if (!node.hasNonNull("id") || !node.hasNonNull("text")) {
                    throw new IllegalStateException(SENTENCES + " line " + lineNumber + " lacks an id or a text");
                }
                sentences.add(new Sentence(
                        node.get("id").asText(),
                        date.isNull() || date.isMissingNode() ? null : LocalDate.parse(date.asText()),
                        node.get("text").asText(),
                        companies,
                        amounts,
                        dates,
                        amountTexts,
                        dateTexts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sentences;
    }

    /** Sentence id → why it is allowed to fail. */
    static Map<String, String> knownMisses() {
        Map<String, String> misses = new LinkedHashMap<>();
        try (BufferedReader reader = open(KNOWN_MISSES)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+", 2);
                if (parts.length < 2 || parts[1].isBlank()) {
                    throw new IllegalStateException(KNOWN_MISSES + ": every id needs a reason: " + line);
                }
                misses.put(parts[0], parts[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return misses;
    }

    private static BufferedReader open(String resource) {
        InputStream in = AnnotatedSentences.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("test resource " + resource + " is missing");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
