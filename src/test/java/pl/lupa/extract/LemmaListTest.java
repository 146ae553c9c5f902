package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recognisers' cue words are lists of lemmas matched through the dictionary. They must match
 * at least every form that was once spelled out by hand (the forms below), and nothing that
 * merely looks alike.
 */
class LemmaListTest {

    private static final Lemmas LEMMAS = new Lemmas();

    static Stream<Arguments> formsOnceListedByHand() {
        return Stream.of(
                Arguments.of("BEFORE", CompanyContext.BEFORE, List.of(
            "spółka", "spółki", "spółce", "spółkę", "spółką", "spółek", "spółkom", "firma", "firmy",
            "firmie", "firmę", "firmą", "firm", "koncern", "koncernu", "koncernowi", "koncernem",
            "koncernie", "gigant", "giganta", "gigantowi", "gigantem", "gigancie", "korporacja",
            "korporacji", "korporację", "korporacją", "przedsiębiorstwo", "przedsiębiorstwa",
            "przedsiębiorstwu", "przedsiębiorstwem", "grupa", "grupy", "grupie", "grupę", "grupą", "holding",
            "holdingu", "producent", "producenta", "producentowi", "producentem", "producencie", "operator",
            "operatora", "operatorowi", "operatorem", "operatorze", "dostawca", "dostawcy", "dostawcę",
            "dostawcą", "platforma", "platformy", "platformie", "platformę", "platformą", "serwis",
            "serwisu", "serwisem", "serwisie", "marka", "marki", "marce", "markę", "marką", "startup",
            "startupu", "startupem", "startupie", "start-up", "start-upu", "właściciel", "właściciela",
            "właścicielem", "właścicielowi", "akcje", "akcji", "akcjami", "akcjonariusze", "akcjonariuszy",
            "notowania", "kurs", "prezes", "prezesa", "prezesem", "prezeska", "szef", "szefa", "szefowa",
            "szefowej", "ceo", "rzecznik", "rzecznika", "rzeczniczka", "przedstawiciel", "przedstawiciele",
            "inżynierowie", "pracownicy", "pracowników", "zarząd", "zarządu", "założyciel", "założyciela",
            "inwestycja", "inwestycje", "inwestycji", "umowa", "umowę", "umowy", "przejęcie", "przejęcia",
            "konkurent", "konkurenta", "konkurencja", "rywal", "rywala", "partner", "partnera", "sklep",
            "sklepu", "sklepie", "aplikacja", "aplikacji", "usługi", "usług", "chmura", "chmurze", "wyniki",
            "wynikach", "przychody", "przychodów", "zysk", "zysku", "giełda", "giełdzie", "kapitalizacja",
            "kapitalizacji", "wartość", "wartości", "wycena", "wyceny", "wycenie", "strata", "straty",
            "udziały", "udziałów", "sprzedaż", "sprzedaży", "klienci", "klientów", "klientom", "użytkownicy",
            "użytkowników", "dyrektor", "dyrektora", "produkty", "produktów", "oferta", "oferty", "raport",
            "raporcie", "kontrakt", "kontraktu", "fabryka", "fabryki", "fabryce", "centrum", "biuro",
            "biura", "oddział", "oddziału", "oddziale", "dział", "działu", "inwestorzy", "inwestorów",
            "strategia", "strategii", "siedziba", "siedziby", "siedzibie", "dywidenda", "dywidendy",
            "debiut", "debiutu", "kapitał", "udziałowiec", "udziałowcem", "kierownictwo", "menedżerowie",
            "analitycy")),
                Arguments.of("AFTER", CompanyContext.AFTER, List.of(
            "ogłosiła", "ogłosił", "ogłasza", "ogłosi", "poinformowała", "poinformował", "informuje",
            "zapowiedziała", "zapowiedział", "zapowiada", "przejęła", "przejął", "przejmie", "przejmuje",
            "kupiła", "kupił", "kupi", "kupuje", "sprzedała", "sprzedał", "sprzeda", "sprzedaje",
            "zainwestowała", "zainwestował", "zainwestuje", "inwestuje", "wyda", "wydała", "wydał", "wydaje",
            "zwolniła", "zwolnił", "zwolni", "zwalnia", "zatrudnia", "zatrudni", "zatrudniła", "zatrudnił",
            "zaprezentowała", "zaprezentował", "zaprezentuje", "pokazała", "pokazał", "pokaże",
            "udostępniła", "udostępnił", "udostępni", "udostępnia", "uruchomiła", "uruchomił", "uruchomi",
            "wprowadziła", "wprowadził", "wprowadzi", "wprowadza", "otworzyła", "otworzył", "otworzy",
            "otwiera", "podpisała", "podpisał", "podpisze", "zawarła", "zawarł", "rozwija", "testuje",
            "planuje", "podała", "podał", "podaje", "odnotowała", "odnotował", "zanotowała", "zanotował",
            "zarobiła", "zarobił", "zarabia", "osiągnęła", "osiągnął", "przeznaczy", "przeznaczyła",
            "przeznaczył", "potwierdziła", "potwierdził", "potwierdza", "opublikowała", "opublikował",
            "publikuje", "nabyła", "nabył", "współpracuje", "buduje", "zbuduje", "zbudowała", "dostarczy",
            "dostarcza", "wycofała", "wycofał", "zawiesiła", "zawiesił", "zakończyła", "zakończył",
            "rozpoczęła", "rozpoczął", "wypuściła", "wypuścił", "wypuści", "zamknęła", "zamknął", "zamknie",
            "pozwała", "pozwał", "oferuje", "zaoferowała", "zaoferował", "twierdzi", "przekazała",
            "przekazał", "otrzymała", "otrzymał", "chce", "musi", "zamierza", "rozważa", "zapłaci",
            "zapłaciła", "zapłacił", "odkupi", "podnosi", "obniża", "przejmuje", "zwiększy", "zmniejszy",
            "pozyskała", "pozyskał", "pozyskało", "zebrała", "zebrał", "zebrało", "wejdzie", "weszła",
            "wszedł", "zadebiutowała", "zadebiutował", "zadebiutowało", "wykazała", "wykazał", "zwiększyła",
            "zwiększył", "obniżyła", "obniżył", "podniosła", "podniósł")),
                Arguments.of("FIRST_NAMES", CompanyContext.FIRST_NAMES, List.of(
            "nikola", "nikoli", "nikolę", "nikolą", "nikolą", "elon", "elona", "elonowi", "elonem", "sam",
            "sama", "samem", "satya", "satyi", "mark", "marka", "markiem", "tim", "tima", "timem", "bill",
            "billa", "billem", "jeff", "jeffa", "jeffem", "steve", "steve'a", "jensen", "jensena", "sundar",
            "sundara", "lisa", "lisy", "larry", "larry'ego", "sergey", "sergeya", "jan", "jana", "anna",
            "anny", "piotr", "piotra", "adam", "adama", "marek", "marka", "paweł", "pawła", "tomasz",
            "tomasza", "michał", "michała", "krzysztof", "krzysztofa", "andrzej", "andrzeja", "maria",
            "marii", "katarzyna", "katarzyny", "agnieszka", "agnieszki", "magdalena", "magdaleny", "john",
            "johna", "james", "jamesa", "david", "davida", "peter", "petera", "paul", "paula", "george",
            "george'a", "michael", "michaela", "robert", "roberta", "richard", "richarda", "dawid", "dawida",
            "kamil", "kamila", "jakub", "jakuba", "mateusz", "mateusza", "łukasz", "łukasza", "ewa", "ewy",
            "joanna", "joanny", "monika", "moniki", "barbara", "barbary", "aleksandra", "aleksandry")),
                Arguments.of("APPOSITION", CompanyContext.APPOSITION, List.of(
            "który", "która", "które", "którego", "której", "dawniej", "wcześniej", "obecnie", "dziś",
            "czyli", "należący", "należąca", "należące", "do", "twórca", "twórcy", "wydawca", "właściciel",
            "właścicielka", "producent", "operator", "dostawca", "lider", "spółka", "firma", "koncern",
            "gigant", "platforma", "start-up", "startup", "amerykański", "amerykańska", "chiński", "chińska",
            "polski", "polska", "niemiecki", "niemiecka", "francuski", "francuska", "brytyjski", "brytyjska",
            "japoński", "japońska", "koreański", "koreańska", "szwedzki", "szwedzka", "fiński", "fińska",
            "holenderski", "holenderska")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formsOnceListedByHand")
    void everyFormOnceListedByHandIsMatched(String name, LemmaList list, List<String> forms) {
        var missed = forms.stream().filter(form -> !matches(list, form)).toList();
        assertThat(missed).as(name + ": forms the lemma list does not match").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formsOnceListedByHand")
    void otherFormsOfTheLemmasAreMatchedToo(String name, LemmaList list, List<String> forms) {
        // forms nobody listed: plural and instrumental cases, other persons of the verbs
        var extra = switch (name) {
            case "BEFORE" -> List.of("spółkami", "koncernach", "producentami", "założycielami", "giełdami");
            case "AFTER" -> List.of("ogłosili", "przejęli", "kupiły", "zainwestowali", "pozyskały");
            case "FIRST_NAMES" -> List.of("Piotrowi", "Annie", "Elonowi", "Jensenem");
            default -> List.of("którym", "należącej", "właścicielem", "producentów");
        };
        assertThat(extra).allSatisfy(form -> assertThat(matches(list, form)).as(form).isTrue());
    }

    @ParameterizedTest
    @MethodSource("formsOnceListedByHand")
    void wordsThatOnlyLookAlikeAreNot(String name, LemmaList list, List<String> forms) {
        assertThat(Stream.of("meta", "wyścigu", "stół", "Kraków", "szybko", "spółdzielnia", "firmament")
                .filter(w -> matches(list, w))).as(name).isEmpty();
    }

    private static boolean matches(LemmaList list, String word) {
        Tokens tokens = Tokens.of(word);
        return list.contains(tokens, tokens.size() - 1, LEMMAS); // the word, or the end of a hyphenated one
    }
}
