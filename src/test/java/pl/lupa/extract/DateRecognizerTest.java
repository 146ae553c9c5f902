package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRecognizerTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 15);

    private final Lemmas lemmas = new Lemmas();
    private final DateRecognizer dates = new DateRecognizer(lemmas);
    private final MoneyRecognizer money = new MoneyRecognizer(lemmas);

    private List<DateMention> find(String text, LocalDate published) {
        Tokens tokens = Tokens.of(text);
        return dates.find(tokens, published, money.find(tokens));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ustawa wejdzie w życie 15 października 2024 r. w całości.  | 15 października 2024    | 2024-10-15
            Przepisy obowiązują od 1 stycznia 2025.                    | od 1 stycznia 2025      | 2025-01-01
            Ustawę uchwalono 12.09.2024 i czeka na podpis.             | 12.09.2024              | 2024-09-12
            Raport opublikowany 2024-09-12 pokazuje spadek.            | 2024-09-12              | 2024-09-12
            W marcu 2024 Nvidia pokazała układ.                        | W marcu 2024            | 2024-03
            Od lutego 2023 spółka tnie koszty.                         | Od lutego 2023          | 2023-02
            Sprzedaż ruszy w kwietniu 2025.                            | w kwietniu 2025         | 2025-04
            Grudzień 2023 przyniósł rekord.                            | Grudzień 2023           | 2023-12
            Premiera przesunięta na maj 2026.                          | na maj 2026             | 2026-05
            Maj 2024 był rekordowy.                                    | Maj 2024                | 2024-05
            W 2023 roku gracze wydali rekordową kwotę.                 | W 2023 roku             | 2023
            Spółka weszła na giełdę w 2021 r. i straciła.              | w 2021 r.               | 2021
            Od marca 2023 r. spółka tnie koszty.                       | Od marca 2023           | 2023-03
            Dokument z 12.09.2024 r. trafił do sądu.                   | z 12.09.2024            | 2024-09-12
            Od 2019 spółka podwoiła liczbę klientów.                   | Od 2019                 | 2019
            Do 2030 operatorzy mają zapewnić zasięg.                   | Do 2030                 | 2030
            W 2026 Intel ma uruchomić produkcję.                       | W 2026                  | 2026
            Silnik opatentowano w 1888 roku.                           | w 1888 roku             | 1888
            Umowę podpisano 29 lutego 2024 w Warszawie.                | 29 lutego 2024          | 2024-02-29
            """)
    void readsAbsoluteDates(String text, String mention, String value) {
        assertThat(find(text, null)).containsExactly(new DateMention(mention, value));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            W marcu tego roku spółka zwolniła 200 osób.             | 2024-10-15 | W marcu tego roku         | 2024-03
            We wrześniu tego roku ruszy pilotaż.                    | 2024-08-21 | We wrześniu tego roku     | 2024-09
            W listopadzie zeszłego roku akcje podrożały.            | 2025-01-10 | W listopadzie zeszłego roku | 2024-11
            W grudniu ubiegłego roku podpisano kontrakt.            | 2024-06-03 | W grudniu ubiegłego roku  | 2023-12
            Do grudnia ubiegłego roku skorzystało 2 mln klientów.   | 2025-01-15 | Do grudnia ubiegłego roku | 2024-12
            W tym roku spółki wyemitowały mniej akcji.              | 2024-09-09 | W tym roku                | 2024
            W ubiegłym roku rynek urósł.                            | 2025-02-11 | W ubiegłym roku           | 2024
            W zeszłym roku Ubisoft zamknął studia.                  | 2025-12-30 | W zeszłym roku            | 2024
            W przyszłym roku ruszy aukcja.                          | 2024-12-20 | W przyszłym roku          | 2025
            W październiku spółka obniżyła prognozy.                | 2024-10-15 | W październiku            | 2024-10
            W grudniu sprzedaż wzrosła.                             | 2024-01-10 | W grudniu                 | 2023-12
            Od stycznia klienci płacą więcej.                       | 2024-01-10 | Od stycznia               | 2024-01
            Do maja sklep sprzedał więcej konsol.                   | 2024-08-14 | Do maja                   | 2024-05
            Spółka ogłosiła wyniki 15 marca.                        | 2024-03-10 | 15 marca                  | 2023-03-15
            Aktualizacja pojawiła się 20 maja rano.                 | 2024-05-20 | 20 maja                   | 2024-05-20
            Ostatnia sesja odbyła się 29 lutego.                    | 2025-03-01 | 29 lutego                 | 2024-02-29
            """)
    void resolvesRelativeDatesAgainstThePublicationDate(
            String text, LocalDate published, String mention, String value) {
        assertThat(find(text, published)).containsExactly(new DateMention(mention, value));
    }

    @Test
    void leavesRelativeDatesOutWithoutAPublicationDate() {
        assertThat(find(
                        "W marcu tego roku spółka zwolniła część zespołu, a w 2023 roku zatrudniała 500 osób. "
                                + "W tym roku, w ubiegłym roku, w listopadzie i 20 maja nic się nie stało.",
                        null))
                .containsExactly(new DateMention("w 2023 roku", "2023"));
    }

    @Test
    void readsMonthNamesInEveryCase() {
        assertThat(find(
                        "W styczniu, od lutego, w marcu, przed kwietniem, w maju, od czerwca, w lipcu, do sierpnia, "
                                + "we wrześniu, od października, w listopadzie, w grudniu.",
                        PUBLISHED))
                .extracting(DateMention::value)
                .containsExactly(
                        "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08",
                        "2024-09", "2024-10", "2023-11", "2023-12");
    }

    @Test
    void rangesShareTheYearOfTheirEnd() {
        assertThat(find("Od 1 stycznia do 31 marca 2023 r. oraz od marca do maja 2022 trwały testy.", null))
                .containsExactly(
                        new DateMention("Od 1 stycznia", "2023-01-01"),
                        new DateMention("do 31 marca 2023", "2023-03-31"),
                        new DateMention("od marca", "2022-03"),
                        new DateMention("do maja 2022", "2022-05"));
    }

    @Test
    void keepsOrderOfAppearance() {
        assertThat(find("Od czerwca 2023 do sierpnia 2024 kurs wzrósł, a od 01.01.2024 do 30.06.2024 spadał.", null))
                .extracting(DateMention::value)
                .containsExactly("2023-06", "2024-08", "2024-01-01", "2024-06-30");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "W poniedziałek akcje spadły, a wczoraj wzrosły.",
                "W trzecim kwartale przychody wzrosły o 9 proc.",
                "W latach 90. Comarch był pionierem.",
                "Od 5 lat spółka inwestuje w logistykę.",
                "W zakładzie pracuje 2023 pracowników.",
                "Maja Kowalska uważa, że wyceny są zawyżone.",
                "Piotr Marzec został dyrektorem, a Tomasz Lipiec zrezygnował.",
                "Rzecznik Paweł Grudzień nie odpowiedział.",
                "Od 2000 zł zaczynają się ceny smartfonów.",
                "Serwer obsługuje do 2048 GB pamięci.",
                "Wersja 2024.1 środowiska wprowadza asystenta.",
                "Sesja rozpoczęła się o godz. 9:00, a spadki pogłębiły się po 15:30.",
                "Ekran ma rozdzielczość 2160 na 3840 pikseli.",
                "W przyszłym tygodniu spółka przedstawi strategię.",
                "Pierwsza połowa roku była trudna, a rok do roku sprzedaż spadła.",
                "Ustawę uchwalono 31.09.2024 według błędnej notatki.",
                "Akcje kosztowały rok temu dwa razy mniej.",
            })
    void ignoresWhatIsNotADate(String text) {
        assertThat(find(text, PUBLISHED)).isEmpty();
    }

    @Test
    void yearMonthIsSpelledLikeTheFormatter() {
        for (int year : new int[] {-12, 0, 7, 99, 999, 1000, 2024, 9999, 10000}) {
            for (int month = 1; month <= 12; month++) {
                assertThat(DateRecognizer.yearMonth(year, month))
                        .isEqualTo(String.format(Locale.ROOT, "%04d-%02d", year, month));
            }
        }
    }
}
