package pl.lupa.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.junit.jupiter.api.Test;

/** Passages sent as offsets come back as passages the snippet code formats the same. */
class PassageOffsetsTest {

    private static Passage passage(int start, int end, int... matches) {
        var p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            p.addMatch(matches[i], matches[i + 1], null, 1);
        }
        return p;
    }

    @Test
    void passagesSurviveTheirOffsets() {
        String content = "Microsoft buduje centrum danych. Nvidia <b>kupuje</b> Arm & inne firmy.\n\nKoniec.";
        int second = content.indexOf("Nvidia");
        int last = content.indexOf("Koniec");
        Passage[] passages = {
            passage(0, second, 0, 9, 17, 24),
            passage(second, last - 2, second, second + 6),
            passage(last, content.length())
        };
        String encoded = (String) PassageOffsets.FORMATTER.format(passages, content);
        Passage[] back = PassageOffsets.decode(List.of(encoded.split("\u0000")));
        assertThat(back).hasSize(3);
        var snippets = new Snippets(Snippets.MAX_CHARS);
        assertThat(snippets.format(back, content)).isEqualTo(snippets.format(passages, content));
        assertThat(new MatchedForms().format(back, content)).isEqualTo(List.of("Microsoft", "centrum", "Nvidia"));
        assertThat(back[2].getNumMatches()).isZero();
    }

    @Test
    void textNoPassageWroteIsRefused() {
        assertThatThrownBy(() -> PassageOffsets.decode(List.of("12,x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12,x");
    }
}
