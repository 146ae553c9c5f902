package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of discovery, one class of text at a time. How well they do together is measured on
 * the passages of {@code DiscoveryEvaluationTest}.
 */
class CompanyDiscoveryTest {

    private static EntityExtractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = new EntityExtractor(Gazetteer.bundled());
    }

    private static List<String> discovered(String text) {
        return discovered(text, DiscoveryMemory.NONE);
    }

    private static List<String> discovered(String text, DiscoveryMemory memory) {
        return extractor.extract(text, LocalDate.of(2025, 3, 1), memory).discovered().stream()
                .map(DiscoveredCompany::name)
                .toList();
    }

    @Test
    void companiesOutsideTheGazetteerJoinTheListedOnesInTextOrder() {
        var entities = extractor.extract(
                "Microsoft zatrudnił większość zespołu Inflection, a OpenAI rozmawia z funduszem inwestycyjnym MGX"
                        + " z Abu Zabi o kolejnym finansowaniu.",
                LocalDate.of(2024, 3, 20));
        assertThat(entities.companies()).containsExactly("Microsoft", "Inflection AI", "OpenAI", "MGX");
        assertThat(entities.discovered()).extracting(DiscoveredCompany::name).containsExactly("MGX");
        assertThat(entities.discovered().get(0).evidence()).startsWith("company noun");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Japońska spółka Rapidus otworzyła linię pilotażową. W Rapidusie pracuje 900 osób. | Rapidus
            Turecka spółka Getir wycofała się z Niemiec. Przejęcie Getira przez fundusz ogłoszono w lipcu. | Getir
            Start-up Lambda pozyskał 480 mln dolarów. Klienci Lambdy korzystają z kart Nvidii. | Lambda
            Akcje Kwanteksu podrożały o 6 proc. po wygranym przetargu. | Kwantex
            Tydzień temu inwestorzy przejęli Sfinksa za 40 mln złotych. | Sfinks
            Grupa Azoty wstrzymała produkcję nawozów z powodu cen gazu. | Grupa Azoty
            Firma Kwantex wstrzymała produkcję nawozów z powodu cen gazu. | Kwantex
            """)
    void everyFormOfANameIsOneValueInTheNominative(String text, String name) {
        assertThat(discovered(text)).containsExactly(name);
    }

    /** One sentence for each kind of evidence that needs no company noun before the name. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tydzień temu inwestorzy przejęli Kotwicę za 40 mln dolarów. | Kotwica
            Kalifornijski d-Kwant pozyskał 110 mln dolarów na nowe układy. | d-Kwant
            Chipy do wnioskowania projektują Nvidia, Groq i d-Kwant. | d-Kwant
            Microsoft zainwestuje 1,5 mld dolarów w K77, grupę technologiczną z Abu Zabi. | K77
            Akcje Zorvexu podrożały po tej informacji o 20 proc. | Zorvex
            Z narzędzi Zorvexu korzystają sklepy z odzieżą. | Zorvex
            Zorvex w gronie najcenniejszych start-upów w Europie. | Zorvex
            Analitycy uważają, że Zorvex jest jednym z najszybciej rosnących fintechów. | Zorvex
            Zorvex jako pierwszy ubezpieczyciel w Polsce likwiduje szkody przez czat. | Zorvex
            Ofertę przejęcia odrzuciło KwantiksAI. | KwantiksAI
            Dostawca chmury GPU Zorvex rozmawia z bankami o kredycie. | Zorvex
            Zorvex wycofuje się z trzech rynków i zwalnia 300 pracowników. | Zorvex
            Zorvex nie może wysyłać chipów ze swoich zakładów w Chinach. | Zorvex
            Zorvexowi przybywa klientów: z jego chmury korzysta coraz więcej firm. | Zorvex
            Rynek dzielą spółki Zorvex i Google. | Zorvex
            Wielka Brytania podpisała z Zorvexem umowę na badania szczepionek. | Zorvex
            """)
    void evidenceWithoutACompanyNounBeforeTheName(String text, String name) {
        assertThat(discovered(text)).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Samsung SDI i Kwantum Bank tracą udziały w rynku baterii. | Kwantum Bank
            Kwantum Robotics GmbH z Metzingen pozyskała 120 mln euro. | Kwantum Robotics
            Zamieszanie na rynku wywołała firma LU Polska. | LU Polska
            Sony Music i Kwantum Music Group pozwały start-up. | Kwantum Music Group
            Walne zgromadzenie Kotwicy S.A. zatwierdziło dywidendę. | Kotwica
            Hyundai Borlak, producent pociągów, otworzy serwis w Gdańsku. | Hyundai Borlak
            Akcje Borlaka, producenta pociągów, podrożały o 5 proc. | Borlak
            Czeski operator pocztowy Zlatá Post otworzył w Polsce nowe punkty. | Zlatá Post
            Klienci Alior Banku nie mogli się zalogować, a Alior Bank przeprasza. | Alior Bank
            Autor pisał: „Wreszcie pozyskała dla nas nowego klienta”. |
            Arbitra wyznaczają w drodze porozumienia przez Strony. |
            Nowsze narzędzie DAX przysłuchuje się rozmowie lekarza z pacjentem. |
            Gra pozostaje w sprzedaży w sklepie Xbox. |
            Laboratorium Sztucznej Inteligencji na uczelni otrzymało nowy klaster. |
            Ośrodek inżynierski spółki działa obok Londynu i Nowego Jorku. |
            """)
    void namesHaveTheirWholeExtentAndCasualCapitalsAreNoNames(String text, String expected) {
        assertThat(discovered(text)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Shield AI, twórca oprogramowania Kwantiks, jest wyceniany na 5 mld dolarów. | Shield AI
            UOKiK zgodził się na przejęcie sieci przez inwestora z Czech. |
            Zorvex przekonuje, że otwarte modele zdobędą klientów na rynku. |
            Minister podpisał z Kowalskim umowę o pracę. |
            Klienci Kowalskiego dostali zwrot pieniędzy. |
            """)
    void whatANameOwnsOrHowItIsWrittenDoesNotMakeEveryNameACompany(String text, String expected) {
        assertThat(discovered(text)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void aCompanyNounInThePluralCountsForEveryNameOfTheListAfterIt() {
        assertThat(discovered("W rundzie wzięły udział fundusze Kwantum Ventures, Zorvex i Borlak."))
                .containsExactly("Kwantum Ventures", "Zorvex", "Borlak");
        assertThat(discovered("Firmom produkującym ogniwa, Zorveksowi i Borlakowi, zabrakło litu."))
                .as("a participle modifies the noun as an adjective does")
                .containsExactly("Zorvex", "Borlak");
        assertThat(discovered("Twórcy wektorowych baz danych – Kwantix, Zorvex i Borlak – obniżają ceny."))
                .as("a plural of makers before a dash")
                .containsExactly("Kwantix", "Zorvex", "Borlak");
        assertThat(discovered("Na rynku są już europejskie firmy SaaS.")).isEmpty();
    }

    /** Polish names built on a company noun: the head and its adjectives agree in the nominative. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministerstwo współpracuje z Polską Wytwórnią Papierów Wartościowych przy dowodach. | Polska Wytwórnia Papierów Wartościowych
            Z usług Operatora Chmury Krajowej korzystają urzędy. | Operator Chmury Krajowej
            Z Polskim Światłowodem Otwartym umowy podpisało kilkunastu operatorów. | Polski Światłowód Otwarty
            W skład Polskiej Grupy Zbrojeniowej wchodzi kilkadziesiąt spółek. | Polska Grupa Zbrojeniowa
            Pasażerowie Kolei Mazowieckich płacą zbliżeniowo. | Koleje Mazowieckie
            Zarząd Śląskich Elektrowni Wiatrowych ogłosił przetarg na turbiny. | Śląskie Elektrownie Wiatrowe
            Mazurskim Kolejom Wąskotorowym zabrakło wagonów na sezon. | Mazurskie Koleje Wąskotorowe
            Z Podlaskimi Sieciami Ciepłowniczymi umowę podpisało miasto. | Podlaskie Sieci Ciepłownicze
            Narodowy Fundusz Zdrowia podpisał umowę z ministerstwem. |
            Urząd Komunikacji Elektronicznej rozstrzygnął aukcję. |
            """)
    void aPolishNameIsACompanysByItsHeadNoun(String text, String expected) {
        assertThat(discovered(text)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    /** The nominative of an adjective in each gender is a form the dictionary gives that adjective. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"polski", "krajowy", "zbrojeniowy", "tani", "głęboki", "drogi", "otwarty", "mazowiecki"})
    void adjectivesAgreeInEveryGender(String lemma) {
        var lemmas = new Lemmas();
        for (String gender : List.of("f", "n")) {
            String form = PolishCompanyNames.adjectiveNominative(lemma, gender);
            var tokens = Tokens.of(form);
            assertThat(lemmas.readings(tokens, 0)).as(form).anySatisfy(r -> {
                assertThat(r.lemma()).isEqualTo(lemma);
                assertThat(r.alternatives())
                        .anySatisfy(f -> assertThat(String.join(":", f))
                                .contains("sg:nom")
                                .contains(gender));
            });
        }
    }

    @Test
    void aHeadingEndsTheSentenceItsFirstWordOpens() {
        assertThat(discovered("## Zorvex wciąż pochłania miliardy\n\nInwestorzy naciskali na zarząd."))
                .isEmpty();
        assertThat(discovered("Zorvex wciąż pochłania miliardy, a inwestorzy naciskają na zarząd."))
                .containsExactly("Zorvex");
    }

    @Test
    void aPluralOfANameTheCorpusKnowsIsThatCompany() {
        var memory = CorpusMemory.empty();
        memory.learn(extractor.extract("Japońska spółka Zorvex otworzyła linię.", LocalDate.of(2025, 1, 1), memory));
        assertThat(discovered("Japonia chce mieć więcej Zorvexów.", memory)).containsExactly("Zorvex");
    }

    @Test
    void aFullNameAndTheShortNameTheTextUsesAfterAreOneCompany() {
        assertThat(discovered("Amerykańska spółka Nuance Communications rozwija rozpoznawanie mowy."
                        + " Przejęcie Nuance zamknięto w marcu."))
                .containsExactly("Nuance");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prezes spółki, Beata Nowicka, zapowiedziała debiut na giełdzie.
            Gubernator Teksasu Greg Abbott pojawił się na otwarciu fabryki.
            Operator filmowy Jan Kowal pracował na planie serialu.
            Jensen Huang pokazał nowe układy. Huang zapowiedział też przejęcie producenta oprogramowania.
            """)
    void peopleAreNotCompanies(String text) {
        assertThat(discovered(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chmura Azure Microsoftu rośnie szybciej niż AWS.
            Układy H200 i B200 kupują największe chmury, a akceleratora MI300 spodziewamy się w czerwcu.
            Zarządzający funduszem pracuje w jednym z warszawskich TFI.
            Więcej pracy czeka firmy HR-owe i banki.
            Startup będzie korzystał z chmury Google.
            Twórca Kwantiksa pozyskał 6,6 mld dolarów przy wycenie 157 mld dolarów.
            Korzystają z nich twórcy audiobooków, studia gier i wydawcy.
            Jeśli zgodzą się na to regulatorzy, firma zyska dostęp do rynku.
            """)
    void productsKindsAndWordsAreNotCompanies(String text) {
        assertThat(discovered(text)).isEmpty();
    }

    @Test
    void aNameTheTextCallsAProductOnceIsAProductEverywhereInIt() {
        String once = "Gra Kwantiks zadebiutowała w maju. Kwantiks sprzedał się w milionie egzemplarzy.";
        assertThat(discovered(once)).isEmpty();
        assertThat(discovered("Kwantiks sprzedał się w milionie egzemplarzy.")).containsExactly("Kwantiks");
    }

    @Test
    void aListedCompanyLendsItsListEvenAfterAWordTheSentenceCapitalised() {
        assertThat(discovered("Oprogramowanie Siemensa, Zorvex Dynamics i Borlak kupuje większość fabryk."))
                .containsExactly("Zorvex Dynamics", "Borlak");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kwantix.ai pozyskał 12 mln dolarów od funduszy z Londynu. | Kwantix.ai
            Zespół borlak.io, który rozwija narzędzia dla programistów, dołączy do Microsoftu. | borlak.io
            Nvidia kupiła izraelskiego Zorvex:ai za 700 mln dolarów. | Zorvex:ai
            Wniosek złożysz na stronie podatki.gov.pl do końca kwietnia. |
            Więcej o programie przeczytasz na stronie projektu. |
            """)
    void aWebAddressIsOneBrandWhateverItsWordsAreToTheDictionary(String text, String expected) {
        assertThat(discovered(text)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Z usług Borlaka, paryskiego dostawcy oprogramowania, korzysta kilka sieci sklepów. | Borlak
            W tym roku zbankrutował kwantel – japońska firma budująca lądowniki. | kwantel
            Korzystają z Gemini, modelu firmy Google, i z własnych narzędzi. |
            """)
    void aCompanyNounInAppositionSaysWhatTheNameIs(String text, String expected) {
        assertThat(discovered(text)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    /** An origin adjective says a company is meant, and its case is the name's. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Modele izraelskiego Borlaka generują obraz w czasie rzeczywistym. | Borlak
            Z usług warszawskiego Borlaka korzystają firmy farmaceutyczne. | Borlak
            Łódzka Kwantia uruchomiła dla abonentów internet światłowodowy. | Kwantia
            Polsko-amerykański Kwantix.ai pozyskał kolejną rundę finansowania. | Kwantix.ai
            """)
    void anOriginAdjectiveMakesACompanyOfTheNameAfterIt(String text, String expected) {
        assertThat(discovered(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jest dziś największym cyfrowym bankiem poza Azją i Europą.
            W aukcji po 100 MHz kupili wszyscy czterej operatorzy.
            Smartfony z obsługą 5G SA wciąż stanowią niewielką część sprzedaży.
            Intel rozbudowuje fabrykę w irlandzkim Kwantlip pod Dublinem.
            """)
    void placesAfterAPrepositionUnitsAndNetworkModesAreNoCompanies(String text) {
        assertThat(discovered(text)).isEmpty();
    }

    @Test
    void aRelativeClauseWithItsOwnSubjectSaysNothingOfTheNameBeforeIt() {
        assertThat(discovered("Radary P-18PL, które produkuje Kwantex, trafią do wojska przed końcem roku."))
                .doesNotContain("P-18PL");
    }

    @Test
    void aListRunsWithinALine() {
        String bullets = "Firmy podkreślają trzy elementy:\n\n- Microsoft zwiększy inwestycje w OpenAI,\n"
                + "- Kwantiks pozostanie wyłączną chmurą zespołu.";
        assertThat(discovered(bullets)).isEmpty();
        assertThat(discovered("Inwestują w nie Microsoft, Nvidia i Kwantiks.")).containsExactly("Kwantiks");
        // every member of a list leans on a listed company in it, not only its neighbour
        assertThat(discovered("W rundzie uczestniczą Zorvex, Borlak i Nvidia.")).containsExactly("Zorvex", "Borlak");
    }

    @Test
    void aNameTheCorpusEstablishedIsFoundWithoutEvidenceAndInLowerCaseText() {
        var memory = CorpusMemory.empty();
        String alone = "Przedstawiciele Rapidusa spotkali się z ministrem.";
        assertThat(discovered(alone, memory)).isEmpty();

        memory.learn(extractor.extract(
                "Japońska spółka Rapidus otworzyła linię pilotażową.", LocalDate.of(2025, 1, 1), memory));
        assertThat(memory.names()).containsExactly("Rapidus");
        assertThat(discovered(alone, memory)).containsExactly("Rapidus");
        // a text written without capitals (a scrape, a transcript) is long enough to tell
        String lowerCase = "przedstawiciele rapidusa spotkali się z ministrem cyfryzacji w tokio. rozmawiali o"
                + " dotacjach na nową fabrykę układów scalonych i o tym, kiedy ruszy produkcja seryjna.";
        assertThat(discovered(lowerCase, memory)).containsExactly("Rapidus");
        assertThat(discovered(lowerCase)).isEmpty();
    }

    @Test
    void anEditorBlocksADiscoveredNameOrAListedOneWithAFileOfCorrections(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws java.io.IOException {
        String text = "Japońska spółka Rapidus otworzyła linię pilotażową, a Nvidia kupiła od niej pierwsze układy.";
        assertThat(extractor.extract(text, null).companies()).containsExactly("Rapidus", "Nvidia");
        var corrections = tmp.resolve("companies.tsv");
        java.nio.file.Files.writeString(corrections, "Rapidus\t\t\t\tblocked\nNvidia\t\t\t\tblocked\n");
        var edited = new EntityExtractor(Gazetteer.withOverrides(corrections));
        assertThat(edited.extract(text, null).companies()).isEmpty();
        assertThat(Gazetteer.withOverrides(corrections).canonicalNames()).doesNotContain("Nvidia");
    }

    @Test
    void inTextWithoutCapitalsANameStandsOutOnlyRightAfterACompanyNoun() {
        var entities = extractor.extract(
                "w niedzielę nad ranem operator elektrowni, firma kwantrix dynamics, ogłosiła stan alarmowy."
                        + " o sprawie rozmawiali też przywódcy grupy g8 oraz firma apple, która wydała oświadczenie,"
                        + " a jeden z deweloperów zapowiedział nową wersję programu.",
                null);
        assertThat(entities.discovered()).extracting(DiscoveredCompany::name).containsExactly("Kwantrix Dynamics");
        // a name of the list that its own matching leaves out in such text is the list's company
        assertThat(entities.companies()).containsExactly("Kwantrix Dynamics", "Apple");
    }

    @Test
    void onlyEvidenceThatSaysWhatANameIsTeachesTheCorpus() {
        var memory = CorpusMemory.empty();
        // deal language establishes a name in its article but teaches nothing
        var sold = extractor.extract("Kryptonis sprzedał w ubiegłym roku 2 mln licencji.", LocalDate.of(2025, 1, 1));
        memory.learn(sold);
        assertThat(memory.names()).isEmpty();
        assertThat(DiscoveredCompany.teaches("company noun: spółka")).isTrue();
        assertThat(DiscoveredCompany.teaches("legal form Inc.")).isTrue();
        assertThat(DiscoveredCompany.teaches("deal: sprzedał")).isFalse();
        assertThat(DiscoveredCompany.teaches(DiscoveredCompany.CORPUS)).isFalse();
    }
}
