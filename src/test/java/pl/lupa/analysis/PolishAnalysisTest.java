package pl.lupa.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import morfologik.stemming.DictionaryLookup;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins the exact terms of the index-side chain: the spec of Polish analysis. */
class PolishAnalysisTest {

    private static final Analyzer LEMMAS = LupaAnalyzers.lemmas();

    @AfterAll
    static void close() {
        LEMMAS.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            kotem	kot
            kotów	kot
            zamki	zamek
            zamku	zamek
            domy	dom
            dzieci	dziecko
            dziećmi	dziecko
            inwestycja	inwestycja
            inwestycję	inwestycja
            inwestycji	inwestycja
            inwestycjami	inwestycja
            centrum	centrum
            centra	centra|centrum|center
            serwerów	serwer
            serwerami	serwer
            robi	robić
            zrobił	zrobić
            zrobiła	zrobić
            robiliśmy	robić
            szybszy	szybki
            najszybszy	szybki
            nowymi	nowy|nowa|nowe
            Kraków	kraków|krak
            Krakowie	krak|kraków
            Krakowa	kraków|krak
            Warszawie	warszawa|warszaw
            Gdańsk	gdańsk|gdansk
            Polsce	polska|polsk
            Microsoft	microsoft
            Microsoftu	microsoft
            Microsoftem	microsoft
            Microsofcie	microsoft
            Nvidia	nvidia|nvidi
            Nvidii	nvidii|nvidi
            Nvidię	nvidie|nvidi
            Nvidią	nvidia|nvidi
            Google	google|googl
            Google'a	googl
            Google’a	googl
            Googlem	googl
            Google'owi	googl
            IBM	ibm
            IBM-u	ibm
            IBM-owi	ibm
            Apple	apple|appl
            Apple'a	appl
            Intela	intel
            Intelem	intel
            Samsunga	samsung
            Samsungiem	samsung
            Suleyman	suleyman
            Suleymana	suleymana|suleyman
            Suleymanem	suleyman
            startupów	startup
            startupami	startup
            chatbotów	chatbot
            chatboty	chatboty|chatbot
            OpenAI	openai
            TSMC	tsmc
            ChatGPT	chatgpt
            DeepSeeka	deepseeka|deepseek
            CrowdStrike'a	crowdstrik
            CrowdStrike	crowdstrike|crowdstrik
            Amazonu	amazonu|amazon
            Amazonem	amazon
            Ubera	ubera|uber
            Tesli	tesla
            Teslą	tesla
            Mety	meta
            Metą	meta
            Altmana	altman
            2024	2024
            6,6	6,6
            COVID-19	covid 19
            współpracy	współpraca
            źródła	źródło
            błędy	błąd
            płatności	płatność
            zbliżeniowe	zbliżeniowy
            łaska	łaska|łaski
            """)
    void indexTerms(String form, String expected) {
        assertThat(TermPrinter.indexTerms(LEMMAS, form)).isEqualTo(expected);
    }

    @Test
    void stopWordsLeaveAGapAndTermsKeepTheirPositions() {
        assertThat(TermPrinter.indexTerms(LEMMAS, "Microsoft w Polsce i na świecie"))
                .isEqualTo("microsoft polska|polsk świat");
    }

    @Test
    void foreignNamesMeetTheirCaseForms() {
        for (var forms : List.of(
                List.of("Microsoft", "Microsoftu", "Microsoftowi", "Microsoftem", "Microsofcie"),
                List.of("Nvidia", "Nvidii", "Nvidię", "Nvidią"),
                List.of("Google", "Google'a", "Googlem"),
                List.of("Suleyman", "Suleymana"),
                List.of("IBM", "IBM-u"),
                List.of("startup", "startupów"),
                List.of("chatbot", "chatbotów"))) {
            var base = terms(forms.get(0));
            for (String form : forms) {
                assertThat(terms(form))
                        .as(form + " shares a term with " + forms.get(0))
                        .containsAnyElementsOf(base);
            }
        }
    }

    /** The fallback only sees words the dictionary lacks: known words get exactly Morfologik's lemmas. */
    @Test
    void fallbackLeavesDictionaryWordsAlone() {
        var lookup = new DictionaryLookup(PolishDictionary.morfologik());
        for (String word : List.of(
                "ciasteczka",
                "inwestorzy",
                "fabryki",
                "pracownikom",
                "chmurze",
                "sieci",
                "operatorzy",
                "rządowi",
                "sztucznej",
                "inteligencji",
                "firmą",
                "miliardów",
                "dolarów",
                "układy",
                "produkcję",
                "spółki")) {
            var morfologik = new TreeSet<String>();
            lookup.lookup(word)
                    .forEach(wd -> morfologik.add(wd.getStem().toString().toLowerCase(Locale.ROOT)));
            assertThat(morfologik).as(word + " is in the dictionary").isNotEmpty();
            assertThat(terms(word)).as(word).isEqualTo(morfologik);
        }
    }

    @Test
    void exactChainKeepsWrittenForms() {
        try (Analyzer exact = LupaAnalyzers.exact()) {
            assertThat(TermPrinter.indexTerms(exact, "Inwestycję w Google’a")).isEqualTo("inwestycję google'a");
        }
    }

    private static TreeSet<String> terms(String form) {
        return new TreeSet<>(Arrays.asList(TermPrinter.indexTerms(LEMMAS, form).split("[| ]")));
    }
}
