package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static final String TEXT =
            "Microsoft zainwestuje 6,6\u00A0mld dol. w OpenAI (😀) – zaża\u0328lił się x-kom.\n2024-09-12";

    @Test
    void cutsWordsNumbersAndPunctuation() {
        Tokens tokens = Tokens.of(TEXT);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            texts.add(tokens.text(i));
        }
        assertThat(texts)
                .containsExactly(
                        "Microsoft",
                        "zainwestuje",
                        "6",
                        ",",
                        "6",
                        "mld",
                        "dol",
                        ".",
                        "w",
                        "OpenAI",
                        "(",
                        "😀",
                        ")",
                        "–",
                        "zaża\u0328lił",
                        "się",
                        "x",
                        "-",
                        "kom",
                        ".",
                        "2024",
                        "-",
                        "09",
                        "-",
                        "12");
        assertThat(tokens.kind(2)).isEqualTo(Tokens.NUM);
        assertThat(tokens.kind(9)).isEqualTo(Tokens.WORD);
        assertThat(tokens.kind(11)).isEqualTo(Tokens.PUNCT);
    }

    @Test
    void everyTokenCarriesTheHashOfItsText() {
        Tokens tokens = Tokens.of(TEXT);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.hash(i))
                    .as(tokens.text(i))
                    .isEqualTo(tokens.text(i).hashCode());
        }
    }

    @Test
    void knowsWhichTokensLowerCasingLeavesAlone() {
        Tokens tokens = Tokens.of("zażółć Gęślą 2024 x-KOM İstanbul σας ΣΑΣ Ⅳ ⅳ , 😀 𐐀");
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.text(i);
            boolean unchanged = text.toLowerCase(Locale.ROOT).equals(text);
            // surrogate pairs are left to the slow path, whatever their case
            boolean surrogates = text.length() == 2 && Character.isSurrogatePair(text.charAt(0), text.charAt(1));
            assertThat(tokens.isLowerCase(i)).as(text).isEqualTo(unchanged && !surrogates);
        }
    }
}
