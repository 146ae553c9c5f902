package pl.lupa.extract;

/**
 * Words around a mention that tell a company apart from an ordinary word or a person that
 * shares its spelling ("koncern Meta" versus "meta wyścigu", "Tesla ogłosiła" versus "Nikola
 * Tesla"). All entries are lower-case.
 */
final class CompanyContext {

    private CompanyContext() {}

    /** Nouns that introduce a company name: "spółka Meta", "akcje Tesli", "prezes Orange". */
    static final Words BEFORE = Words.of(
            "spółka", "spółki", "spółce", "spółkę", "spółką", "spółek", "spółkom",
            "firma", "firmy", "firmie", "firmę", "firmą", "firm",
            "koncern", "koncernu", "koncernowi", "koncernem", "koncernie",
            "gigant", "giganta", "gigantowi", "gigantem", "gigancie",
            "korporacja", "korporacji", "korporację", "korporacją",
            "przedsiębiorstwo", "przedsiębiorstwa", "przedsiębiorstwu", "przedsiębiorstwem",
            "grupa", "grupy", "grupie", "grupę", "grupą", "holding", "holdingu",
            "producent", "producenta", "producentowi", "producentem", "producencie",
            "operator", "operatora", "operatorowi", "operatorem", "operatorze",
            "dostawca", "dostawcy", "dostawcę", "dostawcą",
            "platforma", "platformy", "platformie", "platformę", "platformą",
            "serwis", "serwisu", "serwisem", "serwisie",
            "marka", "marki", "marce", "markę", "marką",
            "startup", "startupu", "startupem", "startupie", "start-up", "start-upu",
            "właściciel", "właściciela", "właścicielem", "właścicielowi",
            "akcje", "akcji", "akcjami", "akcjonariusze", "akcjonariuszy", "notowania", "kurs",
            "prezes", "prezesa", "prezesem", "prezeska", "szef", "szefa", "szefowa", "szefowej",
            "ceo", "rzecznik", "rzecznika", "rzeczniczka", "przedstawiciel", "przedstawiciele",
            "inżynierowie", "pracownicy", "pracowników", "zarząd", "zarządu", "założyciel", "założyciela",
            "inwestycja", "inwestycje", "inwestycji", "umowa", "umowę", "umowy", "przejęcie", "przejęcia",
            "konkurent", "konkurenta", "konkurencja", "rywal", "rywala", "partner", "partnera",
            "sklep", "sklepu", "sklepie", "aplikacja", "aplikacji", "usługi", "usług", "chmura", "chmurze",
            "wyniki", "wynikach", "przychody", "przychodów", "zysk", "zysku", "giełda", "giełdzie",
            "kapitalizacja", "kapitalizacji", "wartość", "wartości", "wycena", "wyceny", "wycenie", "strata",
            "straty", "udziały", "udziałów", "sprzedaż", "sprzedaży", "klienci", "klientów", "klientom",
            "użytkownicy", "użytkowników", "dyrektor", "dyrektora", "produkty", "produktów", "oferta", "oferty",
            "raport", "raporcie", "kontrakt", "kontraktu", "fabryka", "fabryki", "fabryce", "centrum", "biuro",
            "biura", "oddział", "oddziału", "oddziale", "dział", "działu", "inwestorzy", "inwestorów",
            "strategia", "strategii", "siedziba", "siedziby", "siedzibie", "dywidenda", "dywidendy", "debiut",
            "debiutu", "kapitał", "udziałowiec", "udziałowcem", "kierownictwo", "menedżerowie", "analitycy");

    /** Legal forms and corporate words written after a name: "Snowflake Inc.", "Box Group". */
    static final Words LEGAL_FORMS = Words.of(
            "inc", "corp", "corporation", "ltd", "llc", "plc", "ag", "se", "sa", "nv", "gmbh", "group", "holdings",
            "holding", "platforms", "technologies", "labs", "software", "systems", "company");

    /** Verbs that follow a company acting in a news sentence: "Meta ogłosiła", "Allegro rozważa". */
    static final Words AFTER = Words.of(
            "ogłosiła", "ogłosił", "ogłasza", "ogłosi", "poinformowała", "poinformował", "informuje",
            "zapowiedziała", "zapowiedział", "zapowiada", "przejęła", "przejął", "przejmie", "przejmuje",
            "kupiła", "kupił", "kupi", "kupuje", "sprzedała", "sprzedał", "sprzeda", "sprzedaje",
            "zainwestowała", "zainwestował", "zainwestuje", "inwestuje", "wyda", "wydała", "wydał", "wydaje",
            "zwolniła", "zwolnił", "zwolni", "zwalnia", "zatrudnia", "zatrudni", "zatrudniła", "zatrudnił",
            "zaprezentowała", "zaprezentował", "zaprezentuje", "pokazała", "pokazał", "pokaże",
            "udostępniła", "udostępnił", "udostępni", "udostępnia", "uruchomiła", "uruchomił", "uruchomi",
            "wprowadziła", "wprowadził", "wprowadzi", "wprowadza", "otworzyła", "otworzył", "otworzy", "otwiera",
            "podpisała", "podpisał", "podpisze", "zawarła", "zawarł", "rozwija", "testuje", "planuje",
            "podała", "podał", "podaje", "odnotowała", "odnotował", "zanotowała", "zanotował",
            "zarobiła", "zarobił", "zarabia", "osiągnęła", "osiągnął", "przeznaczy", "przeznaczyła", "przeznaczył",
            "potwierdziła", "potwierdził", "potwierdza", "opublikowała", "opublikował", "publikuje",
            "nabyła", "nabył", "współpracuje", "buduje", "zbuduje", "zbudowała", "dostarczy", "dostarcza",
            "wycofała", "wycofał", "zawiesiła", "zawiesił", "zakończyła", "zakończył", "rozpoczęła", "rozpoczął",
            "wypuściła", "wypuścił", "wypuści", "zamknęła", "zamknął", "zamknie", "pozwała", "pozwał",
            "oferuje", "zaoferowała", "zaoferował", "twierdzi", "przekazała", "przekazał", "otrzymała", "otrzymał",
            "chce", "musi", "zamierza", "rozważa", "zapłaci", "zapłaciła", "zapłacił", "odkupi", "podnosi", "obniża",
            "przejmuje", "zwiększy", "zmniejszy", "pozyskała", "pozyskał", "pozyskało", "zebrała", "zebrał", "zebrało",
            "wejdzie", "weszła", "wszedł", "zadebiutowała", "zadebiutował", "zadebiutowało", "wykazała", "wykazał", "zwiększyła", "zwiększył", "obniżyła", "obniżył", "podniosła", "podniósł");

    /**
     * Common first names, nominative and oblique, that turn the next capitalised word into a
     * surname: "Nikola Tesla", "Sama Altmana".
     */
    static final Words FIRST_NAMES = Words.of(
            "nikola", "nikoli", "nikolę", "nikolą", "nikolą", "elon", "elona", "elonowi", "elonem",
            "sam", "sama", "samem", "satya", "satyi", "mark", "marka", "markiem", "tim", "tima", "timem",
            "bill", "billa", "billem", "jeff", "jeffa", "jeffem", "steve", "steve'a", "jensen", "jensena",
            "sundar", "sundara", "lisa", "lisy", "larry", "larry'ego", "sergey", "sergeya", "jan", "jana",
            "anna", "anny", "piotr", "piotra", "adam", "adama", "marek", "marka", "paweł", "pawła",
            "tomasz", "tomasza", "michał", "michała", "krzysztof", "krzysztofa", "andrzej", "andrzeja",
            "maria", "marii", "katarzyna", "katarzyny", "agnieszka", "agnieszki", "magdalena", "magdaleny",
            "john", "johna", "james", "jamesa", "david", "davida", "peter", "petera", "paul", "paula",
            "george", "george'a", "michael", "michaela", "robert", "roberta", "richard", "richarda",
            "dawid", "dawida", "kamil", "kamila", "jakub", "jakuba", "mateusz", "mateusza", "łukasz", "łukasza",
            "ewa", "ewy", "joanna", "joanny", "monika", "moniki", "barbara", "barbary", "aleksandra", "aleksandry");

    /**
     * English function words: a capitalised name next to them is likely part of an English
     * phrase ("Text me", "Press Play"). Words that are also Polish (a, i, to, do, we) are left out.
     */
    static final Words ENGLISH = Words.of(
            "the", "an", "of", "and", "or", "in", "at", "for", "with", "is", "are", "let's", "lets", "let",
            "you", "it", "this", "that", "will", "can", "just", "don't", "not", "my", "your", "our", "me", "us",
            "they", "from", "as", "if", "when", "what", "now");

    /** Words after "Name," that open an apposition about a company: "Text, dawniej LiveChat". */
    static final Words APPOSITION = Words.of(
            "który", "która", "które", "którego", "której", "dawniej", "wcześniej", "obecnie", "dziś", "czyli",
            "należący", "należąca", "należące", "do", "twórca", "twórcy", "wydawca", "właściciel", "właścicielka",
            "producent", "operator", "dostawca", "lider", "spółka", "firma", "koncern", "gigant", "platforma",
            "start-up", "startup", "amerykański", "amerykańska", "chiński", "chińska", "polski", "polska",
            "niemiecki", "niemiecka", "francuski", "francuska", "brytyjski", "brytyjska", "japoński", "japońska",
            "koreański", "koreańska", "szwedzki", "szwedzka", "fiński", "fińska", "holenderski", "holenderska");

    /**
     * Words that may open a sentence right before a company name without being part of that
     * name: prepositions, conjunctions and sentence adverbs ("W Mecie", "Wczoraj Tesla").
     */
    static final Words SENTENCE_OPENERS = Words.of(
            "w", "we", "z", "ze", "na", "do", "od", "dla", "przez", "po", "o", "u", "przy", "za", "przed", "nad",
            "pod", "między", "a", "i", "ale", "bo", "gdy", "jak", "także", "również", "wczoraj", "dziś", "dzisiaj",
            "teraz", "obecnie", "według", "tymczasem", "natomiast", "jednak", "ponadto", "zdaniem", "nawet",
            "choć", "chociaż", "już", "też", "nie", "czy", "kiedy", "podczas", "mimo", "oprócz", "poza", "wobec",
            "dzięki", "wraz", "razem", "zarówno", "ani", "oraz", "lub", "albo", "potem", "później", "wcześniej",
            "dlatego", "więc", "zatem", "jeszcze", "właśnie", "niedawno", "ostatnio", "wkrótce", "również");

    /** Words joining two companies in an enumeration: "Zoom i Slack", "Valve, Nintendo". */
    static final Words CONJUNCTIONS = Words.of("i", "oraz", "a", "lub", "albo", "czy", ",");
}
