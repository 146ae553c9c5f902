package pl.lupa.extract;

/**
 * Words around a mention that tell a company apart from an ordinary word or a person that
 * shares its spelling ("koncern Meta" versus "meta wyścigu", "Tesla ogłosiła" versus "Nikola
 * Tesla"). All entries are lower-case.
 */
final class CompanyContext {

    private CompanyContext() {}

    /** Nouns that introduce a company name: "spółka Meta", "akcje Tesli", "prezes Orange". */
    static final LemmaList BEFORE = LemmaList.of("""
            spółka firma koncern gigant korporacja zespół przedsiębiorstwo grupa holding producent operator
            dostawca platforma serwis marka startup start-up właściciel akcja akcjonariusz notowanie
            kurs prezes prezeska szef szefowa ceo rzecznik rzeczniczka przedstawiciel inżynier
            pracownik zarząd założyciel inwestycja umowa przejęcie konkurent konkurencja rywal partner
            sklep aplikacja usługa chmura wynik przychód zysk giełda kapitalizacja wartość wycena
            strata udział sprzedaż klient użytkownik dyrektor produkt oferta raport kontrakt fabryka
            centrum biuro oddział dział inwestor strategia siedziba dywidenda debiut kapitał
            udziałowiec kierownictwo menedżer analityk
            """);

    /** Legal forms and corporate words written after a name: "Snowflake Inc.", "Box Group". */
    static final WordList LEGAL_FORMS = WordList.of("""
            inc corp corporation ltd llc plc ag se sa nv gmbh group holdings holding platforms
            technologies labs software systems company
            """);

    /** Verbs of a company acting in a news sentence, after its name: "Meta ogłosiła", "Allegro rozważa". */
    static final LemmaList AFTER = LemmaList.of("""
            ogłosić ogłaszać poinformować informować zapowiedzieć zapowiadać przejąć przejmować kupić
            kupować sprzedać sprzedawać zainwestować inwestować wydać wydawać zwolnić zwalniać
            zatrudniać zatrudnić zaprezentować prezentować pokazać udostępnić udostępniać uruchomić
            wprowadzić wprowadzać otworzyć otwierać podpisać zawrzeć rozwijać testować planować podać
            podawać odnotować zanotować zarobić zarabiać osiągnąć przeznaczyć potwierdzić potwierdzać
            opublikować publikować nabyć współpracować budować zbudować dostarczyć dostarczać wycofać
            zawiesić zakończyć rozpocząć wypuścić zamknąć pozwać oferować zaoferować twierdzić
            przekazać otrzymać chcieć musieć zamierzać rozważać zapłacić odkupić podnosić obniżać
            zwiększyć zmniejszyć pozyskać zebrać wejść zadebiutować wykazać obniżyć podnieść
            """);

    /**
     * Common first names that turn the next capitalised word into a surname: "Nikola Tesla", "Sama
     * Altmana". Foreign names the dictionary does not know match by their stem ("Jensena").
     */
    static final LemmaList FIRST_NAMES = LemmaList.of("""
            nikola elon sam satya satyi mark tim bill jeff steve jensen sundar lisa larry sergey
            sergeya jan anna piotr adam marek paweł tomasz michał krzysztof andrzej maria katarzyna
            agnieszka magdalena john james david peter paul george michael robert richard dawid kamil
            jakub mateusz łukasz ewa joanna monika barbara aleksandra
            beata dorota elżbieta grażyna halina irena jadwiga janina jolanta justyna karolina
            kinga krystyna małgorzata marta natalia patrycja renata sylwia teresa urszula wanda
            weronika zofia zuzanna iwona izabela hanna julia alicja agata dominika emilia
            bartosz bartłomiej damian daniel grzegorz hubert igor jacek jarosław jerzy józef
            kacper karol leszek maciej marcin mariusz mirosław przemysław radosław rafał
            ryszard sebastian stanisław sławomir szymon tadeusz wiesław witold wojciech zbigniew
            zygmunt artur arkadiusz dariusz henryk janusz kazimierz roman waldemar wiktor
            greg pat nat brian chris charles edward frank gary henry jack jason jim joe
            kevin matt matthew mike nick patrick scott thomas tom william emma emily jennifer
            jessica karen laura linda mary nancy rachel sarah susan sheryl marissa meg ginni
            demis mustafa dario arthur reed travis brad kai andy ilya jony
            françois timothée emmanuel jean pierre marie michel thierry xavier olivier cédric
            hans klaus wolfgang jürgen stefan ursula angela friedrich
            carlos jorge luis miguel pablo juan giovanni marco luca
            masayoshi akio hiroshi takeshi liang
            """);

    /**
     * English function words: a capitalised name next to them is likely part of an English
     * phrase ("Text me", "Press Play"). Words that are also Polish (a, i, to, do, we) are left out.
     */
    static final WordList ENGLISH = WordList.of("""
            the an of and or in at for with is are let's lets let you it this that will can just don't
            not my your our me us they from as if when what now
            """);

    /** Words after "Name," that open an apposition about a company: "Text, dawniej LiveChat". */
    static final LemmaList APPOSITION = LemmaList.of("""
            który dawniej wcześniej obecnie dziś czyli należeć należący do twórca wydawca właściciel
            właścicielka producent operator dostawca lider spółka firma koncern gigant platforma
            start-up startup amerykański chiński polski niemiecki francuski brytyjski japoński
            koreański szwedzki fiński holenderski
            """);

    /**
     * Words that may open a sentence right before a company name without being part of that
     * name: prepositions, conjunctions and sentence adverbs ("W Mecie", "Wczoraj Tesla").
     */
    static final WordList SENTENCE_OPENERS = WordList.of("""
            w we z ze na do od dla przez po o u przy za przed nad pod między a i ale bo gdy jak także
            również wczoraj dziś dzisiaj teraz obecnie według tymczasem natomiast jednak ponadto
            zdaniem nawet choć chociaż już też nie czy kiedy podczas mimo oprócz poza wobec dzięki wraz
            razem zarówno ani oraz lub albo potem później wcześniej dlatego więc zatem jeszcze właśnie
            niedawno ostatnio wkrótce również
            """);

    /** Words joining two companies in an enumeration: "Zoom i Slack", "Valve, Nintendo". */
    static final WordList CONJUNCTIONS = WordList.of("""
            i oraz a lub albo czy ,
            """);
}
