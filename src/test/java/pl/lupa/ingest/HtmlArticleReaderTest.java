package pl.lupa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the HTML reader, each on a small page made for it. */
class HtmlArticleReaderTest {

    private static final String P1 = "Operator systemu podaje, że liczba aktywnych użytkowników przekroczyła 15 mln, "
            + "a z aplikacji korzysta co drugi dorosły Polak.";
    private static final String P2 = "Największą kategorią wciąż pozostają zakupy w internecie, gdzie system od lat "
            + "konkuruje z szybkimi przelewami i kartami płatniczymi.";
    private static final String P3 = "W kolejnych kwartałach operator chce stawiać na ekspansję zagraniczną i wejść "
            + "na Słowację, a potem także do innych krajów regionu.";

    private static Article read(String head, String body) throws SkippedInputException {
        String html = "<!DOCTYPE html><html lang=pl><head>" + head + "</head><body>" + body + "</body></html>";
        return ArticleReader.read("p.html", html.getBytes(StandardCharsets.UTF_8), Format.HTML)
                .articles()
                .get(0);
    }

    private static List<String> blocks(Article a) {
        return List.of(a.body().split("\n\n"));
    }

    @Test
    void theLeadUnderTheHeadlineStaysItsBylineAndLabelGo() throws Exception {
        Article a = read("<meta property='og:title' content='BLIK rośnie najszybciej'>", """
                <article><header><div>Fintech</div><h1>BLIK rośnie najszybciej</h1>
                <p>Płatności telefonem rosną szybciej niż karty.</p><div>Anna Kowal · 14 maja 2024, 08:05</div></header>
                <div><p>%s</p><p>%s</p><p>%s</p></div></article>""".formatted(P1, P2, P3));
        assertThat(blocks(a)).containsExactly("Płatności telefonem rosną szybciej niż karty.", P1, P2, P3);
        assertThat(a.date()).as("the byline's date").isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(a.author()).isEqualTo("Anna Kowal");
    }

    @Test
    void whatFollowsTheArticleAfterABreakIsNotTheArticle() throws Exception {
        Article a = read("<title>BLIK rośnie najszybciej | Fintech</title>", """
                <div><h1>BLIK rośnie najszybciej</h1><div><p>%s</p><p>%s</p><p>%s</p></div>
                <div><div>Czytaj bez limitu</div><div>Subskrypcja cyfrowa od 19,90 zł miesięcznie. Pierwszy miesiąc za
                1 zł, możesz zrezygnować w każdej chwili.</div></div>
                <div><div>Anna Kowal</div><div>Dziennikarka działu Finanse. Od dziesięciu lat pisze o bankowości i
                regulacjach rynku finansowego.</div></div></div>""".formatted(P1, P2, P3));
        assertThat(blocks(a)).containsExactly(P1, P2, P3);
    }

    @Test
    void anArticleSplitAroundAnAdIsReadWhole() throws Exception {
        // The longer part is the core; the other resumes after the ad at full length, so it goes on.
        Article a = read("<meta property='og:title' content='Podwójna treść'>", """
                <div><h1>Podwójna treść</h1><div><p>%1$s</p><p>%2$s</p><p>%3$s</p></div>
                <div><span>Reklama</span><a href=/ad>Konto bez opłat na zawsze.</a></div>
                <div><p>%2$s</p><p>%3$s</p></div></div>""".formatted(P1, P2, P3));
        assertThat(blocks(a)).containsExactly(P1, P2, P3, P2, P3);
        Article bio = read("<meta property='og:title' content='Podwójna treść'>", """
                <div><h1>Podwójna treść</h1><div><p>%1$s</p><p>%2$s</p><p>%3$s</p></div>
                <div><h4><a href=/autor>Anna Kowal</a></h4><p>Dziennikarka działu Finanse, od dziesięciu lat pisze
                o bankowości.</p></div></div>""".formatted(P1, P2, P3));
        assertThat(blocks(bio))
                .as("one short paragraph after a break is no part of it")
                .containsExactly(P1, P2, P3);
    }

    @Test
    void commentsAreNotTheArticleThoughTheyHoldMoreProse() throws Exception {
        String comment = "<div><div><b>czytelnik</b> · 21.08.2024, 12:41</div><div>" + P2 + " " + P3
                + "</div><div><a href='#'>Odpowiedz</a></div></div>";
        Article a = read(
                "<meta property='og:title' content='Polskie studia na targach'>",
                "<div><div><h1>Polskie studia na targach</h1><div><p>" + P1 + "</p><p>Targi potrwają do niedzieli.</p>"
                        + "</div></div><div><div>Komentarze (41)</div>" + comment.repeat(4) + "</div></div>");
        assertThat(blocks(a)).containsExactly(P1, "Targi potrwają do niedzieli.");
    }

    @Test
    void withoutADeclaredTitleTheHeadlineIsFoundOnThePageAndItsDatelineIsTheDate() throws Exception {
        // A 2000s page: tables, a bold headline, the site's name before it in <title>, a dateline with a place.
        Article a = read("<title>SiecITelefon.pl :: Od niedzieli taniej w roamingu</title>", """
                <table><tr><td><a href=/>Strona główna</a> » <a href=/w>Wiadomości</a></td></tr>
                <tr><td><font size=4><b>Od niedzieli taniej w roamingu</b></font></td></tr>
                <tr><td><font size=1>Warszawa, 29.06.2012, 10:15</font></td></tr>
                <tr><td><p>%s</p><p>%s</p></td></tr></table>""".formatted(P1, P2));
        assertThat(a.title()).isEqualTo("Od niedzieli taniej w roamingu");
        assertThat(a.date()).isEqualTo(LocalDate.of(2012, 6, 29));
        assertThat(a.author()).as("a place is not a person").isNull();
        assertThat(blocks(a)).containsExactly(P1, P2);
    }

    @Test
    void aDatelineWithAPlaceAndAPolishMonthSetsTheDateAndLeavesTheBody() throws Exception {
        Article a = read("<title>Nowa fabryka</title>", """
                <div><h2>Nowa fabryka pod Krakowem</h2><p>Kraków, 12 marca 2024 r.</p><p>%s</p><p>%s</p></div>
                """.formatted(P1, P2));
        assertThat(a.title()).isEqualTo("Nowa fabryka pod Krakowem");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(blocks(a)).containsExactly(P1, P2);
    }

    @Test
    void anInterviewIsSignedByItsInterviewer() throws Exception {
        Article a = read("<meta property='og:title' content='Rozmowa o NIS2'>", """
                <div><h1>Rozmowa o NIS2</h1><p><strong>Kary są wysokie?</strong></p><p>%s</p>
                <p><em>Rozmawiała: Anna Kowal</em></p></div>""".formatted(P1));
        assertThat(a.author()).isEqualTo("Anna Kowal");
        assertThat(blocks(a)).containsExactly("Kary są wysokie?", P1);
    }

    @Test
    void aNameBesideADatedBylineIsTheAuthorAndAnUpdateIsNotThePublication() throws Exception {
        Article a = read(
                "<meta property='og:title' content='Unia bierze się za odroczone płatności'>", """
                <div><h1>Unia bierze się za odroczone płatności</h1>
                <div>Aktualizacja: <time datetime="2024-11-20T12:41">20.11.2024</time>
                Publikacja: <time datetime="2024-11-19T06:00">19.11.2024</time></div><div>Agata Szulc</div>
                <div><p>%s</p><p>%s</p></div></div>""".formatted(P1, P2));
        assertThat(a.author()).isEqualTo("Agata Szulc");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 11, 19));
    }

    @Test
    void aTeasersTimeAboveTheHeadlineIsNotTheArticlesDate() throws Exception {
        Article a = read("<meta property='og:title' content='VIGO zbuduje linię'>", """
                <div><time datetime="2024-06-19T22:10">19.06</time> <a href=/x>Inna wiadomość z wczoraj</a></div>
                <div><h1>VIGO zbuduje linię</h1><time datetime="2024-06-20T07:30">20.06.2024</time>
                <p>%s</p><p>%s</p></div>""".formatted(P1, P2));
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 6, 20));
    }

    @Test
    void aCaptionBesideItsPictureGoesAnIconInAParagraphDoesNot() throws Exception {
        Article a = read("<meta property='og:title' content='Getty i Shutterstock'>", """
                <div><h1>Getty i Shutterstock</h1><p>%s</p>
                <div><img src=a.jpg><div>Siedziba firmy w Seattle.</div></div>
                <p>%s</p><p><img src=emoji.png alt=""> Tak to wygląda w praktyce.</p></div>""".formatted(P1, P2));
        assertThat(blocks(a)).containsExactly(P1, P2, "Tak to wygląda w praktyce.");
    }

    @Test
    void aSubheadingStaysTheTitleOfABoxLeftBehindGoes() throws Exception {
        Article a = read("<meta property='og:title' content='Raspberry Pi 5'>", """
                <div><h1>Raspberry Pi 5</h1><p>%s</p><h2>Kiedy w Polsce?</h2><p>%s</p>
                <h3><em>Podobne</em></h3><div><h4><a href=/a>Raspberry Pi 4 z 8 GB RAM po latach</a></h4>
                <p>Czy warto dopłacić do większej pamięci?</p></div></div>""".formatted(P1, P2));
        assertThat(blocks(a)).containsExactly(P1, "Kiedy w Polsce?", P2);
    }

    @Test
    void aRowOfDataIsKeptThoughItReadsLikeAByline() throws Exception {
        Article a = read("<meta property='og:title' content='Kto pierwszy w KSeF'>", """
                <div><h1>Kto pierwszy w KSeF</h1><p>%s</p><table><tr><th>Termin</th><th>Operator</th></tr>
                <tr><td>1.02.2026</td><td>Orange Polska</td></tr><tr><td>1.04.2026</td><td>Play</td></tr></table>
                <p>%s</p></div>""".formatted(P1, P2));
        assertThat(blocks(a)).containsExactly(P1, "Termin Operator", "1.02.2026 Orange Polska", "1.04.2026 Play", P2);
    }

    @Test
    void theSitesNameIsTheShorterSideOfTheTitle() {
        assertThat(HtmlMetadata.withoutSiteName("Od niedzieli taniej w roamingu | SiecITelefon.pl"))
                .isEqualTo("Od niedzieli taniej w roamingu");
        assertThat(HtmlMetadata.withoutSiteName("SiecITelefon.pl :: Od niedzieli taniej w roamingu"))
                .isEqualTo("Od niedzieli taniej w roamingu");
        assertThat(HtmlMetadata.withoutSiteName("Kup teraz, zapłać później – ale już nie bez sprawdzania | Puls"))
                .isEqualTo("Kup teraz, zapłać później – ale już nie bez sprawdzania");
        assertThat(HtmlMetadata.withoutSiteName("Sam tytuł")).isEqualTo("Sam tytuł");
    }
}
