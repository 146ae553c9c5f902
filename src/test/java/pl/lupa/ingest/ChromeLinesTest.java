package pl.lupa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeLinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reklama | AD
            REKLAMA | AD
            Advertisement | AD
            Materiał partnera | AD
            Artykuł sponsorowany | AD
            Czytaj także: | RELATED
            Przeczytaj również | RELATED
            Najczęściej czytane | RELATED
            Możesz też polubić | RELATED
            Komentarze (12) | COMMENTS
            3 komentarze do „BLIK z rekordowym kwartałem” | COMMENTS
            Brak komentarzy: | COMMENTS
            Udostępnij: | SHARE
            Tagi | TAGS
            Newsletter Anteny | NEWSLETTER
            """)
    void labelsOfBoxes(String text, ChromeLines.Kind kind) {
        assertThat(ChromeLines.label(text)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reklama internetowa rośnie szybciej niż cały rynek",
                "Zobacz",
                "Co dalej?",
                "Kary są wysokie?",
                "Pobrania liczone w setkach tysięcy"
            })
    void headlinesAndSubheadingsAreNoLabels(String text) {
        assertThat(ChromeLines.label(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Czytaj także: Apple otwiera NFC w iPhone'ach. Co to oznacza dla polskich banków? | RELATED
            Słowa kluczowe: CERT Polska, NASK, phishing | TAGS
            Udostępnij: Facebook Twitter E-mail | SHARE
            Fot. Amazon / materiały prasowe | CREDIT
            Źródło: Ministerstwo Finansów | CREDIT
            Ilustracja: wygenerowano w Midjourney na potrzeby artykułu | CREDIT
            Dr Agnieszka Domańska. Fot. archiwum prywatne | CREDIT
            Strona programu w sklepie GOG. Źródło: GOG.com | CREDIT
            Rozmawiał: Michał Sowa | SIGNATURE
            — Karol Wiśniewski (@kwisniewski_sec) March 11, 2024 | POST_ATTRIBUTION
            Ten wpis ukazał się najpierw w czwartkowym newsletterze. Zapisz się, żeby dostawać go co tydzień. | NEWSLETTER
            Używamy plików cookie. Klikając „Akceptuj”, wyrażasz zgodę na ich użycie. | COOKIES
            Ta strona korzysta z ciasteczek, by serwis działał lepiej. | COOKIES
            """)
    void chromeLines(String line, ChromeLines.Kind kind) {
        assertThat(ChromeLines.of(line)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Źródło finansowania to przede wszystkim pieniądze publiczne: dotacja z budżetu państwa.",
                "Źródłem przychodów obu firm pozostają przede wszystkim licencje sprzedawane wydawcom.",
                "Fotografia stockowa przeżywa trudny okres.",
                "Grafika: VideoCore VII, obsługa dwóch monitorów 4K przy 60 Hz",
                "– Dla wielu osób to pierwszy kontakt z płaceniem telefonem – mówi Witold Jarosz.",
                "Branża przygotowuje się na koniec plików cookies stron trzecich, a reklamodawcy korzystają z danych.",
                "Ciasteczka na wylocie",
                "Polecamy zachować ostrożność przy płatnościach przez link.",
                "UODO przypomina, że zgoda na pliki cookies musi być dobrowolna i świadoma.",
                "Firma wysłała klientom newsletter z informacją o podwyżce."
            })
    void articleTextIsNoChrome(String line) {
        assertThat(ChromeLines.of(line)).isEmpty();
    }

    @Test
    void theInterviewersNameIsTheSignaturesName() {
        assertThat(ChromeLines.signature("Rozmawiała: Anna Maria Nowak")).contains("Anna Maria Nowak");
        assertThat(ChromeLines.signature("Rozmawiał z nami długo.")).isEmpty();
    }
}
