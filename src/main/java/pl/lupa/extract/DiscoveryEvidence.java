package pl.lupa.extract;

import java.util.List;
import java.util.Map;

/**
 * Weighs what the text says around a candidate name: evidence that it is a company, and what
 * makes it a person, a place, a product, an institution or an event instead. The words are
 * lemma lists in {@link DiscoveryWords}; the weights were chosen on the development half of the
 * discovery set.
 */
final class DiscoveryEvidence {

    /** A company noun right before the name, or an apposition naming one, or a legal form. */
    static final int STRONG = 3;
    /** A corporate last word, deal language, a nationality adjective, a listing with a company. */
    static final int MEDIUM = 2;
    /** A company-like verb, a brand shape. */
    static final int WEAK = 1;

    /**
     * What the context says of one mention.
     *
     * @param points     evidence for a company, summed
     * @param rejected   the context makes it something else (a person, a product, a place…)
     * @param nominative the name is written uninflected here (after a company noun, as a subject)
     * @param reason     the strongest evidence, for editors
     */
    record Weight(int points, boolean rejected, boolean nominative, String reason) {
        static Weight reject(String why) {
            return new Weight(0, true, false, why);
        }
    }

    private final Lemmas lemmas;
    private final PolishCompanyNames polishNames;

    DiscoveryEvidence(Lemmas lemmas) {
        this.lemmas = lemmas;
        this.polishNames = new PolishCompanyNames(lemmas);
    }

    /**
     * A lower-case brand (u-blox, bunq) counts as a candidate only before a legal form, after a
     * company noun or an origin, or in a list.
     */
    boolean lowerCaseBrand(Tokens tokens, int i) {
        int end = i;
        while (end + 2 < tokens.size()
                && tokens.touchesPrevious(end + 1)
                && tokens.isPunct(end + 1, '-')
                && tokens.touchesPrevious(end + 2)
                && tokens.isWord(end + 2)) {
            end += 2;
        }
        if (end == i) {
            // the cheap test first: this runs for every lower-case word of a text
            if (webNameAt(tokens, i) > i) {
                return true; // "neptune.ai", "czysta3.vc"
            }
            boolean appositionNext = tokens.isPunct(i + 1, ',') || spacedDash(tokens, i + 1);
            return (legalFormAt(tokens, i + 1) > 0 || appositionNext)
                    && tokens.length(i) >= 2
                    && lemmas.classOf(tokens, i) == Lemmas.WordClass.UNKNOWN
                    && (!appositionNext || lowerCaseApposition(tokens, i)); // "ispace – japońska firma"
        }
        if (end > i && !CompanyDiscovery.nameLike(tokens, end) && legalFormAt(tokens, end + 1) == 0) {
            return false; // "start-up", "e-commerce": a word, not a brand like d-Matrix
        }
        return legalFormAt(tokens, end + 1) > 0
                || end > i
                        && (DiscoveryWords.CUES.contains(tokens, i - 1, lemmas)
                                || demonymBefore(tokens, i)
                                || joinsList(tokens, i - 1)); // "Etched, Groq i d-Matrix"
    }

    Weight weigh(
            Tokens tokens, int first, int last, boolean[] known, Map<String, CompanyDiscovery.Discovered> established) {
        Weight w = weighWords(tokens, first, last, known, established);
        if (w.rejected() || w.reason() == null || DiscoveredCompany.teaches(w.reason())) {
            return w;
        }
        // a word the dictionary knows ("Wreszcie", "Strona", "Rynku") or words it knows all of
        // ("Puchar Polski") are a company only by evidence that says so: a company noun, a legal
        // form, an apposition; deal language or a city adjective fit anything
        // a brand's mixed case (d-Matrix, mBank) is no dictionary word's
        boolean allKnown = !mixedCase(tokens, first, last) && !webName(tokens, first, last);
        for (int i = first; i <= last && allKnown; i++) {
            if (tokens.isWord(i) && !tokens.touchesPrevious(i)) {
                allKnown = lemmas.classOf(tokens, i) == Lemmas.WordClass.COMMON;
            }
        }
        // but a single word capitalised where the sentence does not explain it is a name, not the
        // word, and evidence of what only companies do is enough: a listing with a company ("od
        // Lambdy albo CoreWeave"), the buyer of a deal ("przez Hyundaia"), what it owns; not an
        // origin or a word of agreements ("warszawska Starówka", "każda Strona zapewnia")
        if (allKnown
                && first == last
                && !capitalExplained(tokens, first)
                && !capitalised(tokens, first - 1)
                && (listedWith(tokens, first, last, known, established) > 0
                        || takeoverBuyer(tokens, first)
                        || before(tokens, first, DiscoveryWords.TAKEOVERS) >= 0
                        || DiscoveryWords.DEAL_AFTER.contains(tokens, last + 1, lemmas)
                        || owned(tokens, first)
                        || amongCompanies(tokens, last) >= 0)) {
            return w;
        }
        return allKnown ? Weight.reject("dictionary words") : w;
    }

    private Weight weighWords(
            Tokens tokens, int first, int last, boolean[] known, Map<String, CompanyDiscovery.Discovered> established) {
        // what the name's words are, what rules it out, then what speaks for it
        Facts f = facts(tokens, first, last);
        String rejected = rejectedByWords(tokens, first, last, known, f);
        if (rejected != null) {
            return Weight.reject(rejected);
        }
        // a company noun in apposition, with nothing but adjectives before it, says what the name
        // is against what the words before it suggest: "z usług Mirakla, paryskiego dostawcy…"
        // and so does an origin adjective: "modele izraelskiego Decartu", "usług warszawskiego
        // Appsilonu" are the products of a company from there
        int apposition = companyApposition(tokens, last);
        boolean origin = demonymBefore(tokens, first);
        boolean namedCompany = f.legal() == 0 && (directApposition(tokens, last, apposition) || origin);
        rejected = rejectedByContext(tokens, first, last, f, namedCompany);
        if (rejected != null) {
            return Weight.reject(rejected);
        }
        return tally(tokens, first, last, known, established, f, apposition, origin);
    }

    /** What the words of a candidate are to the dictionary and how the name is built, read once. */
    private record Facts(
            int unknown,
            int common,
            int person,
            int proper,
            boolean web,
            int words,
            int legal,
            boolean shaped,
            int polishHead,
            boolean glued) {}

    private Facts facts(Tokens tokens, int first, int last) {
        // what the words of the name are to the dictionary
        int unknown = 0;
        int common = 0;
        int person = 0;
        int proper = 0;
        for (int i = first; i <= last; i++) {
            if (!tokens.isWord(i) || tokens.touchesPrevious(i) && !CompanyDiscovery.nameLike(tokens, i)) {
                continue; // the parts after a hyphen or a dot count with the word they join
            }
            switch (lemmas.classOf(tokens, i)) {
                case UNKNOWN -> unknown++;
                case COMMON -> common++;
                case PERSON -> person++;
                case PROPER -> proper++;
            }
        }
        boolean web = webName(tokens, first, last);
        if (web) {
            // "Leonardo.Ai", "Run:ai": a web address is one brand, whatever its parts are to the dictionary
            unknown = 1;
            common = 0;
            person = 0;
            proper = 0;
        }
        int words = unknown + common + person + proper;
        int legal = legalFormAt(tokens, last + 1);
        boolean shaped =
                words >= 2 && (DiscoveryWords.SHAPES.contains(tokens, last) || polishBank(tokens, first, last));
        // a Polish name built on a company noun is a company's, whatever stands around it: "z Polską
        // Wytwórnią Papierów Wartościowych", "z usług Operatora Chmury Krajowej"
        int polishHead = unknown == 0 && spaced(tokens, first, last) ? polishNames.head(tokens, first, last) : -1;
        // a last word written onto the name is weaker: products are spelt so too ("program InvestAI")
        boolean glued = words == 1 && first == last && gluedShape(tokens.text(first));

        return new Facts(unknown, common, person, proper, web, words, legal, shaped, polishHead, glued);
    }

    /** Why the name's own words, or the words right around it, make it no company; null when they do not. */
    private String rejectedByWords(Tokens tokens, int first, int last, boolean[] known, Facts f) {
        // what it is instead
        boolean afterFirstName = tokens.isWord(first - 1)
                && singleSpaceBefore(tokens, first)
                && titleCase(tokens, first - 1)
                && DiscoveryWords.FIRST_NAMES.contains(tokens, first - 1, lemmas);
        boolean firstIsPerson = lemmas.classOf(tokens, first) == Lemmas.WordClass.PERSON;
        if (afterFirstName
                || f.words() >= 2 && firstNameInside(tokens, first, last)
                || firstIsPerson && f.words() == 2 && f.legal() == 0 && !f.shaped()
                || firstIsPerson
                        && f.words() == 1
                        && first == last
                        && f.legal() == 0
                        && !cueRightBefore(tokens, first)) {
            return "person"; // Jensen Huang, Kowalskiego; but "grupa Kruk", "Leonardo.Ai"
        }
        if (personApposition(tokens, last)) {
            return "person";
        }
        if (f.words() == 1 && f.legal() == 0 && DiscoveryWords.SHAPES.contains(tokens, first)) {
            return "a name's last word alone"; // "Group" of "Żabka Group"
        }
        if (f.words() == 1 && f.legal() == 0 && DiscoveryWords.CUES.contains(tokens, first, lemmas)) {
            return "a company noun"; // "Startup będzie…" at a sentence's start
        }
        if (f.legal() == 0
                && first == last
                && MODEL_NUMBER.matcher(tokens.text(first)).matches()
                && !cueRightBefore(tokens, first)
                && companyApposition(tokens, last) < 0) {
            return "model number"; // A100, MI300, M4; but "fundusz G42", "G42, grupa…"
        }
        if (afterListedName(tokens, first, known)) {
            return "the rest of a longer name"; // "Hyundai Rotem", "LG Energy Solution"
        }
        if (f.legal() == 0 && known.length > last + 1 && known[last + 1] && singleSpaceBefore(tokens, last + 1)) {
            return "product"; // "Azure Microsoftu": a name right before its maker's
        }
        if (adjectiveAfterHyphen(tokens, last)) {
            return "adjective"; // "firmy HR-owe"
        }
        // a company noun right before says what the name is, whatever its words are to the
        // dictionary: "koncernie KGHM", "operator logistyczny Nova Post"
        if (f.legal() == 0
                && !f.shaped()
                && f.words() == 1
                && f.proper() + f.common() == 1
                && allCapitals(tokens, first, last)
                && !companyNounRightBefore(tokens, first)) {
            return "abbreviation"; // AI, GPU, NBP: the dictionary knows them
        }
        if (f.legal() == 0
                && !f.shaped()
                && f.polishHead() < 0
                && spaced(tokens, first, last)
                && f.unknown() == 0
                && f.common() > 0
                && f.proper() + f.person() == 0
                && !companyNounRightBefore(tokens, first)) {
            return "common words"; // Urząd Patentowy, Europejski Bank Odbudowy
        }
        if ((f.legal() == 0 || tokens.is(last + 1, "SA"))
                && !f.shaped()
                && Character.isDigit(tokens.first(first))
                && tokens.length(first) <= 3) {
            return "technical term"; // 5G, 6G, 3D; "5G SA" is a network's mode
        }
        if (first == last
                && tokens.isNum(first - 1)
                && UNIT.matcher(tokens.text(first)).matches()) {
            return "unit"; // 100 MHz, 3,6 GHz, 200 GWh
        }
        if (f.legal() == 0 && version(tokens, last + 1)) {
            return "product"; // PlayStation 5, Android 15, Claude 3.5
        }
        if (f.legal() == 0 && DiscoveryWords.EVENT_ENDS.contains(tokens, last)) {
            return "event"; // Web Summit, Data Act
        }
        return null;
    }

    /** Why what the sentence says of the name makes it no company (a product, a unit, a place); null when nothing does. */
    private String rejectedByContext(Tokens tokens, int first, int last, Facts f, boolean namedCompany) {
        if (f.legal() == 0
                && !f.shaped()
                && f.polishHead() < 0
                && !namedCompany
                && before(tokens, first, DiscoveryWords.PRODUCT_CUES) >= 0) {
            return "product"; // model Claude, edytor Cursor
        }
        if (f.legal() == 0 && !f.web() && unitOf(tokens, first)) {
            return "a unit of a company"; // dział Reality Labs; but "zespół neptune.ai" is the company's
        }
        if (f.legal() == 0 && !namedCompany && madeBy(tokens, first)) {
            return "product"; // twórca Cursora, producent dronów FlyEye
        }
        if (f.legal() == 0
                && !namedCompany
                && first > 0
                && before(tokens, first, DiscoveryWords.PRODUCT_VERBS) == first - 1) {
            return "product"; // wprowadził Galaxy AI
        }

        if (f.legal() == 0
                && f.unknown() == 0
                && f.proper() + f.person() >= 1
                && f.polishHead() < 0
                && afterPlacePreposition(tokens, first)) {
            return "place"; // w Londynie, z Niemiec, z Monachium
        }
        if (f.legal() == 0 && originOfAName(tokens, first)) {
            return "place"; // "Neura Robotics GmbH z Metzingen"
        }
        return null;
    }

    /** The evidence that the name is a company's, added up. */
    private Weight tally(
            Tokens tokens,
            int first,
            int last,
            boolean[] known,
            Map<String, CompanyDiscovery.Discovered> established,
            Facts f,
            int apposition,
            boolean origin) {
        var w = new Tally(tokens, first, f.words(), f.unknown(), f.proper());
        if (f.polishHead() >= 0) {
            w.add(STRONG, "company noun: " + tokens.text(f.polishHead()), false, true);
        }
        if (f.legal() > 0) {
            // the name before a legal form may be inflected: "Walne zgromadzenie Selvity S.A."
            w.add(STRONG + 1, "legal form " + tokens.span(last + 1, last + f.legal()), false, true);
        }
        int cue = cueBefore(tokens, first);
        if (cue >= 0 && DiscoveryWords.MAKERS.contains(tokens, cue, lemmas) && personPair(tokens, first, last)) {
            cue = -1; // "twórca Liang Wenfeng" would be a person
        }
        if (cue >= 0) {
            w.add(STRONG, "company noun: " + tokens.text(cue), true, true);
        } else {
            int companies = pluralCueOfList(tokens, first, last);
            if (companies >= 0) {
                w.add(STRONG, "company noun: " + tokens.text(companies), false, false);
            }
        }
        if (w.enough()) {
            return w.weight();
        }
        if (apposition >= 0
                && DiscoveryWords.MAKERS.contains(tokens, apposition, lemmas)
                && personPair(tokens, first, last)) {
            apposition = -1; // "Liang Wenfeng, twórca modelu R1" is a person
        }
        if (apposition >= 0) {
            w.add(
                    STRONG,
                    "apposition: " + tokens.text(apposition),
                    appositionNominative(tokens, last, apposition),
                    true);
        }
        if (DiscoveryWords.DEAL_AFTER.contains(tokens, last + 1, lemmas)) {
            w.add(STRONG, "deal: " + tokens.text(last + 1), true, true);
        } else if (DiscoveryWords.ACTS_AFTER.contains(tokens, last + 1, lemmas)) {
            w.add(WEAK, null, true, false);
        }
        if (w.enough()) {
            return w.weight();
        }
        if (f.web()) {
            w.add(MEDIUM, "name shape: " + tokens.text(last - 1) + tokens.text(last), false, false);
        }
        if (f.shaped() || f.glued()) {
            // "Together AI", "SUPERHOT Team": a last word of names after words no dictionary knows
            boolean foreign = tokens.span(first, last).chars().allMatch(c -> c < 128);
            boolean strongShape =
                    foreign && !DiscoveryWords.PRODUCT_SHAPES.contains(tokens, last) || polishBank(tokens, first, last);
            w.add(strongShape ? STRONG : MEDIUM, "name ending: " + tokens.text(last), false, false);
        }
        if (origin) {
            // the adjective's case is the name's: "Berliński sennder", but "izraelskiego Decartu"
            w.add(
                    f.proper() + f.person() == 0 ? STRONG : MEDIUM,
                    "origin: " + tokens.text(first - 1),
                    hasNominative(tokens, first - 1),
                    false);
        }
        int deal = before(tokens, first, DiscoveryWords.DEAL_BEFORE);
        if (deal < 0) {
            deal = acquirer(tokens, first);
        }
        if (deal < 0) {
            deal = partyOfAgreement(tokens, first, last);
        }
        if (deal >= 0) {
            w.add(STRONG, "deal: " + tokens.text(deal), false, false);
        }
        int among = amongCompanies(tokens, last);
        if (among >= 0) {
            w.add(STRONG, "among: " + tokens.text(among), false, false);
        }
        if (f.unknown() == f.words() && first == last && companyDeclension(tokens.text(first))) {
            w.add(WEAK, null, false, false); // "Rapidusowi", "mBanku": a name declined as companies are
        }
        if (owned(tokens, first)) {
            w.add(f.unknown() == f.words() ? STRONG : MEDIUM, "owner of: " + tokens.text(first - 1), false, false);
        }
        if (w.enough()) {
            return w.weight();
        }
        int relative = businessClause(tokens, last);
        if (relative >= 0) {
            // a name no dictionary knows doing business in a relative clause: "SiFive, który projektuje…"
            w.add(f.unknown() == f.words() ? STRONG : MEDIUM, "clause: " + tokens.text(relative), true, false);
            if (dealLaterInSentence(tokens, last)) {
                w.add(WEAK, null, true, false); // "Glean, który buduje…, jest wyceniany na 4,6 mld dolarów"
            }
        }
        if (w.reason == null && subjectOfBusiness(tokens, first, last)) {
            // a word no dictionary knows is a name; as the subject of business news, a company's;
            // but an abbreviation is as often a regulator's (UOKiK, SEC) that rules on the business,
            // and one that speaks or thinks is more often a surname ("Zuckerberg przekonuje")
            boolean unknownName = f.unknown() == f.words()
                    && !plainPair(tokens, first, last)
                    && !mostlyCapitals(tokens.span(first, last))
                    && !DiscoveryWords.PERSON_VERBS.contains(tokens, last + 1, lemmas);
            w.add(unknownName ? STRONG : MEDIUM, "subject of business news", true, false);
        }
        int listed = listedWith(tokens, first, last, known, established);
        if (listed > 0) {
            w.add(listed, "listed with companies", false, false);
        }
        if (w.points > 0 && tokens.span(first, last).chars().anyMatch(Character::isDigit)) {
            w.add(WEAK, null, false, false); // G42, Prosperity7: digits in a word make a brand, not a Polish word
        }
        return w.weight();
    }

    /** The evidence of one mention as it is summed; {@link #weight()} applies what needs the whole of it. */
    private static final class Tally {
        private final Tokens tokens;
        private final int first;
        private final int words;
        private final int unknown;
        private final int proper;
        int points;
        String reason;
        boolean nominative;
        /** Evidence that makes a company of any word: a legal form, a company noun, an apposition, a deal verb. */
        boolean strong;

        Tally(Tokens tokens, int first, int words, int unknown, int proper) {
            this.tokens = tokens;
            this.first = first;
            this.words = words;
            this.unknown = unknown;
            this.proper = proper;
        }

        void add(int weight, String why, boolean nominativeHere, boolean strongHere) {
            points += weight;
            if (reason == null && why != null) {
                reason = why;
            }
            nominative |= nominativeHere;
            strong |= strongHere;
        }

        /** Enough to establish the name whatever else the text says: the rest need not be weighed. */
        boolean enough() {
            return points > CompanyDiscovery.ESTABLISHED;
        }

        Weight weight() {
            if (!strong && unknown == 0 && words == 1 && proper == 1) {
                return Weight.reject("place"); // Tokio, Teksas, Wilno: a company needs a company noun
            }
            int total = points;
            if (!strong && unknown == 0 && CompanyRecognizer.sentenceInitial(tokens, first)) {
                total -= 1; // a known word whose capital the sentence explains needs more evidence
            }
            return new Weight(total, false, nominative, reason == null ? "" : reason);
        }
    }

    private static boolean afterPlacePreposition(Tokens tokens, int first) {
        return tokens.isWord(first - 1) && DiscoveryWords.PLACE_PREPOSITIONS.contains(tokens, first - 1);
    }

    /**
     * "Nebius podpisał z Microsoftem kontrakt…", "Getir wycofuje się z Niemiec…": a name opening a
     * sentence as its subject, in a sentence about money or business.
     */
    private boolean subjectOfBusiness(Tokens tokens, int first, int last) {
        // or one of a list of names that opens the sentence: "Raben, DSV i Kuehne+Nagel powiększają…"
        int start = first;
        while (start >= 2 && joinsList(tokens, start - 1) && capitalised(tokens, start - 2)) {
            start = startOfWordRun(tokens, start - 2);
        }
        if (!CompanyRecognizer.sentenceInitial(tokens, start)) {
            return false;
        }
        int end = last;
        while (joinsList(tokens, end + 1) && capitalised(tokens, end + 2)) {
            end += 2;
            while (end + 1 < tokens.size() && (capitalised(tokens, end + 1) || tokens.touchesPrevious(end + 1))) {
                end++;
            }
        }
        int verb = end + 1;
        while (DiscoveryWords.PARTICLES.containsLowerCase(tokens, verb)) {
            verb++; // "Nexperia nie może…", "Getir już wycofał…"
        }
        if (!isVerb(tokens, verb)) {
            return false;
        }
        for (int j = verb + 1; j < tokens.size() && j <= verb + 25; j++) {
            if (tokens.isPunct(j, '.')
                    || tokens.isPunct(j, '?')
                    || tokens.isPunct(j, '!')
                    || tokens.lineBreakBefore(j)) {
                return false;
            }
            if (DiscoveryWords.BUSINESS_NOUNS.contains(tokens, j, lemmas)) {
                return true;
            }
        }
        return false;
    }

    private boolean dealLaterInSentence(Tokens tokens, int last) {
        for (int j = last + 1; j < tokens.size() && j <= last + 30; j++) {
            if (tokens.isPunct(j, '.') || tokens.isPunct(j, '?') || tokens.isPunct(j, '!')) {
                return false;
            }
            if (DiscoveryWords.DEAL_AFTER.contains(tokens, j, lemmas)
                    || DiscoveryWords.DEAL_BEFORE.contains(tokens, j, lemmas)) {
                return true;
            }
        }
        return false;
    }

    /** Whether what follows a word makes it a company whatever the word is: "Lambda, dostawca…", "Volkswagen kupi". */
    boolean strongAfter(Tokens tokens, int i) {
        return !DiscoveryWords.CUES.contains(tokens, i, lemmas)
                && (companyApposition(tokens, i) >= 0 || legalFormAt(tokens, i + 1) > 0);
    }

    /** "PKO Bank Polski", "ING Banku Śląskiego": a Polish bank's name, with "bank" after its first word. */
    private boolean polishBank(Tokens tokens, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            if (tokens.isWord(i) && !tokens.isLowerCase(i)) {
                for (String lemma : lemmas.of(tokens, i)) {
                    if (lemma.equals("bank")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "przejęcie Boston Dynamics przez Hyundaia": the one after "przez" in a sentence of a deal. */
    private int acquirer(Tokens tokens, int first) {
        if (!tokens.is(first - 1, "przez")) {
            return -1;
        }
        for (int j = first - 2; j >= Math.max(0, first - 10); j--) {
            if (tokens.isPunct(j, '.') || tokens.isPunct(j, ';')) {
                return -1;
            }
            if (DiscoveryWords.DEAL_BEFORE.contains(tokens, j, lemmas)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "podpisała z BioNTechem umowę": the other party of an agreement, in the instrumental after
     * "z", with the agreement's noun right after it; its position or -1.
     */
    private int partyOfAgreement(Tokens tokens, int first, int last) {
        if (!(tokens.is(first - 1, "z") || tokens.is(first - 1, "ze"))) {
            return -1;
        }
        String lower = tokens.text(last).toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith("em") || lower.endsWith("ą"))) {
            return -1;
        }
        return DiscoveryWords.AGREEMENTS.contains(tokens, last + 1, lemmas) ? last + 1 : -1;
    }

    /** "przejęcie Boston Dynamics przez Hyundaia": the buyer of a takeover, not a party to any agreement. */
    private boolean takeoverBuyer(Tokens tokens, int first) {
        int deal = acquirer(tokens, first);
        return deal >= 0 && DiscoveryWords.TAKEOVERS.contains(tokens, deal, lemmas);
    }

    /**
     * Whether the sentence explains a capital: its first word, or the first word of a quotation
     * ("Augustyn: „Wreszcie pozyskała…").
     */
    private static boolean capitalExplained(Tokens tokens, int i) {
        if (CompanyRecognizer.sentenceInitial(tokens, i)) {
            return true;
        }
        int j = i - 1;
        return j >= 0 && tokens.kind(j) == Tokens.PUNCT && "\"„“«'‘".indexOf(tokens.first(j)) >= 0;
    }

    /** "Glean, który buduje wyszukiwarkę…": a relative clause of doing business right after the name. */
    private int businessClause(Tokens tokens, int last) {
        if (!tokens.isPunct(last + 1, ',') || !DiscoveryWords.WHICH.contains(tokens, last + 2, lemmas)) {
            return -1;
        }
        for (int j = last + 3; j <= last + 5 && tokens.isWord(j); j++) {
            if (DiscoveryWords.BUSINESS_VERBS.contains(tokens, j, lemmas)
                    || DiscoveryWords.DEAL_AFTER.contains(tokens, j, lemmas)) {
                // "Radary P-18PL, które produkuje PIT-RADWAR": the clause's subject is the name
                // after its verb, and the one before is what it makes
                return capitalised(tokens, j + 1) ? -1 : j;
            }
        }
        return -1;
    }

    /** A masculine oblique ending no nominative has, on a word that declines to a base: Rapidusowi, mBanku, Getirem. */
    private static boolean companyDeclension(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return (lower.endsWith("owi") || lower.endsWith("em") || lower.endsWith("u"))
                && !NameForms.bases(word).isEmpty();
    }

    private static boolean mostlyCapitals(String name) {
        int upper = 0;
        int lower = 0;
        for (int p = 0; p < name.length(); p++) {
            char c = name.charAt(p);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper > lower;
    }

    /**
     * "FuriosaAI", "VeloBank", "LandSpace": a corporate last word written onto the name, as
     * brands are; not one that ends products' names too ("iCloud").
     */
    private static boolean gluedShape(String word) {
        if (gluedShapeAsWritten(word)) {
            return true;
        }
        boolean inner = false;
        for (int p = 1; p < word.length() && !inner; p++) {
            inner = Character.isUpperCase(word.charAt(p)) && Character.isLowerCase(word.charAt(p - 1));
        }
        if (!inner) {
            return false; // the common case, without generating forms
        }
        for (String base : NameForms.bases(word)) {
            if (gluedShapeAsWritten(base)) {
                return true; // "w VeloBanku"
            }
        }
        return false;
    }

    private static boolean gluedShapeAsWritten(String word) {
        int n = word.length();
        if (n >= 4 && word.endsWith("AI") && Character.isLowerCase(word.charAt(n - 3))) {
            return true;
        }
        for (int p = n - 3; p >= 1; p--) {
            if (Character.isUpperCase(word.charAt(p)) && Character.isLowerCase(word.charAt(p - 1))) {
                String end = word.substring(p);
                return DiscoveryWords.SHAPES.contains(end) && !DiscoveryWords.PRODUCT_SHAPES.contains(end);
            }
        }
        return false;
    }

    /** The domain endings that make a web address of a name: "Pony.ai", "Run:ai", "Czysta3.vc", "Cinkciarz.pl". */
    private static final java.util.Set<String> WEB_ENDINGS =
            java.util.Set.of("ai", "io", "vc", "com", "pl", "net", "app", "tech", "co", "dev");

    /**
     * The last token of a web address written as a name from {@code i} ("neptune.ai",
     * "Leonardo.Ai", "Run:ai"): one word and a domain ending glued to it by a dot or a colon; {@code
     * i} when there is none. Not an address of the state's ("podatki.gov.pl"): its second part is
     * no domain ending.
     */
    static int webNameAt(Tokens tokens, int i) {
        int sep = i + 1;
        if (sep + 1 >= tokens.size()
                || !tokens.touchesPrevious(sep)
                || !(tokens.isPunct(sep, '.') || tokens.isPunct(sep, ':'))
                || !tokens.touchesPrevious(sep + 1)
                || !tokens.isWord(sep + 1)
                || i > 0 && tokens.touchesPrevious(i) && (tokens.isWord(i - 1) || tokens.isPunct(i - 1, '.'))) {
            return i;
        }
        if (sep + 2 < tokens.size() && tokens.touchesPrevious(sep + 2) && tokens.isWord(sep + 2)) {
            return i; // a word glued on after the ending: no address's end
        }
        String ending = tokens.text(sep + 1).toLowerCase(java.util.Locale.ROOT);
        return WEB_ENDINGS.contains(ending) ? sep + 1 : i;
    }

    /** Whether the whole name is a web address ({@link #webNameAt}). */
    static boolean webName(Tokens tokens, int first, int last) {
        return last == first + 2 && webNameAt(tokens, first) == last;
    }

    /** Whether the name has words apart, not only parts joined by a hyphen (d-Matrix). */
    private static boolean spaced(Tokens tokens, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            if (tokens.isWord(i) && !tokens.touchesPrevious(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plain pair ({@link #plainPair}) that may be a person's name: its first word is a first name
     * the dictionary knows, or neither word is a common word ("Liang Wenfeng"); "Nova Post", whose
     * "Post" is a word, is no one's name.
     */
    private boolean personPair(Tokens tokens, int first, int last) {
        if (!plainPair(tokens, first, last)) {
            return false;
        }
        if (lemmas.classOf(tokens, first) == Lemmas.WordClass.PERSON) {
            return true;
        }
        for (int i = first; i <= last; i++) {
            if (tokens.isWord(i) && lemmas.classOf(tokens, i) == Lemmas.WordClass.COMMON) {
                return false;
            }
        }
        return true;
    }

    /** Two plain capitalised words no dictionary knows, as foreign people's names are: "Liang Wenfeng". */
    private boolean plainPair(Tokens tokens, int first, int last) {
        if (first == last
                && tokens.isWord(first - 1)
                && singleSpaceBefore(tokens, first)
                && titleCase(tokens, first - 1)
                && lemmas.classOf(tokens, first - 1) != Lemmas.WordClass.COMMON) {
            return titleCase(tokens, first); // "Liang Wenfeng" where the sentence's first word stayed out
        }
        if (last - first != 1 || !tokens.isWord(first) || !tokens.isWord(last)) {
            return false;
        }
        return titleCase(tokens, first) && titleCase(tokens, last) && !DiscoveryWords.SHAPES.contains(tokens, last);
    }

    /**
     * "d-Matrix", "mBank", "FuriosaAI": a capital after the lower-case letters a word opens with;
     * not an abbreviation with a small letter inside ("UOKiK").
     */
    private static boolean mixedCase(Tokens tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (tokens.isWord(i) && !tokens.touchesPrevious(i) && mixedCaseWord(tokens, i, last)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mixedCaseWord(Tokens tokens, int i, int last) {
        int end = i;
        while (end < last && tokens.touchesPrevious(end + 1)) {
            end++; // d-Matrix: the word with the parts it joins
        }
        String s = tokens.source();
        int from = tokens.start(i);
        int to = tokens.end(end);
        if (to - from < 2 || Character.isUpperCase(s.charAt(from)) && !Character.isLowerCase(s.charAt(from + 1))) {
            return false;
        }
        boolean lower = false;
        for (int p = from; p < to; p++) {
            char c = s.charAt(p);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (lower && Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean singleSpaceBefore(Tokens tokens, int i) {
        return tokens.start(i) - tokens.end(i - 1) == 1 && !tokens.lineBreakBefore(i);
    }

    private static boolean titleCase(Tokens tokens, int i) {
        String s = tokens.text(i);
        return s.length() > 1
                && Character.isUpperCase(s.charAt(0))
                && s.substring(1).chars().allMatch(Character::isLowerCase);
    }

    private static boolean allCapitals(Tokens tokens, int first, int last) {
        String s = tokens.span(first, last);
        return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * Whether an apposition may stand in the nominative, so the name before it does too: its
     * company noun and every word before that noun can ("Borlaka, paryskiego dostawcy…" is a
     * genitive, though "dostawcy" alone could be a nominative plural).
     */
    private boolean appositionNominative(Tokens tokens, int last, int cue) {
        for (int j = last + 2; j <= cue; j++) {
            if (tokens.isWord(j) && !hasNominative(tokens, j)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasNominative(Tokens tokens, int i) {
        return lemmas.readings(tokens, i).stream().anyMatch(r -> r.is(null, null, "nom"));
    }

    /**
     * "twórca Cursora", "producent dronów FlyEye", "właściciel marek Reserved": after a noun of
     * making or owning, an inflected name or one after a product noun is the product.
     */
    private boolean madeBy(Tokens tokens, int first) {
        int end = first;
        while (end + 1 < tokens.size() && tokens.isWord(end + 1) && !tokens.isLowerCase(end + 1)) {
            end++;
        }
        if (DiscoveryWords.OWNERS.contains(tokens, first - 1, lemmas)) {
            return true; // "Twórca ChatGPT pozyskał…": a creator or owner of the name, which is its product
        }
        int cue = cueBefore(tokens, first);
        if (isVerb(tokens, end + 1)) {
            return false; // "producent samochodów BYD zbuduje": the name is the subject, the maker
        }
        if (cue < 0 || !DiscoveryWords.MAKERS.contains(tokens, cue, lemmas)) {
            return false;
        }
        for (int j = cue + 1; j < first; j++) {
            if (DiscoveryWords.PRODUCT_CUES.contains(tokens, j, lemmas)
                    || DiscoveryWords.PRODUCTS.contains(tokens, j, lemmas)) {
                return true;
            }
        }
        return cue == first - 1 && !NameForms.bases(tokens.text(first)).isEmpty();
    }

    /** The number of tokens of a legal form starting at {@code i}, or 0. */
    static int legalFormAt(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return 0;
        }
        // sp. z o.o., S.A., N.V., S.p.A.: letters and dots written together
        if (tokens.isIgnoreCase(i, "sp")
                && tokens.isPunct(i + 1, '.')
                && tokens.isIgnoreCase(i + 2, "z")
                && tokens.isIgnoreCase(i + 3, "o")
                && tokens.isPunct(i + 4, '.')
                && tokens.isIgnoreCase(i + 5, "o")) {
            return tokens.isPunct(i + 6, '.') ? 7 : 6;
        }
        char c = tokens.first(i);
        if (!(c >= 'A' && c <= 'Z') && c != 'p' || tokens.length(i) > 11) {
            return 0; // every other legal form opens with a capital, or is plc; this runs for every word
        }
        int end = i;
        var letters = new StringBuilder();
        while (end < tokens.size()
                && tokens.isWord(end)
                && tokens.length(end) <= 4
                && (end == i || tokens.touchesPrevious(end))) {
            letters.append(tokens.text(end));
            if (tokens.isPunct(end + 1, '.') && tokens.touchesPrevious(end + 1)) {
                end += 2;
            } else {
                end++;
            }
            if (!tokens.isWord(end) || !tokens.touchesPrevious(end)) {
                break;
            }
        }
        String form = letters.toString();
        if (DiscoveryWords.LEGAL.contains(form)) {
            return end - i;
        }
        return 0;
    }

    /** A company noun right before the name, or before it with only lower-case words between (producent samochodów BYD). */
    int cueBefore(Tokens tokens, int first) {
        for (int j = first - 1, between = 0; j >= 0 && between <= 2; j--, between++) {
            if (!tokens.isWord(j)) {
                return -1;
            }
            if (DiscoveryWords.CUES.contains(tokens, j, lemmas)) {
                return plural(tokens, j) ? -1 : j;
            }
            if (!tokens.isLowerCase(j) && !knownAbbreviation(tokens, j)
                    || DiscoveryWords.STOPS.containsLowerCase(tokens, j)
                    || preposition(tokens, j)) {
                return -1; // but "dostawca chmury GPU Lambda"; "bankiem poza Azją" names a place
            }
        }
        return -1;
    }

    /**
     * What only a company has, owned by the name after it: "akcje Rapidusa", "sklepach Żabki"; but
     * "twórca oprogramowania Hivemind" names the software.
     */
    private boolean owned(Tokens tokens, int first) {
        return tokens.isWord(first - 1)
                && DiscoveryWords.POSSESSIONS.contains(tokens, first - 1, lemmas)
                && !DiscoveryWords.MAKERS.contains(tokens, first - 2, lemmas)
                && !DiscoveryWords.OWNERS.contains(tokens, first - 2, lemmas)
                && (!DiscoveryWords.OFFERINGS.contains(tokens, first - 1, lemmas)
                        || !NameForms.bases(tokens.text(first)).isEmpty());
    }

    /** A short abbreviation the dictionary knows (GPU, AI, IT): a word of the sentence, not a name. */
    boolean knownAbbreviation(Tokens tokens, int i) {
        String s = tokens.text(i);
        return s.length() <= 4
                && s.chars().allMatch(Character::isUpperCase)
                && lemmas.classOf(tokens, i) != Lemmas.WordClass.UNKNOWN;
    }

    /**
     * "Anysphere w gronie najcenniejszych start-upów", "Mistral jest jednym z europejskich
     * start-upów", "Link4 jako pierwszy ubezpieczyciel": the name counted among companies, or
     * called one, in the words after it.
     */
    private int amongCompanies(Tokens tokens, int last) {
        int j = last + 1;
        if (DiscoveryWords.COPULAS.contains(tokens, j, lemmas)) {
            j++;
        }
        if (tokens.is(j, "w") && tokens.is(j + 1, "gronie") || tokens.is(j, "do") && tokens.is(j + 1, "grona")) {
            j += 2;
        } else if (tokens.is(j, "jako")) {
            j++; // "Link4 jako pierwszy ubezpieczyciel w Polsce"
        } else if (tokens.is(j, "wśród")) {
            j++;
        } else if (DiscoveryWords.ONE.contains(tokens, j, lemmas) && tokens.is(j + 1, "z")) {
            j += 2;
        } else {
            return -1;
        }
        for (int end = j + 3; j <= end && tokens.isWord(j) && tokens.isLowerCase(j); j++) {
            if (DiscoveryWords.CUES.contains(tokens, j, lemmas)) {
                return j;
            }
            if (tokens.isPunct(j + 1, '-') && tokens.touchesPrevious(j + 1)) {
                j++; // start-upów
            }
        }
        return -1;
    }

    /**
     * "start-upy Mistral, Aleph Alpha i Helsing": a company noun in the plural before a list of
     * names counts for each of them; the position of the noun, or -1. One name after a plural is a
     * kind ("firmy SaaS"), not a list.
     */
    private int pluralCueOfList(Tokens tokens, int first, int last) {
        boolean list = joinsList(tokens, last + 1) && tokens.isWord(last + 2) && !tokens.isLowerCase(last + 2);
        int j = first - 1;
        while (j >= 0 && j >= first - 20) {
            if (joinsList(tokens, j) && j + 1 < tokens.size() && !tokens.isLowerCase(j + 1)) {
                list = true;
            } else if (!tokens.isWord(j) || tokens.isLowerCase(j)) {
                break;
            }
            j--;
        }
        if (tokens.isPunct(j, ',')
                || tokens.isPunct(j, ':')
                || (tokens.isPunct(j, '–') || tokens.isPunct(j, '-')) && !tokens.touchesPrevious(j + 1)) {
            j--; // "chińskim producentom robotów, Roborockowi i Dreame", "twórcy baz danych – Pinecone…"
        }
        // a plural of makers lists companies too: "twórcy wektorowych baz danych – Pinecone, Weaviate…"
        for (int words = 0; words < 3 && nounOrAdjective(tokens, j); words++) {
            if (DiscoveryWords.CUES.contains(tokens, j, lemmas) || DiscoveryWords.MAKERS.contains(tokens, j, lemmas)) {
                break;
            }
            j--; // the noun's modifiers: "producentom robotów sprzątających"
        }
        if (!list
                || !tokens.isWord(j)
                || !DiscoveryWords.CUES.contains(tokens, j, lemmas)
                        && !DiscoveryWords.MAKERS.contains(tokens, j, lemmas)) {
            return -1;
        }
        for (Lemmas.Reading r : lemmas.readings(tokens, j)) {
            if (r.is("subst", "pl")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A company noun in lower case before the name with at most adjectives between: "koncernie
     * KGHM", "operator logistyczny Nova Post"; not "producent modułów GPS" (the name is the
     * modules'), nor a capitalised noun that opens a name ("Laboratorium Sztucznej Inteligencji").
     */
    private boolean companyNounRightBefore(Tokens tokens, int first) {
        int cue = cueBefore(tokens, first);
        if (cue < 0 || !tokens.isLowerCase(cue)) {
            return false;
        }
        for (int j = cue + 1; j < first; j++) {
            if (!lemmas.isAdjective(tokens, j)) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case word read only as a noun or an adjective: no verb, no preposition ("obok"). */
    private boolean nounOrAdjective(Tokens tokens, int i) {
        if (!tokens.isWord(i) || !tokens.isLowerCase(i) || DiscoveryWords.STOPS.containsLowerCase(tokens, i)) {
            return false;
        }
        boolean nominal = false;
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            if (r.is("prep") || r.is("verb")) {
                return false;
            }
            // an adjectival participle modifies as an adjective does: "producentom robotów sprzątających"
            nominal |= r.is("subst") || r.is("adj") || r.is("pact") || r.is("ppas");
        }
        return nominal;
    }

    private boolean cueRightBefore(Tokens tokens, int first) {
        return DiscoveryWords.CUES.contains(tokens, first - 1, lemmas);
    }

    /** A dash with a space before it, as an apposition or an inserted list opens: "ispace – japońska firma". */
    private static boolean spacedDash(Tokens tokens, int i) {
        return (tokens.isPunct(i, '–') || tokens.isPunct(i, '-')) && !tokens.touchesPrevious(i);
    }

    /** "X, producent dronów", "X, notowana w USA spółka": a company noun in the first words after a comma. */
    private int companyApposition(Tokens tokens, int last) {
        if (!tokens.isPunct(last + 1, ',') && !spacedDash(tokens, last + 1)) {
            return -1;
        }
        for (int j = last + 2; j <= last + 7 && j < tokens.size(); j++) {
            if (tokens.isPunct(j, '-') && tokens.touchesPrevious(j)) {
                continue; // start-up
            }
            if (!tokens.isWord(j)
                    || DiscoveryWords.WHICH.contains(tokens, j, lemmas)
                    || DiscoveryWords.CLAUSE_OPENERS.containsLowerCase(tokens, j)
                    || isVerb(tokens, j)) {
                return -1;
            }
            if (DiscoveryWords.CUES.contains(tokens, j, lemmas)
                    || DiscoveryWords.APPOSITION_ONLY.contains(tokens, j, lemmas)) {
                return j;
            }
            if (DiscoveryWords.PRODUCT_CUES.contains(tokens, j, lemmas)) {
                return -1; // "Gemini, model firmy Google": the company named after is the maker
            }
            if (DiscoveryWords.PERSON_ROLES.contains(tokens, j, lemmas)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the apposition after the name, whose company noun is at {@code cue} ({@link
     * #companyApposition}; -1 for none), opens with the noun, or with adjectives and then the noun: "X,
     * paryskiego dostawcy…", "X – japońska firma…"; not one where another noun comes first ("X,
     * model firmy…" is the firm's product).
     */
    private boolean directApposition(Tokens tokens, int last, int cue) {
        if (cue < 0) {
            return false;
        }
        for (int j = last + 2; j < cue; j++) {
            if (tokens.isWord(j) && !lemmas.isAdjective(tokens, j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An apposition that makes a lower-case word a brand: a direct one ({@link #directApposition})
     * whose company noun is singular and comes after a dash or an adjective ("ispace – japońska
     * firma", "onsemi, amerykański producent…"); not "twórcy audiobooków, studia gier" (a list of
     * kinds) nor "regulatorzy, firma znana…" (the next clause's subject).
     */
    private boolean lowerCaseApposition(Tokens tokens, int i) {
        int cue = companyApposition(tokens, i);
        return directApposition(tokens, i, cue) && !plural(tokens, cue) && (!tokens.isPunct(i + 1, ',') || cue > i + 2);
    }

    /**
     * A company noun in the plural names a kind, not the company after it: "start-upów AI",
     * "europejskie firmy SaaS".
     */
    private boolean plural(Tokens tokens, int cue) {
        boolean singular = false;
        boolean noun = false;
        for (Lemmas.Reading r : lemmas.readings(tokens, cue)) {
            singular |= r.is("subst", "sg");
            noun |= r.is("subst");
        }
        if (noun && !singular) {
            return true;
        }
        // an adjective before it that can only be plural: "europejskie firmy"
        int j = cue - 1;
        if (!tokens.isWord(j) || !tokens.isLowerCase(j)) {
            return false;
        }
        // singular only where it agrees with the noun in the singular: "europejskie" is a neuter
        // singular too, but "firmy" is feminine
        List<Lemmas.Reading> nounReadings = lemmas.readings(tokens, cue);
        boolean adjective = false;
        boolean adjectiveSingular = false;
        for (Lemmas.Reading r : lemmas.readings(tokens, j)) {
            adjective |= r.is("adj");
            adjectiveSingular |= !nounReadings.isEmpty() && Lemmas.agrees(r, nounReadings, "sg");
        }
        return adjective && !adjectiveSingular;
    }

    private boolean preposition(Tokens tokens, int i) {
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            if (r.is("prep")) {
                return true;
            }
        }
        return false;
    }

    private boolean isVerb(Tokens tokens, int i) {
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            if (r.is("verb")
                    && !r.tag().startsWith("verb:ger")
                    && !r.tag().startsWith("verb:pact")
                    && !r.tag().startsWith("verb:ppas")) {
                return true;
            }
        }
        return false;
    }

    /** "X, prezes…", "X, współzałożyciel…": a person. */
    private boolean personApposition(Tokens tokens, int last) {
        int j = last + 1;
        if (!tokens.isPunct(j, ',')) {
            return false;
        }
        for (int k = j + 1; k <= j + 3 && k < tokens.size(); k++) {
            if (DiscoveryWords.PERSON_ROLES.contains(tokens, k, lemmas)) {
                return true;
            }
            if (!tokens.isWord(k) || !tokens.isLowerCase(k)) {
                return false;
            }
        }
        return false;
    }

    /** A nationality or city adjective right before: "czeski Twisto", "Berliński Gorillas". */
    /** A first name before the last word: "Beata Górecka", "Teksas Greg Abbott". */
    private boolean firstNameInside(Tokens tokens, int first, int last) {
        for (int i = first; i < last; i++) {
            if (titleCase(tokens, i) && DiscoveryWords.FIRST_NAMES.contains(tokens, i, lemmas)) {
                return true;
            }
        }
        return false;
    }

    /** Units of measure written after a number: MHz, GWh, kW, TB, Gb. */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("[kMGTP]?(Hz|W|Wh|B|b|bps|iB)");

    /** Letters then digits, the shape of chips, models and versions: A100, MI300X, M4, H20. */
    private static final java.util.regex.Pattern MODEL_NUMBER =
            java.util.regex.Pattern.compile("\\p{Lu}{1,4}\\d{1,4}\\p{L}?");

    /** A Polish adjective made of a name after a hyphen: "HR-owe", "IT-owy", "SaaS-owych". */
    private static boolean adjectiveAfterHyphen(Tokens tokens, int last) {
        if (!tokens.touchesPrevious(last) || !tokens.isLowerCase(last)) {
            return false;
        }
        String t = tokens.text(last);
        return t.startsWith("ow") && t.length() <= 5; // -owy, -owa, -owe, -owych, -owego, -owemu
    }

    private boolean demonymBefore(Tokens tokens, int first) {
        int j = first - 1;
        if (!tokens.isWord(j) || tokens.is(j - 1, "w") || tokens.is(j - 1, "we")) {
            return false; // "w irlandzkim Leixlip" is a town; but "wspólnie z tajwańskim PSMC"
        }
        for (Lemmas.Reading r : lemmas.readings(tokens, j)) {
            if (r.is("adj", "pl") && !r.is("adj", "sg")) {
                return false; // "w jednym z warszawskich TFI": a kind of company, not one
            }
        }
        for (Lemmas.Reading r : lemmas.readings(tokens, j)) {
            if (r.is("adj")
                    && (r.lemma().endsWith("ski")
                            || r.lemma().endsWith("cki")
                            || r.lemma().endsWith("dzki"))
                    && !DiscoveryWords.NOT_ORIGIN.contains(r.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A version right after: a product ("PlayStation 5 Pro", "Qwen 2.5", "Cyberpunk 2077"); not a
     * number that counts something ("w Nebiusa 700 mln dolarów").
     */
    private boolean version(Tokens tokens, int i) {
        if (!tokens.isNum(i) || tokens.start(i) - tokens.end(i - 1) != 1) {
            return false;
        }
        int next = i + 1;
        while (tokens.isPunct(next, '.') || tokens.isPunct(next, ',') || tokens.isNum(next)) {
            next++; // 2.5, 1,5
        }
        return !DiscoveryWords.QUANTITIES.contains(tokens, next, lemmas);
    }

    /** "działu Reality Labs", "zespołu Inflection": a unit of a company is not one. */
    private boolean unitOf(Tokens tokens, int first) {
        return DiscoveryWords.UNITS.contains(tokens, first - 1, lemmas);
    }

    /** The position of a word of the list among the two words before the name, or -1. */
    private int before(Tokens tokens, int first, LemmaList list) {
        for (int j = first - 1; j >= first - 2 && j >= 0; j--) {
            if (list.contains(tokens, j, lemmas)) {
                return j;
            }
            if (!tokens.isWord(j) || !tokens.isLowerCase(j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Evidence from being listed with companies ("Nvidia i Accel", "Etched, Groq i d-Matrix"):
     * {@link #STRONG} in one list with a gazetteer company, {@link #MEDIUM} with a name
     * established in this text, 0 otherwise.
     */
    private static int listedWith(
            Tokens tokens, int first, int last, boolean[] known, Map<String, CompanyDiscovery.Discovered> established) {
        int best = 0;
        // the members before: "Nvidia i Accel", "Cinven, Permira i Accel"; a list runs within a
        // line ("…Microsoftu,\n- Azure pozostanie" is the next bullet)
        int j = first - 1;
        while (joinsList(tokens, j) && !tokens.lineBreakBefore(j + 1) && !tokens.lineBreakBefore(j)) {
            int start = startOfWordRun(tokens, j - 1);
            if (start < 0 || !capitalised(tokens, start)) {
                break;
            }
            best = Math.max(best, memberWeight(start, j - 1, known, established));
            j = start - 1;
        }
        // the members after: "Accel i Nvidia", "Accel, Permira i Nvidia"
        int k = last + 1;
        while (joinsList(tokens, k)
                && k + 1 < tokens.size()
                && !tokens.lineBreakBefore(k)
                && !tokens.lineBreakBefore(k + 1)
                && capitalised(tokens, k + 1)) {
            int start = k + 1;
            k += 2;
            while (k < tokens.size() && capitalised(tokens, k) && !tokens.lineBreakBefore(k)) {
                k++;
            }
            best = Math.max(best, memberWeight(start, k - 1, known, established));
        }
        return best;
    }

    /**
     * What a member of a list lends the others: {@link #STRONG} a gazetteer company, {@link #MEDIUM}
     * an established name. The member is the run of capitalised words from {@code start} to {@code
     * end}; the company may begin inside it, after a word the sentence's start capitalised
     * ("Oprogramowanie Siemensa, Dassault Systèmes i PTC").
     */
    private static int memberWeight(
            int start, int end, boolean[] known, Map<String, CompanyDiscovery.Discovered> established) {
        int best = 0;
        for (int i = start; i <= end && i < known.length; i++) {
            if (known[i]) {
                return STRONG;
            }
            if (establishedAt(i, established)) {
                best = MEDIUM;
            }
        }
        return best;
    }

    /**
     * In text without capitals, the one place a name stands out: right after a company noun
     * ("fundusz mgx", "spółki kryptonis"), a word no dictionary knows, neither a product's name
     * nor an abbreviation the dictionary knows.
     */
    boolean caselessName(Tokens tokens, int cue, int i) {
        return DiscoveryWords.CUES.contains(tokens, cue, lemmas)
                && !DiscoveryWords.MAKERS.contains(tokens, cue, lemmas)
                && !DiscoveryWords.CASELESS_DOUBTFUL_CUES.contains(tokens, cue, lemmas)
                && !tokens.isPunct(cue + 1, '.')
                && tokens.isWord(i)
                && tokens.length(i) >= 3
                && !tokens.isPunct(i + 1, '.')
                && !MODEL_NUMBER
                        .matcher(tokens.text(i).toUpperCase(java.util.Locale.ROOT))
                        .matches()
                && lemmas.classOf(tokens, i) == Lemmas.WordClass.UNKNOWN
                && !tokens.isPunct(i + 1, '-')
                && !DiscoveryWords.CUES.contains(tokens, i, lemmas);
    }

    /** A word with a capital first letter, as names are written. */
    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Legal forms as lower-cased text writes them, which end a name rather than belong to it. */
    private static final java.util.Set<String> CASELESS_LEGAL =
            java.util.Set.of("gmbh", "ltd", "inc", "llc", "plc", "corp", "spa", "sarl", "ag", "sa", "se", "nv", "bv");

    /**
     * The words after a caseless name's first that belong to it ("lockheed martin", "blue
     * origin", "global city holdings"): words no dictionary knows and the last words of names
     * ("holdings", "technologies"), up to three, never a legal form.
     */
    int caselessNameEnd(Tokens tokens, int i, boolean[] taken) {
        int end = i;
        while (end - i < 3
                && end + 1 < tokens.size()
                && tokens.isWord(end + 1)
                && !taken[end + 1]
                && !tokens.touchesPrevious(end + 1)
                && !tokens.isPunct(end + 2, '.')
                && tokens.length(end + 1) >= 3
                && !CASELESS_LEGAL.contains(tokens.text(end + 1))
                && (lemmas.classOf(tokens, end + 1) == Lemmas.WordClass.UNKNOWN
                        || DiscoveryWords.SHAPES.contains(capitalised(tokens.text(end + 1))))) {
            end++;
        }
        return end;
    }

    /** A comma or a conjunction that joins the items of a list. */
    static boolean joinsList(Tokens tokens, int i) {
        return tokens.isPunct(i, ',')
                || tokens.is(i, "i")
                || tokens.is(i, "oraz")
                || tokens.is(i, "lub")
                || tokens.is(i, "albo")
                || tokens.is(i, "czy");
    }

    /**
     * Whether the name goes on from a gazetteer mention right before it: a longer name that begins
     * with a listed one names another company (a subsidiary), of which this is only the rest.
     */
    private static boolean afterListedName(Tokens tokens, int first, boolean[] known) {
        if (first < 1
                || !tokens.isWord(first - 1)
                || tokens.isLowerCase(first - 1)
                || !singleSpaceBefore(tokens, first)) {
            return false;
        }
        for (int j = first - 1; j >= 0 && j >= first - 4 && tokens.isWord(j) && !tokens.isLowerCase(j); j--) {
            if (j < known.length && known[j]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X z Metzingen", "X GmbH z Metzingen": a name after "z" right after another name is where
     * that one comes from, unless it is in the instrumental ("Umowa Microsoftu z Zorvexem").
     */
    private static boolean originOfAName(Tokens tokens, int first) {
        if (!(tokens.is(first - 1, "z") || tokens.is(first - 1, "ze")) || !singleSpaceBefore(tokens, first - 1)) {
            return false;
        }
        int before = first - 2;
        while (before >= 0 && tokens.isPunct(before, '.')) {
            before--; // "S.A. z Wrocławia"
        }
        if (!capitalised(tokens, before) || CompanyRecognizer.sentenceInitial(tokens, before)) {
            return false;
        }
        String lower = tokens.text(first).toLowerCase(java.util.Locale.ROOT);
        return !(lower.endsWith("em") || lower.endsWith("ą") || lower.endsWith("ami"));
    }

    private static boolean capitalised(Tokens tokens, int i) {
        return tokens.isWord(i) && !tokens.isLowerCase(i);
    }

    private static int startOfWordRun(Tokens tokens, int end) {
        int start = end;
        while (start > 0
                && (tokens.touchesPrevious(start) && !tokens.isPunct(start - 1, ',') // "Czysta3.vc"
                        || tokens.isWord(start - 1) && !tokens.isLowerCase(start - 1))) {
            start--;
        }
        return tokens.isWord(end) ? start : -1;
    }

    private static boolean establishedAt(int token, Map<String, CompanyDiscovery.Discovered> established) {
        for (var d : established.values()) {
            if (d.first() == token) {
                return true;
            }
        }
        return false;
    }
}
