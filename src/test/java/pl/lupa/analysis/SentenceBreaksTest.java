package pl.lupa.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private static List<String> sentences(String text) {
        var breaks = new SentenceBreaks();
        breaks.setText(text);
        var out = new ArrayList<String>();
        for (int start = breaks.first(), end = breaks.next();
                end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    @Test
    void endsSentencesWhereTheNextOneStarts() {
        assertThat(sentences("Orlen kupił spółkę. Cena wyniosła 2,5 mld zł! Czy to dużo? „Tak” – mówi analityk."))
                .containsExactly(
                        "Orlen kupił spółkę. ",
                        "Cena wyniosła 2,5 mld zł! ",
                        "Czy to dużo? ",
                        "„Tak” – mówi analityk.");
        assertThat(sentences("Zysk wzrósł o 3.5 proc. w 2024 r. Akcje zyskały."))
                .as("a number and a lower-case word continue")
                .containsExactly("Zysk wzrósł o 3.5 proc. w 2024 r. ", "Akcje zyskały.");
        assertThat(sentences("Powiedział: „Kupujemy.” Potem wyszedł."))
                .containsExactly("Powiedział: „Kupujemy.” ", "Potem wyszedł.");
        assertThat(sentences("Wynik to 5 mln. 2025 rok będzie lepszy."))
                .containsExactly("Wynik to 5 mln. ", "2025 rok będzie lepszy.");
    }

    @Test
    void initialsAndAbbreviationsBeforeANameDoNotEndASentence() {
        assertThat(sentences(
                        "Umowę podpisał J. Kowalski, a dr Nowak i prof. Wiśniewski ją chwalą. Tzw. chmura rośnie."))
                .containsExactly(
                        "Umowę podpisał J. Kowalski, a dr Nowak i prof. Wiśniewski ją chwalą. ", "Tzw. chmura rośnie.");
        assertThat(sentences("Firmy, m.in. Google i np. Microsoft, inwestują.")).hasSize(1);
    }

    @Test
    void abbreviationsThatNameOrCountWhatFollowsNeverEndASentence() {
        for (String text : new String[] {
            "Na wiec przyszło 12 tys. Polaków z całego kraju.",
            "Spotkanie zaczyna się o godz. 18 w ratuszu.",
            "Mszę odprawił kard. Nycz w katedrze.",
            "Wypadek na drodze w woj. mazowieckim zablokował ruch.",
            "Zadzwoń pod tel. 22 555 00 00 po szczegóły."
        }) {
            assertThat(sentences(text)).as(text).hasSize(1);
        }
        assertThat(sentences("Zysk wzrósł o 8 proc. Akcje zyskały."))
                .as("proc. often ends a sentence")
                .hasSize(2);
    }

    @Test
    void aLineBreakEndsAHeadingWithoutAFullStop() {
        assertThat(sentences("Nowe centrum danych\n\nMicrosoft otwiera centrum. Koszt nie jest znany.\nDrugi akapit"))
                .containsExactly(
                        "Nowe centrum danych\n\n",
                        "Microsoft otwiera centrum. ",
                        "Koszt nie jest znany.\n",
                        "Drugi akapit");
    }

    @Test
    void agreesWithTheJdkOnPlainSentences() {
        String text =
                "Samsung buduje fabrykę w Polsce. Inwestycja ma kosztować 100 mln dolarów! Kiedy ruszy produkcja? "
                        + "Według spółki w 2026 roku. Związki zawodowe są zadowolone.";
        var jdk = BreakIterator.getSentenceInstance(Locale.forLanguageTag("pl"));
        jdk.setText(text);
        var expected = new ArrayList<Integer>();
        for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
            expected.add(b);
        }
        var ours = new ArrayList<Integer>();
        for (int b : SentenceBreaks.boundaries(text)) {
            ours.add(b);
        }
        assertThat(ours).isEqualTo(expected).hasSize(6);
    }

    @Test
    void followingAndPrecedingAreConsistentEverywhere() {
        String text = "Ala. Ola!  Ela? \nUla";
        var breaks = new SentenceBreaks();
        breaks.setText(text);
        int[] bounds = SentenceBreaks.boundaries(text);
        assertThat(bounds).containsExactly(0, 5, 11, 17, 20);
        for (int offset = 0; offset <= text.length(); offset++) {
            int following = breaks.following(offset);
            int preceding = breaks.preceding(offset);
            int after = offset;
            int before = offset;
            assertThat(following)
                    .as("following %d", offset)
                    .isEqualTo(java.util.stream.IntStream.of(bounds)
                            .filter(b -> b > after)
                            .findFirst()
                            .orElse(BreakIterator.DONE));
            assertThat(preceding)
                    .as("preceding %d", offset)
                    .isEqualTo(java.util.stream.IntStream.of(bounds)
                            .filter(b -> b < before)
                            .max()
                            .orElse(BreakIterator.DONE));
            assertThat(breaks.isBoundary(offset))
                    .isEqualTo(java.util.stream.IntStream.of(bounds).anyMatch(b -> b == after));
        }
        assertThat(breaks.last()).isEqualTo(20);
        assertThat(breaks.previous()).isEqualTo(17);
        assertThat(breaks.current()).isEqualTo(17);
        assertThat(breaks.first()).isZero();
        assertThat(breaks.previous()).isEqualTo(BreakIterator.DONE);
    }

    @Test
    void emptyText() {
        var breaks = new SentenceBreaks();
        breaks.setText("");
        assertThat(breaks.first()).isZero();
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(0)).isEqualTo(BreakIterator.DONE);
    }

    @Test
    void aTextWithoutCapitalsIsCutAtItsFullStopsToo() {
        String lower = "rada miasta przyjęła budżet na przyszły rok. radni opozycji głosowali przeciw, bo ich zdaniem "
                + "wydatki na drogi są za małe. prof. j. nowak z uczelni uważa inaczej. "
                + "sesja trwała do późnego wieczoru i zakończyła się głosowaniem nad poprawkami.";
        assertThat(SentenceBreaks.split(lower))
                .containsExactly(
                        "rada miasta przyjęła budżet na przyszły rok.",
                        "radni opozycji głosowali przeciw, bo ich zdaniem wydatki na drogi są za małe.",
                        "prof. j. nowak z uczelni uważa inaczej.",
                        "sesja trwała do późnego wieczoru i zakończyła się głosowaniem nad poprawkami.");
        assertThat(SentenceBreaks.split("To jest zdanie. a to nie jest nowe zdanie, bo tekst ma wielkie litery."))
                .as("with capitals, a small letter continues the sentence")
                .hasSize(1);
    }
}
