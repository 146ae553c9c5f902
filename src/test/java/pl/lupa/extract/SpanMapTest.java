package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanMapTest {

    private static final SpanMap<Integer> MONTHS = SpanMap.of(Map.of("marca", 3, "maja", 5, "października", 10));

    @Test
    void findsAKeyInsideALongerText() {
        String text = "w marcu, 3 marca i 1 maja";
        assertThat(MONTHS.get(text, 11, 16)).isEqualTo(3);
        assertThat(MONTHS.get(text, 21, 25)).isEqualTo(5);
        assertThat(MONTHS.get(text, 2, 7)).isNull(); // "marcu"
        assertThat(MONTHS.get(text, 11, 15)).isNull(); // "marc"
        assertThat(MONTHS.get("Marca")).isNull();
        assertThat(MONTHS.get(new StringBuilder("października"))).isEqualTo(10);
    }

    @Test
    void lowerCaseLookupMatchesWhatToLowerCaseWouldFind() {
        assertThat(MONTHS.getLowerCase("MARCA", 0, 5)).isEqualTo(3);
        assertThat(MONTHS.getLowerCase("xPaŹdziernikAx", 1, 13)).isEqualTo(10);
        assertThat(MONTHS.getLowerCase("Marcu", 0, 5)).isNull();

        SpanMap<Boolean> special = SpanMap.of(Map.of("i̇stanbul", true, "σας", true, "σασ", true));
        for (String word : new String[] {"İSTANBUL", "ISTANBUL", "ΣΑΣ", "σαΣ", "ΣΑΣΑ", "Σ"}) {
            assertThat(special.getLowerCase(word, 0, word.length()))
                    .as(word)
                    .isEqualTo(special.get(word.toLowerCase(Locale.ROOT)));
        }
        assertThat(special.getLowerCase("ΣΑΣ", 0, 3)).isTrue();
    }

    @Test
    void everyCharacterLowerCasedAloneAgreesWithTheWholeStringWhereThatIsClaimed() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (SpanMap.lowersAlone(ch)) {
                assertThat(String.valueOf(Character.toLowerCase(ch)))
                        .as("U+%04X", c)
                        .isEqualTo(String.valueOf(ch).toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void holdsManyKeys() {
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            numbers.put("k" + i, i);
        }
        SpanMap<Integer> lexicon = SpanMap.of(numbers);
        for (int i = 0; i < 10_000; i++) {
            assertThat(lexicon.get("k" + i)).isEqualTo(i);
        }
        assertThat(lexicon.get("k10000")).isNull();
        assertThat(SpanMap.of(Map.of()).get("x")).isNull();
    }
}
