package pl.lupa.solr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import pl.lupa.index.IndexedArticle;

/**
 * A small corpus of Polish tech news written for these tests, as the index job hands articles to
 * ArticleSchema (and, through SolrDocuments, to Solr).
 */
final class Articles {

    private Articles() {}

    static final List<IndexedArticle> ALL = List.of(
            article(
                    "2024/microsoft-krakow.md",
                    "Microsoft inwestuje w Krakowie",
                    "2024-03-05",
                    "Microsoft zbuduje w Krakowie centrum danych za miliard dolarów. Źródła w firmie mówią o "
                            + "setkach miejsc pracy dla inżynierów.",
                    List.of("Microsoft"),
                    List.of(1_000_000_000L)),
            article(
                    "2024/google-warszawa.md",
                    "Google otwiera biuro w Warszawie",
                    "2024-05-10",
                    "Google otworzy w Warszawie biuro badawcze. Współpraca z Microsoftem nie jest planowana.",
                    List.of("Google", "Microsoft"),
                    List.of()),
            article(
                    "2023/centra-danych.md",
                    "Centra danych rosną w Polsce",
                    "2023-11-20",
                    "Nowe centra danych powstają w Polsce. Centrum danych w Warszawie kosztowało 300 mln dolarów.",
                    List.of(),
                    List.of(300_000_000L)),
            article(
                    "2023/nvidia.md",
                    "Nvidia kupuje startup",
                    "2023-02-14",
                    "Nvidia przejęła startup od sztucznej inteligencji za 50 mln dolarów. Nvidii zależy na "
                            + "inżynierach.",
                    List.of("Nvidia"),
                    List.of(50_000_000L)),
            article(
                    "2022/samsung.md",
                    "Samsung i Apple w sądzie",
                    "2022-06-01",
                    "Samsung pozwał Apple'a o patenty. Samsunga wspiera Google.",
                    List.of("Samsung", "Apple", "Google"),
                    List.of()),
            article(
                    "2022/platnosci.md",
                    "Płatności zbliżeniowe rosną",
                    "2022-09-09",
                    "Polacy coraz częściej płacą zbliżeniowo. Płatność zbliżeniowa to już norma w sklepach.",
                    List.of(),
                    List.of()),
            article(
                    "2021/bledy.md",
                    "Błędy w oprogramowaniu",
                    "2021-04-04",
                    "Programiści znaleźli błędy w systemie bankowym. Atak ransomware wykorzystał te błędy.",
                    List.of(),
                    List.of()),
            article(
                    "2021/laska.md",
                    "Łaska i laska",
                    "2021-01-15",
                    "Laska to nie łaska, choć bez znaków diakrytycznych wyglądają tak samo.",
                    List.of(),
                    List.of()),
            article(
                    "2020/ibm.md",
                    "IBM-u nowa strategia",
                    "2020-08-08",
                    "Strategia IBM-u zakłada chmurę hybrydową. Google'a to nie martwi, a Microsoftu tak.",
                    List.of("IBM", "Google", "Microsoft"),
                    List.of()),
            article(
                    "2020/chmura.md",
                    "Chmura w Krakowie i Warszawie",
                    "2020-12-12",
                    "Region chmury obliczeniowej w Warszawie i centrum danych w Krakowie kosztowały 2 mld dolarów.",
                    List.of(),
                    List.of(2_000_000_000L)));

    private static IndexedArticle article(
            String id, String title, String date, String body, List<String> companies, List<Long> usd) {
        return new IndexedArticle(
                id,
                id,
                "h-" + id,
                "c-" + id,
                title,
                LocalDate.parse(date),
                null,
                "Bajtel",
                null,
                body,
                companies,
                Map.of(),
                Map.of(),
                usd,
                "{}");
    }
}
