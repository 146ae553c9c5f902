package pl.lupa.search;

import java.io.IOException;
import java.nio.file.Path;
import pl.lupa.index.Fixtures;
import pl.lupa.testing.TestServer;

/** A small corpus with known companies, dollar amounts and dates, and its index. */
final class SearchFixture {

    /** The articles {@link #docs} writes. */
    static final int ARTICLES = 10;

    private SearchFixture() {}

    static Path docs(Path root) throws IOException {
        Fixtures.write(
                root,
                "2024/nvidia-przejecie.md",
                Fixtures.markdown(
                        "Nvidia przejmuje izraelski startup",
                        "2024-05-10",
                        "Nvidia zapłaci 2 mld dolarów za izraelski startup projektujący układy sieciowe. "
                                + "Transakcja wzmocni pozycję Nvidii w centrach danych."));
        Fixtures.write(
                root,
                "2024/nvidia-polska.md",
                Fixtures.markdown(
                        "Nvidia inwestuje w polski startup",
                        "2024-11-03",
                        "Nvidia zainwestuje 50 mln dolarów w polski startup z Krakowa. To pierwsza taka inwestycja Nvidii w Polsce."));
        Fixtures.write(
                root,
                "2023/microsoft-openai.md",
                Fixtures.markdown(
                        "Microsoft dokłada miliardy do OpenAI",
                        "2023-01-23",
                        "Microsoft zainwestuje w OpenAI 10 mld dolarów. Współpraca obu firm obejmie chmurę Azure."));
        Fixtures.write(
                root,
                "2023/microsoft-centrum.md",
                Fixtures.markdown(
                        "Centrum danych Microsoftu pod Warszawą",
                        "2023-06-01",
                        "Microsoft wyda 1 mld dolarów na centrum danych pod Warszawą. Źródła w firmie mówią o kolejnych inwestycjach."));
        Fixtures.write(
                root,
                "2022/google-kupuje.md",
                Fixtures.markdown(
                        "Google kupuje firmę od bezpieczeństwa",
                        "2022-03-15",
                        "Google przejmie firmę zajmującą się bezpieczeństwem za 999 mln dolarów. Płatności zbliżeniowe nie są częścią umowy."));
        Fixtures.write(
                root,
                "2022/skrypt.md",
                Fixtures.markdown(
                        "Luka w formularzu",
                        "2022-07-01",
                        "Badacze pokazali, że wpisanie <script>alert(1)</script> w polu formularza uruchamiało kod. "
                                + "Firma zapowiedziała inwestycję w bezpieczeństwo & testy."));
        Fixtures.write(
                root,
                "2021/samsung-inwestycje.md",
                Fixtures.markdown(
                        "Samsung rozważa inwestycje w Polsce",
                        "2021-09-09",
                        "Samsung rozważa inwestycje w Polsce. Wartość inwestycji to 3,5 mln zł, a każda inwestycja wymaga zgody zarządu."));
        Fixtures.write(
                root,
                "2020/laska.md",
                Fixtures.markdown(
                        "Laska marszałkowska na aukcji",
                        "2020-02-02",
                        "Zabytkowa laska trafiła na aukcję internetową."));
        Fixtures.write(
                root,
                "2020/laska-druga.md",
                Fixtures.markdown(
                        "Łaska rynku", "2020-02-03", "Inwestorzy zdani są na łaskę rynku, pisze komentator."));
        var longBody = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            longBody.append("To jest zdanie wypełniające numer ").append(i).append(" o rynku pracy. ");
        }
        longBody.append("Na samym końcu pojawia się kwantowy komputer.");
        Fixtures.write(
                root, "2019/dlugi.md", Fixtures.markdown("Bardzo długi tekst", "2019-04-04", longBody.toString()));
        return root;
    }

    static Path index(Path tmp) throws IOException {
        Path docs = docs(tmp.resolve("docs"));
        Path index = tmp.resolve("index");
        TestServer.index(docs, index);
        return index;
    }
}
