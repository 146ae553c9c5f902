package pl.lupa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageBoxesTest {

    private static final String PROSE =
            "Operator systemu podaje, że liczba aktywnych użytkowników przekroczyła 15 mln, "
                    + "a z aplikacji korzysta co drugi dorosły Polak.";

    /** The texts of the boxes found on a page whose headline is the h1. */
    private static List<String> boxes(String bodyHtml) {
        Element body = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body();
        var blocks = TextBlocks.of(body);
        Set<Element> headline = Collections.newSetFromMap(new IdentityHashMap<>());
        headline.addAll(body.select("h1"));
        return PageBoxes.find(body, blocks, new ElementSizes(body), headline).stream()
                .map(e -> TextBlocks.normalize(e.text()))
                .sorted()
                .toList();
    }

    @Test
    void anAdIsTheBoxItsLabelHeadsWithItsPromotionalProse() {
        assertThat(boxes("<h1>Tytuł</h1><div><p>" + PROSE + "</p><div><span>Materiał partnera</span>"
                        + "<p>Konto bez opłat. Otwórz je online w 10 minut i odbierz premię.</p></div><p>" + PROSE
                        + "</p></div>"))
                .containsExactly("Materiał partnera Konto bez opłat. Otwórz je online w 10 minut i odbierz premię.");
    }

    @Test
    void aLabelInsideTheArticlesTextIsABoxOfItsOwn() {
        // Old CMSs put the ad label right among the paragraphs: the box is the label, not the article.
        assertThat(boxes("<h1>Tytuł</h1><div>" + PROSE + "<br><br><div>REKLAMA</div>" + PROSE + "</div>"))
                .containsExactly("REKLAMA");
        // A billboard above everything: its label is the page's first text, yet the box stops short of the headline.
        assertThat(boxes("<div><div>REKLAMA</div></div><div><h1>Tytuł</h1><p>" + PROSE + "</p></div>"))
                .containsExactly("REKLAMA");
    }

    @Test
    void commentsAreOneBoxHoweverLong() {
        String comment = "<div><b>czytelnik</b> 21.08.2024<div>" + PROSE + " " + PROSE + "</div></div>";
        assertThat(boxes("<div><h1>Tytuł</h1><p>" + PROSE + "</p></div><div><div>Komentarze (41)</div>"
                        + comment.repeat(8) + "</div>"))
                .singleElement()
                .asString()
                .startsWith("Komentarze (41) czytelnik");
    }

    @Test
    void aTeaserIsItsLinkedHeadlineWithItsLeadEachOnItsOwn() {
        String teaser = "<div><h3><a href='/inny-tekst'>Inny artykuł o rynku płatności</a></h3>"
                + "<p>Lead innego artykułu, który zachęca do kliknięcia.</p><p>12 lutego 2024</p></div>";
        assertThat(boxes("<h1>Tytuł</h1><p>" + PROSE + "</p><div>" + teaser + teaser + "</div>"))
                .containsExactly(
                        "Inny artykuł o rynku płatności Lead innego artykułu, który zachęca do kliknięcia. 12 lutego 2024",
                        "Inny artykuł o rynku płatności Lead innego artykułu, który zachęca do kliknięcia. 12 lutego 2024");
        assertThat(boxes("<h1>Tytuł</h1><h2><a href='#dalej'>Spis treści prowadzi niżej</a></h2><p>" + PROSE + "</p>"))
                .as("a link to a place on the page is no teaser, though a block of links")
                .containsExactly("Spis treści prowadzi niżej");
    }

    @Test
    void aWidgetIsTheSmallBoxAroundAFormFieldOrAButton() {
        assertThat(boxes("<h1>Tytuł</h1><p>" + PROSE + "</p><div><h3>Chmura bez marketingu</h3>"
                        + "<p>Raz w tygodniu o AWS. Bez spamu.</p><form><input type=email></form></div>"))
                .containsExactly("Chmura bez marketingu Raz w tygodniu o AWS. Bez spamu.");
        assertThat(boxes("<h1>Tytuł</h1><p>" + PROSE + "</p><div>Czy ten artykuł był pomocny? <button>Tak</button>"
                        + "<button>Nie</button></div>"))
                .containsExactly("Czy ten artykuł był pomocny? Tak Nie");
        assertThat(boxes("<div><h1>Tytuł</h1><p>" + PROSE + "</p><p>" + PROSE
                        + "</p><button>Pokaż więcej</button></div>"))
                .as("a button among long text is a box of its own")
                .containsExactly("Pokaż więcej");
    }

    @Test
    void aBlockOfLinksIsABoxUnlessItHoldsTheHeadline() {
        assertThat(boxes("<h1>Tytuł</h1><p>" + PROSE + "</p><ul><li><a href='/a'>Pierwszy</a></li>"
                        + "<li><a href='/b'>Drugi</a></li></ul>"))
                .containsExactly("Pierwszy Drugi");
        assertThat(boxes("<div><h1><a href='/sam'>Tytuł jest linkiem do siebie</a></h1><div><a href='/x'>Biznes</a>"
                        + "</div></div><p>" + PROSE + "</p>"))
                .as("a headline that links to its own article is no teaser, and what holds it no box")
                .containsExactly("Biznes");
    }

    @Test
    void commentsWithoutAHeadingAreAThreadOfDatedSignedItems() {
        String item = "<div><div>czytelnik_%d · 21.08.2024, 12:41</div><p>" + PROSE + "</p></div>";
        assertThat(boxes("<div><h1>Tytuł</h1><p>" + PROSE + "</p></div><div>" + item.formatted(1) + item.formatted(2)
                        + "</div>"))
                .singleElement()
                .asString()
                .startsWith("czytelnik_1 · 21.08.2024, 12:41");
        String entry = "<div><div>19:58</div><h3>Koniec wystąpienia</h3><p>" + PROSE + "</p></div>";
        assertThat(boxes("<div><h1>Relacja na żywo</h1><p>" + PROSE + "</p><div>" + entry + entry + "</div></div>"))
                .as("a live blog's entries give a time and have headings")
                .isEmpty();
    }

    @Test
    void navigationAndFootersAreBoxesAPageHeaderWithTheHeadlineIsNot() {
        assertThat(boxes("<header role=banner><a href=/>Portal</a><h1>Tytuł artykułu</h1></header>"
                        + "<nav><a href=/a>Kraj</a></nav><p>" + PROSE + "</p><footer>© 2024 Portal</footer>"))
                .containsExactly("Kraj", "© 2024 Portal");
    }
}
