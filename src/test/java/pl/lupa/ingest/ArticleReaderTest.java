package pl.lupa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private static Article one(String id, String text, Format format) throws SkippedInputException {
        ReadResult r = ArticleReader.read(id, text.getBytes(StandardCharsets.UTF_8), format);
        assertThat(r.articles()).hasSize(1);
        return r.articles().get(0);
    }

    @Test
    void markdownWithFrontMatter() throws Exception {
        Article a = one("2024/a.md", """
                ---
                title: "Nvidia otwiera biuro w Warszawie"
                date: 2024-10-15
                source: Bajtel
                author: Anna Nowak
                url: https://example.org/a
                tags: [chipy, ai]
                ---
                ## Lead

                Nvidia **otworzy** biuro w [Warszawie](https://example.org/w).
                Zatrudni 200 osób.

                - pierwszy punkt
                """, Format.MARKDOWN);
        assertThat(a.title()).isEqualTo("Nvidia otwiera biuro w Warszawie");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(a.source()).isEqualTo("Bajtel");
        assertThat(a.author()).isEqualTo("Anna Nowak");
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.body())
                .isEqualTo("Lead\n\nNvidia otworzy biuro w Warszawie. Zatrudni 200 osób.\n\npierwszy punkt");
    }

    @Test
    void frontMatterThatNeverClosesIsReadAsTextWithAWarning() throws Exception {
        ReadResult r = ArticleReader.read("x.md", """
                ---
                title: Niedomknięty nagłówek
                Treść artykułu o chmurze obliczeniowej.
                """.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);
        assertThat(r.warnings()).singleElement().asString().contains("never closed");
        assertThat(r.articles().get(0).body()).contains("Treść artykułu");
    }

    @Test
    void badDateIsAWarningAndNoDate() throws Exception {
        ReadResult r = ArticleReader.read("x.md", """
                ---
                title: Tytuł
                date: 31 lutego zeszłego roku
                ---
                Treść.
                """.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);
        assertThat(r.articles().get(0).date()).isNull();
        assertThat(r.warnings()).singleElement().asString().contains("is not a date");
    }

    @Test
    void dateTimeWithOffsetAndDottedDate() throws Exception {
        assertThat(PublicationDates.parse("2021-03-02T08:30:00+01:00")).contains(LocalDate.of(2021, 3, 2));
        assertThat(PublicationDates.parse("2.3.2021")).contains(LocalDate.of(2021, 3, 2));
        assertThat(PublicationDates.parse("2021-02-30")).isEmpty();
    }

    @Test
    void scrapedTextLosesBoilerplateAndKeepsTheByline() throws Exception {
        Article a = one("s.txt", """
                Samsung buduje fabrykę chipów w Teksasie
                Ta strona korzysta z plików cookie. Korzystając ze strony, wyrażasz zgodę na ich użycie. Akceptuję

                Samsung ogłosił budowę fabryki za 17 mld dolarów.

                Fot. Shutterstock

                Produkcja ruszy w 2024 roku.
                Czytaj także: Intel opóźnia fabrykę w Magdeburgu
                Udostępnij: Facebook Twitter LinkedIn
                Zapisz się do newslettera i bądź na bieżąco!
                Jan Kowalski
                Jan Kowalski
                Redaktor prowadzący
                """, Format.TEXT);
        assertThat(a.title()).isEqualTo("Samsung buduje fabrykę chipów w Teksasie");
        assertThat(a.author()).isEqualTo("Jan Kowalski");
        assertThat(a.body())
                .isEqualTo("Samsung ogłosił budowę fabryki za 17 mld dolarów.\n\nProdukcja ruszy w 2024 roku.");
    }

    @Test
    void scrapedDatelineBecomesThePublicationDate() throws Exception {
        Article a = one("d.txt", "Tytuł depeszy\n26.07.2024, 08:45\n\nTreść depeszy z 2024 roku.\n", Format.TEXT);
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 7, 26));
        assertThat(a.body()).isEqualTo("Treść depeszy z 2024 roku.");
        Article later = one("e.txt", "Tytuł\n\nA.\n\nB.\n\nC.\n\nD.\n\n26.07.2024\n", Format.TEXT);
        assertThat(later.date()).as("only near the top").isNull();
    }

    @Test
    void aDatelineWithAPlaceIsTheDateToo() throws Exception {
        Article warsaw =
                one("w.txt", "Tytuł depeszy\nWarszawa, 03.03.2025, 10:15\n\nTreść depeszy o rynku.\n", Format.TEXT);
        assertThat(warsaw.date()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(warsaw.body()).isEqualTo("Treść depeszy o rynku.");
        Article krakow =
                one("k.txt", "Tytuł depeszy\n\nKraków, 12 marca 2024 r.\n\nTreść depeszy o rynku.\n", Format.TEXT);
        assertThat(krakow.date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(krakow.body()).isEqualTo("Treść depeszy o rynku.");
        Article twoWords = one("z.txt", "Tytuł\nZielona Góra, 2024-05-06 08:00\nTreść depeszy o rynku.\n", Format.TEXT);
        assertThat(twoWords.date()).isEqualTo(LocalDate.of(2024, 5, 6));
        Article sentence = one("s.txt", "Tytuł\nW Warszawie, 12 marca 2024 r. otwarto biuro.\nTreść.\n", Format.TEXT);
        assertThat(sentence.date())
                .as("a sentence that holds a date is no dateline")
                .isNull();
        assertThat(sentence.body()).startsWith("W Warszawie, 12 marca 2024 r. otwarto biuro.");
        Article firstLine = one(
                "f.txt",
                "Gdańsk, 5.06.2023\nPort w Gdańsku obsłużył rekordową liczbę kontenerów w maju.\n",
                Format.TEXT);
        assertThat(firstLine.date()).isEqualTo(LocalDate.of(2023, 6, 5));
        assertThat(firstLine.title())
                .as("a dateline is never the headline")
                .isEqualTo("Port w Gdańsku obsłużył rekordową liczbę kontenerów w maju.");
    }

    @Test
    void datesAreFoundInRunningText() {
        assertThat(PublicationDates.findAll("Opublikowano: 19.11.2024, 06:00 | Aktualizacja: 20 listopada 2024"))
                .extracting(PublicationDates.Found::date)
                .containsExactly(LocalDate.of(2024, 11, 19), LocalDate.of(2024, 11, 20));
        assertThat(PublicationDates.parse("28 marzec 2025")).contains(LocalDate.of(2025, 3, 28));
        assertThat(PublicationDates.parse("31.02.2024")).isEmpty();
        assertThat(PublicationDates.findAll("wersja 1.2.2024b i 12 marcaa 2024"))
                .isEmpty();
    }

    @Test
    void plainTextWithoutHeadlineTakesTheFirstSentence() throws Exception {
        String lead = "Polska złożyła wniosek o budowę fabryki sztucznej inteligencji, która ma powstać we współpracy "
                + "z kilkoma krajami regionu i dużymi firmami technologicznymi, a jej koszt szacowany jest na miliardy "
                + "euro w ciągu najbliższych lat. Drugie zdanie.";
        Article a = one("s.txt", lead + "\n\nKolejny akapit.", Format.TEXT);
        assertThat(a.title()).endsWith("…").hasSizeLessThanOrEqualTo(201);
        assertThat(lead).startsWith(a.title().substring(0, a.title().length() - 1));
        assertThat(a.body()).startsWith("Polska złożyła wniosek");

        Article shortSentence = one(
                "t.txt", "Rynek chmury szybko rośnie. Firmy inwestują w nowe regiony.\n\nDrugi akapit.", Format.TEXT);
        assertThat(shortSentence.title()).isEqualTo("Rynek chmury szybko rośnie.");
        Article fragment =
                one("u.txt", "Rynek chmury rośnie. Firmy inwestują w nowe regiony.\n\nDrugi akapit.", Format.TEXT);
        assertThat(fragment.title())
                .as("a first sentence of three words is continued with the next one")
                .isEqualTo("Rynek chmury rośnie. Firmy inwestują w nowe regiony.");
    }

    @Test
    void windows1250AndIso88592AreDecoded() throws Exception {
        String text = "Źródła zbliżeniowe\n\nŻółć gęślą jaźń: płatności w sklepach rosną, ścieżka się ściąga.";
        for (String charset : new String[] {"windows-1250", "ISO-8859-2"}) {
            byte[] bytes = text.getBytes(Charset.forName(charset));
            Article a =
                    ArticleReader.read("w.txt", bytes, Format.TEXT).articles().get(0);
            assertThat(a.title()).as(charset).isEqualTo("Źródła zbliżeniowe");
            assertThat(a.body())
                    .as(charset)
                    .isEqualTo("Żółć gęślą jaźń: płatności w sklepach rosną, ścieżka się ściąga.");
        }
    }

    @Test
    void utf8CutOffMidCharacterKeepsItsPolishLetters() throws Exception {
        byte[] whole = "Tytuł\n\nUcięty tekst o żółwiach ż".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        Article a = ArticleReader.read("c.txt", cut, Format.TEXT).articles().get(0);
        assertThat(a.body()).isEqualTo("Ucięty tekst o żółwiach");
    }

    @Test
    void utf8BomIsTolerated() throws Exception {
        byte[] body = "Tytuł\n\nTreść zażółć.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(ArticleReader.read("b.txt", withBom, Format.TEXT)
                        .articles()
                        .get(0)
                        .title())
                .isEqualTo("Tytuł");
    }

    @Test
    void binaryAndEmptyFilesAreSkippedWithAReason() {
        assertThatThrownBy(() -> ArticleReader.read("x.txt", new byte[] {1, 2, 0, 4, 5}, Format.TEXT))
                .isInstanceOfSatisfying(
                        SkippedInputException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.BINARY));
        assertThatThrownBy(
                        () -> ArticleReader.read("x.md", "  \n\n ".getBytes(StandardCharsets.UTF_8), Format.MARKDOWN))
                .isInstanceOfSatisfying(
                        SkippedInputException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.EMPTY));
        assertThatThrownBy(() -> ArticleReader.read(
                        "x.md", "---\ntitle: Sam tytuł\n---\n".getBytes(StandardCharsets.UTF_8), Format.MARKDOWN))
                .isInstanceOfSatisfying(
                        SkippedInputException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.EMPTY));
    }

    @Test
    void scrapedHtmlPageKeepsOnlyTheArticle() throws Exception {
        Article a = one("p.html", """
                <!DOCTYPE html><html lang="pl"><head>
                <title>Microsoft kupuje Nuance | Nowy Kod</title>
                <meta property="article:published_time" content="2021-04-12T09:15:00+02:00">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "author":{"@type":"Person","name":"Ewa Lis"},"publisher":{"@type":"Organization","name":"Nowy Kod"}}</script>
                <script>var analytics = 1;</script><style>body{color:red}</style>
                </head><body>
                <header><a href="/">Nowy Kod</a><nav><a href="/ai">AI</a><a href="/chipy">Chipy</a></nav></header>
                <div class="cookie-banner">Ta strona używa plików cookies. <button>Akceptuję</button></div>
                <main><article>
                  <h1>Microsoft kupuje Nuance</h1>
                  <p class="lead">Microsoft zapłaci 19,7 mld dolarów za Nuance.</p>
                  <figure><img src="x.jpg" alt=""><figcaption>Fot. Materiały prasowe</figcaption></figure>
                  <p>To druga co do wielkości transakcja w historii firmy.</p>
                  <div class="related">Czytaj także: <a href="/x">Inny tekst</a></div>
                </article></main>
                <aside><h2>Najczęściej czytane</h2><ul><li>Coś innego</li></ul></aside>
                <form><input name="email"><button>Zapisz się do newslettera</button></form>
                <footer>© 2021 Nowy Kod</footer>
                </body></html>
                """, Format.HTML);
        assertThat(a.title()).isEqualTo("Microsoft kupuje Nuance");
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 4, 12));
        assertThat(a.author()).isEqualTo("Ewa Lis");
        assertThat(a.source()).isEqualTo("Nowy Kod");
        assertThat(a.body())
                .isEqualTo(
                        "Microsoft zapłaci 19,7 mld dolarów za Nuance.\n\nTo druga co do wielkości transakcja w historii firmy.");
    }

    @Test
    void htmlMetadataFallbacks() throws Exception {
        Article a = one("p.html", """
                <html><head><title>Tytuł z tagu – Portal</title><meta name="author" content="Piotr Zięba"></head>
                <body><div id="content"><time datetime="2019-05-06">6 maja</time><p>Treść artykułu.</p></div></body></html>
                """, Format.HTML);
        assertThat(a.title()).isEqualTo("Tytuł z tagu");
        assertThat(a.date()).isEqualTo(LocalDate.of(2019, 5, 6));
        assertThat(a.author()).isEqualTo("Piotr Zięba");
        assertThatThrownBy(() -> ArticleReader.read(
                        "e.html",
                        "<html><head><title>Pusto</title></head><body></body></html>".getBytes(StandardCharsets.UTF_8),
                        Format.HTML))
                .isInstanceOfSatisfying(
                        SkippedInputException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.EMPTY));
    }

    @Test
    void jsonLinesRecords() throws Exception {
        Article a = ArticleReader.readRecord(
                        "feeds/f.jsonl",
                        "{\"id\":\"r1\",\"title\":\"Tytuł\",\"body\":\"Akapit pierwszy.\\n\\nAkapit drugi.\",\"date\":\"2023-05-17\",\"source\":\"Agencja\"}")
                .articles()
                .get(0);
        assertThat(a.id()).isEqualTo("feeds/f.jsonl#r1");
        assertThat(a.body()).isEqualTo("Akapit pierwszy.\n\nAkapit drugi.");
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 5, 17));

        Article noId = ArticleReader.readRecord("f.jsonl", "{\"text\":\"Bez identyfikatora.\"}")
                .articles()
                .get(0);
        assertThat(noId.id()).matches("f\\.jsonl#[0-9a-f]{16}");
        assertThat(noId.title()).isEqualTo("Bez identyfikatora.");

        assertThatThrownBy(() -> ArticleReader.readRecord("f.jsonl", "{\"id\":1, \"text\": \"urwane"))
                .isInstanceOfSatisfying(
                        SkippedInputException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED));
        assertThatThrownBy(() -> ArticleReader.readRecord("f.jsonl", "[1,2]"))
                .isInstanceOfSatisfying(
                        SkippedInputException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED));
    }
}
