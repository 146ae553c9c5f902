package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyRecognizerTest {

    private static final EntityExtractor BUNDLED = new EntityExtractor(Gazetteer.bundled());

    private static List<String> companies(String text) {
        return BUNDLED.extract(text, LocalDate.of(2024, 10, 15)).companies();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft ogłosił wyniki.                       | Microsoft
            Akcje Microsoftu zdrożały.                      | Microsoft
            Regulator przyjrzy się Microsoftowi.            | Microsoft
            Umowa z Microsoftem jest gotowa.                | Microsoft
            Pracuje w Microsofcie od lat.                   | Microsoft
            Nvidia pokazała nowy układ.                     | Nvidia
            Wartość Nvidii rośnie.                          | Nvidia
            Inwestorzy kochają Nvidię.                      | Nvidia
            Z Nvidią konkurują inni.                         | Nvidia
            Google pokazał wyniki.                          | Google
            Sąd ukarał Google'a.                            | Google
            Sąd ukarał Google’a.                            | Google
            Rozmowy z Googlem trwają.                       | Google
            CD Projekt wydał grę.                           | CD Projekt
            Akcje CD Projektu spadły.                       | CD Projekt
            Kurs akcji Mety wzrósł.                         | Meta
            Komisja oskarżyła Metę o naruszenia.            | Meta
            Regulator rozmawia z Metą.                      | Meta
            Zysk Tesli spadł.                               | Tesla
            Rozmawiają z Teslą o bateriach.                 | Tesla
            Polski oddział IBM-u rośnie.                    | IBM
            Orange Polska zwiększył przychody.              | Orange Polska
            Akcje 11 bit studios spadły.                    | 11 bit studios
            Mistral AI pozyskał finansowanie.               | Mistral AI
            Orlen buduje stacje ładowania.                  | Orlen
            Zarząd Orlenu zatwierdził strategię.            | Orlen
            Umowa z Orlenem obejmuje chmurę.                | Orlen
            PKN Orlen kupił udziały w spółce.               | Orlen
            """)
    void recognisesCaseFormsOfDesignExamples(String text, String company) {
        assertThat(companies(text)).containsExactly(company);
    }

    @Test
    void listsDistinctCanonicalNamesInOrderOfFirstMention() {
        assertThat(companies("Z Nvidią konkurują AMD i Intel, a także Google'a oraz Intela interesuje Nvidia."))
                .containsExactly("Nvidia", "AMD", "Intel", "Google");
    }

    @Test
    void prefersTheLongestName() {
        assertThat(companies("Francuski Orange kontroluje Orange Polska.")).containsExactly("Orange", "Orange Polska");
        assertThat(companies("Amazon Web Services zainwestuje w Niemczech.")).containsExactly("AWS");
        assertThat(companies("xAI połączyło się z X Corp., właścicielem serwisu X."))
                .containsExactly("xAI", "X Corp.");
    }

    @Test
    void aliasesReportTheCanonicalName() {
        assertThat(companies("Meta Platforms zwiększy nakłady.")).containsExactly("Meta");
        assertThat(companies("Akcjonariusze LiveChat Software zdecydowali o zmianie nazwy."))
                .containsExactly("Text");
        assertThat(companies("Grupa Polsat Plus zwiększyła liczbę klientów.")).containsExactly("Cyfrowy Polsat");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sam Altman przyznał w wywiadzie, że model będzie większy.",
                "Satya Nadella odwiedził Warszawę.",
                "Nikola Tesla opatentował silnik indukcyjny.",
                "Muzeum poświęcone Nikoli Tesli otwarto w Belgradzie.",
                "Pan Tesla od lat kolekcjonuje radioodbiorniki.",
                "Cewka Tesli była ozdobą wystawy.",
                "ChatGPT, Windows, iPhone i Xbox to produkty, nie firmy.",
                "Meta wyścigu znajdowała się przy stadionie.",
                "Zawodnicy przekroczyli metę, a na mecie czekała meta.",
                "Na ekranie pojawił się napis „Press Play to start”.",
                "Play to earn stracił popularność.",
                "Pierwsza część sonaty zapisana jest w tempie allegro.",
                "Wycinka lasów w Amazonii przyspieszyła.",
                "Ekspedycja spłynęła Amazonką aż do Manaus.",
                "Nowy Jork, nazywany Big Apple, przyciąga start-upy.",
                "Serial jest dostępny w serwisie Disney Plus.",
                "Spektakl przygotowała Opera Narodowa w Warszawie.",
                "Kierowca wsiadł do samochodu marki Opel Vectra.",
                "Usain Bolt pobił rekord świata.",
                "Michael Dell sprzedał część swoich akcji.",
                "Honor nie pozwolił mu przyjąć łapówki.",
                "Tylko trzy z dziesięciu firm wdrożyły politykę.",
                "Meta-analiza objęła 40 badań.",
                "„Text me when you land” – napisała.",
                "Wiza do USA kosztuje 185 dolarów.",
            })
    void ignoresPeopleProductsAndOrdinaryWords(String text) {
        assertThat(companies(text)).isEmpty();
    }

    @Test
    void ambiguousNamesNeedEvidence() {
        // capitalised inside a sentence
        assertThat(companies("W kwietniu Meta udostępniła model Llama 3.")).containsExactly("Meta");
        // a company word before the name
        assertThat(companies("Spółka Block zwolni pracowników.")).containsExactly("Block");
        // a legal form after the name
        assertThat(companies("Snowflake Inc. zwolnił część pracowników.")).containsExactly("Snowflake");
        // the verb of a company acting
        assertThat(companies("Allegro zadebiutowało na giełdzie.")).containsExactly("Allegro");
        // an apposition
        assertThat(companies("Amazon, do którego należy wiele marek, wycofał się z transakcji."))
                .containsExactly("Amazon");
        // listed next to a company that is certain
        assertThat(companies("Zoom i Slack wprowadzają asystentów AI.")).containsExactly("Zoom", "Slack");
        // a form only a company takes
        assertThat(companies("Klienci Playa dostaną światłowód.")).containsExactly("Play");
        // another mention of the same company elsewhere in the text
        assertThat(companies("Text zaprezentował produkt. Przychody Textu wzrosły."))
                .containsExactly("Text");
    }

    @Test
    void aCapitalisedWordBeforeTheNameIsNotAlwaysPartOfIt() {
        assertThat(companies("W Polsce Orange ma 10 mln klientów.")).containsExactly("Orange");
        assertThat(companies("Kapitalizacja Apple przekroczyła 3 bln USD.")).containsExactly("Apple");
        assertThat(companies("Francuski Orange kontroluje spółkę.")).containsExactly("Orange");
    }

    @Test
    void anAmbiguousNameRightAfterACompanysNameIsItsProduct() {
        assertThat(companies("Sklep Google Play usunął aplikację.")).containsExactly("Google");
        assertThat(companies("Serial trafi do Amazon Prime Video.")).containsExactly("Amazon");
        assertThat(companies("Orange Polska i Play podpisały umowę.")).containsExactly("Orange Polska", "Play");
        // the rule over the gazetteer: every ambiguous name after every certain one
        List<GazetteerEntry> entries = Gazetteer.bundled().entries();
        var certain = entries.stream()
                .filter(e -> !e.ambiguous()
                        && !e.productName()
                        && Character.isUpperCase(e.name().charAt(0)))
                .toList();
        var doubtful = entries.stream().filter(GazetteerEntry::ambiguous).toList();
        int pairs = 0;
        for (GazetteerEntry a : certain) {
            for (GazetteerEntry b : doubtful) {
                String joined = a.name() + " " + b.name();
                if (entries.stream()
                        .anyMatch(
                                e -> e.name().startsWith(joined) || e.aliases().contains(joined))) {
                    continue; // a longer name of its own ("Orange Polska")
                }
                assertThat(companies("Aplikacja " + joined + " działa dobrze."))
                        .as(joined)
                        .doesNotContain(b.name())
                        .contains(a.name());
                pairs++;
            }
        }
        assertThat(pairs).isGreaterThan(5000);
    }

    @Test
    void aFormerNameIsReportedWhenTheTextUsesNoOther() {
        var twitter = BUNDLED.extract("W 2015 roku Twitter wydłużył wpisy. Akcje Twittera wzrosły.", null);
        assertThat(twitter.companies()).containsExactly("X Corp.");
        assertThat(twitter.formerNames()).containsExactly(java.util.Map.entry("X Corp.", "Twitter"));
        // an inflected former name is the former name
        assertThat(BUNDLED.extract("Wyniki Twittera rozczarowały.", null).formerNames())
                .containsEntry("X Corp.", "Twitter");
        // a text that uses the current name too speaks of the company as it is now
        var both = BUNDLED.extract("X Corp., dawniej Twitter, zmienia regulamin.", null);
        assertThat(both.companies()).containsExactly("X Corp.");
        assertThat(both.formerNames()).isEmpty();
        // every former name of the gazetteer, alone in a sentence, is its company under that name
        int formers = 0;
        for (GazetteerEntry entry : Gazetteer.bundled().entries()) {
            for (String former : entry.former()) {
                var found = BUNDLED.extract("Spółka " + former + " ogłosiła wyniki.", null);
                assertThat(found.companies()).as(former).containsExactly(entry.name());
                assertThat(found.formerNames()).as(former).containsEntry(entry.name(), former);
                formers++;
            }
        }
        assertThat(formers).isGreaterThanOrEqualTo(15);
    }

    @Test
    void generatedFormsAtTheStartOfASentenceNeedSupportOnlyWhenTheyCouldBeWords() {
        assertThat(companies("Anthropicowi udało się pozyskać kapitał.")).containsExactly("Anthropic");
        assertThat(companies("Cloudflare'owi zależy na klientach.")).containsExactly("Cloudflare");
    }

    @Test
    void matchesWholeTokensOnly() {
        assertThat(companies("Artificial Intelligence i Applet nie są firmami, podobnie jak Microsoftware."))
                .isEmpty();
    }

    @Test
    void headlinesInCapitalsStillMatch() {
        assertThat(companies("MICROSOFT I NVIDIA OGŁASZAJĄ WSPÓŁPRACĘ")).containsExactly("Microsoft", "Nvidia");
    }

    @Test
    void generatesCaseFormsForNamesWithoutAFormsColumn() {
        Gazetteer gazetteer = Gazetteer.fromTsv("""
                Acmesoft
                Zetka
                Vortia
                Glimbr
                QXT
                Pingle
                Dwarf Polska
                Nowa Poczta
                """);
        EntityExtractor extractor = new EntityExtractor(gazetteer);
        String text = "Pracowałem w Acmesofcie, potem z Acmesoftem i dla Acmesoftu. Akcje Zetki, umowa z Zetką, "
                + "w Zetce. Wyniki Vortii i rozmowy z Vortią. Umowa z Glimbrem, praca w Glimbrze. "
                + "Akcje QXT-u. Przejęcie Pingle'a. Wyniki Dwarf Polski i Dwarf Polsce. Klienci Nowej Poczty i umowa z Nową Pocztą.";
        assertThat(extractor.extract(text, null).companies())
                .containsExactly(
                        "Acmesoft", "Zetka", "Vortia", "Glimbr", "QXT", "Pingle", "Dwarf Polska", "Nowa Poczta");
    }
}
