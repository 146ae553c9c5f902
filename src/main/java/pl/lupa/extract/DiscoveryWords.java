package pl.lupa.extract;

import java.util.Set;

/**
 * The words discovery weighs, by lemma: the company nouns of Polish news, the roles of people,
 * what introduces a product, the language of deals. Lower case throughout.
 */
final class DiscoveryWords {

    private DiscoveryWords() {}

    /** Nouns that name what a company is: "fundusz MGX", "firmę Objectivity", "start-up Cognition". */
    static final LemmaList CUES = LemmaList.of("""
            spółka firma koncern gigant korporacja przedsiębiorstwo grupa holding producent operator
            dostawca startup start-up fundusz inwestor właściciel wydawca bank
            studio laboratorium fintech ubezpieczyciel ubezpieczalnia deweloper przewoźnik
            dystrybutor integrator ubezpieczeniowy software-house spółka-córka
            jednorożec scaleup scale-up ventures broker giełda rafineria
            producentka konsorcjum wytwórnia dom-maklerski telekom operatorka
            wytwórca sprzedawca detalista hurtownik importer eksporter armator spedytor wydawnictwo konglomerat czebol potentat neobank insurtech
            proptech medtech edtech biotech healthtech cleantech deeptech spin-off spinoff dekakorn
            pożyczkodawca windykator touroperator sieciówka dyskont wykonawca podwykonawca house
            kantor
            """);

    /**
     * Company nouns that in text without capitals too often precede something else: a band, a
     * cycling team or a group of states ("grupy csc", "grupa g8"), a research consortium, a lab.
     */
    static final LemmaList CASELESS_DOUBTFUL_CUES = LemmaList.of("""
            grupa konsorcjum laboratorium studio giełda wykonawca podwykonawca
            """);

    /** Nouns of making or owning: after them a name may be the product ("twórca Cursora"). */
    static final LemmaList MAKERS = LemmaList.of("""
            twórca producent wydawca właściciel operator dostawca właścicielka producentka
            """);

    /**
     * Makers whose name right after them is what they made or own, never themselves: "twórca
     * ChatGPT", "właściciel TikToka" (unlike "producent Rapidus", which may be the producer).
     */
    static final LemmaList OWNERS = LemmaList.of("""
            twórca twórczyni właściciel właścicielka wydawca
            """);

    /** Things companies make, as nouns between a maker and a product's name ("producent dronów FlyEye"). */
    static final LemmaList PRODUCTS = LemmaList.of("""
            dron marka oprogramowanie system komunikator gra aplikacja model chip układ rakieta
            samochód auto robot satelita usługa platforma narzędzie serwis sklep
            """);

    /** Words that open an apposition about a company but do not precede names ("X, lider rynku"). */
    static final LemmaList APPOSITION_ONLY = LemmaList.of("""
            lider rynek właścicielka jednorożec platforma twórca należący należeć rywal konkurent
            """);

    /** People's roles: "Liang Wenfeng, twórca…" is a person when the role is one of these. */
    static final LemmaList PERSON_ROLES = LemmaList.of("""
            prezes prezeska dyrektor dyrektorka minister wicepremier premier współzałożyciel
            współzałożycielka założyciel założycielka rzecznik rzeczniczka laureat laureatka
            astronauta profesor szef szefowa analityk analityczka ekspert ekspertka badacz badaczka
            naukowiec pisarz polityk senator poseł posłanka ceo cto cfo wiceprezes członek członkini
            przewodniczący przewodnicząca menedżer inżynier programista dziennikarz autor autorka
            wiceminister komisarz ambasador doradca doradczyni inwestorka
            """);

    /**
     * Verbs of a person's speech, thought and body: a word no dictionary knows that does them as a
     * sentence's subject is more often a surname than a company ("Zuckerberg przekonuje…").
     */
    static final LemmaList PERSON_VERBS = LemmaList.of("""
            przekonywać przekonać mówić powiedzieć uważać sądzić myśleć wierzyć przyznać przyznawać
            tłumaczyć wyjaśnić wyjaśniać stwierdzić dodać dodawać opuścić spojrzeć patrzeć uśmiechnąć
            odpowiedzieć pytać zapytać wspominać wspomnieć żartować
            """);

    /** Common first names; a word after one is a surname ("Piotr Nowak"). */
    static final LemmaList FIRST_NAMES = CompanyContext.FIRST_NAMES;

    /** What a product's name follows: "model Claude", "edytor Cursor", "konsola PlayStation". */
    static final LemmaList PRODUCT_CUES = LemmaList.of("""
            model chip czip gra aplikacja konsola smartfon telefon asystent edytor system czatbot
            chatbot generator usługa abonament seria rakieta dodatek agent procesor układ karta
            robot dron samochód czytnik laptop okulary język biblioteka framework protokół program
            standard dyrektywa ustawa akt rozporządzenie komunikator przeglądarka wyszukiwarka
            satelita misja konstelacja mikrokomputer urządzenie kamera słuchawka zegarek tablet
            """);

    /** Verbs whose object is a product, not a company: "wprowadził Galaxy AI", "pokazał Devina". */
    static final LemmaList PRODUCT_VERBS = LemmaList.of("""
            wprowadzić udostępnić pokazać zaprezentować wypuścić zapowiedzieć premiera
            """);

    /** Verbs of a company's deals right after its name: "Anduril pozyskał", "Getir przejął". */
    static final LemmaList DEAL_AFTER = LemmaList.of("""
            pozyskać pozyskiwać zebrać przejąć przejmować kupić kupować zainwestować inwestować
            zadebiutować sfinalizować wycenić odkupić sprzedać połączyć zwolnić nabyć nabywać upaść
            zbankrutować
            """);

    /** Company-like acts after a name; people do them too, so they weigh little. */
    static final LemmaList ACTS_AFTER = CompanyContext.AFTER;

    /** Deal words in the two words before a name: "przejęcie Boston Dynamics", "inwestorów ICEYE". */
    static final LemmaList DEAL_BEFORE = LemmaList.of("""
            przejęcie przejąć przejmować kupić zainwestować inwestycja inwestor inwestorka runda
            poprowadzić prowadzić odkupić fuzja debiut udziałowiec akcjonariusz wycena udział umowa
            kontrakt porozumienie zapłacić płacić partnerstwo nabycie wykup upadłość bankructwo
            emisja ipo kontrola
            """);

    /**
     * Nouns that head the Polish names of companies: "Polska Grupa Zbrojeniowa", "Koleje
     * Mazowieckie", "Operator Chmury Krajowej", "Huta Stalowa Wola". Institutions have other heads
     * (urząd, ministerstwo, agencja, instytut, centrum, komisja).
     */
    static final LemmaList COMPANY_HEADS = LemmaList.of("""
            grupa kolej wytwórnia elektrownia elektrociepłownia światłowód linia operator huta zakład
            stocznia kopalnia poczta port spółka przedsiębiorstwo fabryka sieć rafineria
            browar wydawnictwo koncern holding
            """);

    /** Adjectives of public bodies that such a head may carry too: "Narodowy Fundusz", "Europejski Bank". */
    static final LemmaList PUBLIC_ADJECTIVES = LemmaList.of("""
            narodowy centralny światowy międzynarodowy europejski wojewódzki miejski gminny powiatowy
            """);

    /**
     * The words of taking a company over, whose object is the company taken and whose buyer
     * follows "przez": "przejęli Kotwicę", "przejęcie X przez Y". Not "kupić": products are bought.
     */
    static final LemmaList TAKEOVERS = LemmaList.of("""
            przejęcie przejąć przejmować nabycie nabyć wykup fuzja
            """);

    /** Particles between a subject and its verb: "Nexperia nie może…", "Getir już wycofał…". */
    static final WordList PARTICLES = WordList.of("""
            nie już też także wciąż jeszcze nadal ponownie właśnie również
            """);

    /** What two companies sign: "podpisała z BioNTechem umowę". */
    static final LemmaList AGREEMENTS = LemmaList.of("""
            umowa kontrakt porozumienie list-intencyjny aneks memorandum
            """);

    /** Prepositions of place: a place name after them is no company ("w Londynie", "z Niemiec"). */
    static final WordList PLACE_PREPOSITIONS = WordList.of("""
            w we z ze do na pod nad przy spod znad koło obok
            """);

    /** Conjunctions that end an apposition: "w Londynie, że koncern…". */
    static final WordList CLAUSE_OPENERS = WordList.of("""
            że żeby aby bo gdy jeśli jeżeli choć chociaż ale lecz a i oraz czy gdzie kiedy
            """);

    /** What business news is about: the words that make a sentence's subject likely a company. */
    static final LemmaList BUSINESS_NOUNS = LemmaList.of("""
            umowa kontrakt oferta przejęcie klient rynek akcja udział inwestycja fabryka wycena runda
            inwestor spółka przychód zysk strata sprzedaż produkcja giełda oddział biuro pracownik
            licencja dolar euro złoty finansowanie kapitał notowanie konkurent partner zamówienie
            zakład
            """);

    /**
     * What a company owns or is owned by, before its name in the genitive: "akcje Rapidusa",
     * "sklepach Żabki", "narzędzi Zowie". No roles (a minister, a regulator has a head too) and no
     * product nouns ("usługa Copilot" names the product).
     */
    static final LemmaList POSSESSIONS = LemmaList.of("""
            akcja akcjonariusz udziałowiec klient sklep fabryka serwerownia przychód zysk notowanie
            kapitalizacja produkt narzędzie oprogramowanie portfolio
            """);

    /**
     * The {@link #POSSESSIONS} that also take a product's name in apposition ("narzędzie DAX",
     * "w sklepie Xbox"): an owner after them must be visibly in the genitive ("narzędzi Zorvexu").
     */
    static final LemmaList OFFERINGS = LemmaList.of("""
            sklep produkt narzędzie oprogramowanie portfolio
            """);

    /** "być" and "zostać", between a name and what it is counted among. */
    static final LemmaList COPULAS = LemmaList.of("""
            być zostać
            """);

    /** "jeden z…", in any gender and case. */
    static final LemmaList ONE = LemmaList.of("""
            jeden
            """);

    /** Parts of a company: the name after them is a unit, not a company ("dział Reality Labs"). */
    static final LemmaList UNITS = LemmaList.of("""
            dział oddział zespół jednostka dywizja departament pion segment
            """);

    /** Relative pronouns opening a clause about the name before them. */
    static final LemmaList WHICH = LemmaList.of("""
            który
            """);

    /** What companies do in a relative clause about them: "Glean, który buduje…". */
    static final LemmaList BUSINESS_VERBS = LemmaList.of("""
            budować projektować tworzyć sprzedawać rozwijać produkować oferować dostarczać obsługiwać
            zatrudniać prowadzić pozwalać obiecywać specjalizować zarządzać dostarczyć wytwarzać
            """);

    /** Last words of multi-word company names: "Together AI", "Planet Labs", "Sequoia Capital". */
    static final WordList SHAPES = WordList.of("""
            AI Labs Lab Technologies Technology Robotics Capital Ventures Partners Bank Games Systems
            Group Industries Investors Holdings Software Networks Dynamics Interactive Entertainment
            Therapeutics Semiconductor Semiconductors Motors Energy Pharma Team House Aerospace
            Electronics Instruments Microsystems Foods Brands Equity Management Fund Biotech Photonics
            Studio Studios Space Cloud Security Digital Media Logistics Analytics Intelligence
            Computing Payments Finance Health Mobility Bio Quantum Solutions Computer Internet
            """);

    /** The last words of {@link #SHAPES} that also end product names ("Visual Studio", "Azure Cloud"). */
    static final WordList PRODUCT_SHAPES = WordList.of("""
            Studio Studios Space Cloud Security Digital Media Logistics Analytics Intelligence
            Computing Payments Finance Health Mobility Bio Quantum Solutions
            """);

    /** What a number after a name counts, so that it is no version: "w Nebiusa 700 mln dolarów". */
    static final LemmaList QUANTITIES = LemmaList.of("""
            mln mld tys bln proc procent dolar złoty zł euro funt jen juan frank osoba raz rok lata
            miesiąc dzień godzina sztuka egzemplarz pracownik użytkownik klient km kilometr metr
            """);

    /** Last words of events and laws, not companies: "Web Summit", "Data Act". */
    static final WordList EVENT_ENDS = WordList.of("""
            Act Summit Award Awards Conference Week Day Days Festival Expo Forum Prize Challenge Cup
            Show Congress Fair Olympics
            """);

    /** Legal forms, written without dots and spaces: "Inc." is Inc, "N.V." is NV. */
    static final Set<String> LEGAL = Set.of(
            "Inc",
            "Ltd",
            "GmbH",
            "AG",
            "SE",
            "LLC",
            "Corp",
            "plc",
            "PLC",
            "NV",
            "SA",
            "BV",
            "SpA",
            "Oy",
            "AB",
            "ASA",
            "KGaA",
            "SAS",
            "Sarl",
            "Limited",
            "Corporation");

    /** Words between a company noun and a name that end the noun phrase instead ("spółka, która"). */
    static final WordList STOPS = WordList.of("""
            który która które którzy i oraz a lub że gdy jak ale w z na do od dla przez po o u przy
            za przed nad pod
            """);

    /** -ski adjectives that are not an origin: "europejski" is a union's, "polski" a language's… */
    static final Set<String> NOT_ORIGIN =
            Set.of("europejski", "światowy", "krajowy", "narodowy", "państwowy", "wielki");
}
