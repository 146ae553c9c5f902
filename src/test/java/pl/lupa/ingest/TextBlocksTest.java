package pl.lupa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    private static List<TextBlock> blocks(String bodyHtml) {
        return TextBlocks.of(
                Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body());
    }

    private static List<String> texts(String bodyHtml) {
        return blocks(bodyHtml).stream().map(TextBlock::text).toList();
    }

    @Test
    void blockElementsAndLineBreaksEndABlockInlineMarkupDoesNot() {
        assertThat(
                        texts(
                                "<p>Jeden <b>akapit</b> z <a href='/x'>linkiem</a>.</p><div>Drugi<br>trzeci<br><br>czwarty</div>"))
                .containsExactly("Jeden akapit z linkiem.", "Drugi", "trzeci", "czwarty");
    }

    @Test
    void entitiesAndEverySpaceCollapseToOneSpace() {
        assertThat(texts("<p>  W&nbsp;tym\n\t czasie&#8203; ponad  pół&nbsp;&nbsp;miliarda </p>"))
                .containsExactly("W tym czasie ponad pół miliarda");
    }

    @Test
    void aRowOfDataIsOneBlockALayoutRowIsReadCellByCell() {
        assertThat(
                        texts(
                                "<table><tr><th>Operator</th> <th>Pobieranie</th></tr><tr><td>Orange</td><td>612</td></tr></table>"))
                .containsExactly("Operator Pobieranie", "Orange 612");
        assertThat(texts("<table><tr><td><p>Pierwszy akapit.</p><p>Drugi akapit.</p></td><td>Menu</td></tr></table>"))
                .containsExactly("Pierwszy akapit.", "Drugi akapit.", "Menu");
        var row =
                blocks("<table><tr><td><b>Tytuł w tabeli</b></td></tr></table>").get(0);
        assertThat(row.role()).as("a row of one cell is a line").isEqualTo(TextBlock.Role.PARAGRAPH);
        assertThat(row.bold()).isTrue();
    }

    @Test
    void linksBoldAndRolesAreCounted() {
        var b = blocks("<h2>Śródtytuł</h2><ul><li>Punkt <a href='/a'>listy</a></li></ul>"
                + "<figure><img src=x><figcaption>Podpis. Fot. X</figcaption></figure>"
                + "<p><a href='/b'>Cały akapit jest linkiem</a></p><p><strong>Pytanie?</strong></p>");
        assertThat(b)
                .extracting(TextBlock::role)
                .containsExactly(
                        TextBlock.Role.HEADING,
                        TextBlock.Role.LIST_ITEM,
                        TextBlock.Role.CAPTION,
                        TextBlock.Role.PARAGRAPH,
                        TextBlock.Role.PARAGRAPH);
        assertThat(b.get(0).level()).isEqualTo(2);
        assertThat(b.get(1).linkChars()).isEqualTo(5);
        assertThat(b.get(1).chars()).isEqualTo(10);
        assertThat(b.get(1).link()).as("only part of it is a link").isNull();
        assertThat(b.get(3).link()).isNotNull();
        assertThat(b.get(3).linkDensity()).isEqualTo(1.0);
        assertThat(b.get(4).bold()).isTrue();
        assertThat(b.get(1).bold()).isFalse();
    }

    @Test
    void twoTimesSideBySideAreTwoWords() {
        assertThat(texts("<p>Opublikowano <time>14 maja 2024</time><time>15 maja 2024</time></p>"))
                .containsExactly("Opublikowano 14 maja 2024 15 maja 2024");
    }
}
