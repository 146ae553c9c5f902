package pl.lupa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ; ", nullValues = "-", textBlock = """
            Marta Wilk · 14 listopada 2024, 09:12 ; 2024-11-14 ; Marta Wilk
            Autor: Piotr Zieliński | 05.03.2025, 09:40 ; 2025-03-05 ; Piotr Zieliński
            Kamil Dudek, 13.06.2025 10:00 ; 2025-06-13 ; Kamil Dudek
            Opublikowano 14 maja 2024 15 maja 2024 przez Karolina Mazur ; 2024-05-14 ; Karolina Mazur
            Relację prowadzi Bartosz Lis · start 18.03.2025, 18:00 ; 2025-03-18 ; Bartosz Lis
            Igor Wawrzyniak, 21.08.2024 12:00 · 41 komentarzy ; 2024-08-21 ; Igor Wawrzyniak
            Warszawa, 29.06.2012, 10:15 ; 2012-06-29 ; -
            Opublikowano: 19.11.2024, 06:00 | Aktualizacja: 20.11.2024, 12:41 ; 2024-11-19 ; -
            Magdalena Ostrowska Aktualizacja: 13.03.2025, 09:00 Publikacja: 12.03.2025, 18:45 ; 2025-03-12 ; Magdalena Ostrowska
            Sylwia Jabłońska · 3 czerwca 2024 · Zaktualizowano: 04.06.2024 ; 2024-06-03 ; Sylwia Jabłońska
            Opublikowano: piątek, 28 marzec 2025 11:12 ; 2025-03-28 ; -
            wtorek, 12 listopada 2024 ; 2024-11-12 ; -
            Napisane przez Rafał Borkowski ; - ; Rafał Borkowski
            4 min czytania ; - ; -
            19:58 ; - ; -
            """)
    void bylinesAndDatelines(String line, String date, String author) {
        var byline = Bylines.parse(line);
        assertThat(byline).as(line).isPresent();
        assertThat(byline.get().date())
                .isEqualTo(java.util.Optional.ofNullable(date).map(LocalDate::parse));
        assertThat(byline.get().author()).isEqualTo(author);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1 lutego 2026 – firmy, których wartość sprzedaży w 2024 roku przekroczyła 200 mln zł,",
                "W Warszawie, 12 marca 2024 r. otwarto nowe biuro.",
                "Średnie wyniki pomiarów (Śródmieście, maj 2025)",
                "Vera Rubin w drugiej połowie 2026",
                "Kary są wysokie?",
                "janek_k 10.03.2021 11:20"
            })
    void sentencesWithDatesAreNoBylines(String line) {
        assertThat(Bylines.parse(line)).isEmpty();
    }

    @Test
    void aBareNameIsOneToFourCapitalisedWords() {
        assertThat(Bylines.isBareName("Agata Szulc")).isTrue();
        assertThat(Bylines.isBareName("Warszawa")).isFalse();
        assertThat(Bylines.isBareName("Czytaj bez limitu")).isFalse();
    }
}
