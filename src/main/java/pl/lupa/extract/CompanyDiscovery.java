package pl.lupa.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds companies the gazetteer does not list, from evidence in the text.
 *
 * <p>A candidate is a run of name-like words: capitalised where the sentence does not explain the
 * capital, or shaped like a brand (mBank, G42, d-Matrix), and not a word the dictionary knows as
 * a common word, a place or a person. A candidate becomes a company only with evidence, which
 * {@link DiscoveryEvidence} weighs: a company noun before it ("fundusz MGX"), an apposition after
 * it ("Anduril, producent dronów"), a legal form ("Anysphere Inc."), a corporate last word
 * ("Together AI"), a nationality or city adjective ("berliński Gorillas"), deal language
 * ("Glean … jest wyceniany", "zainwestowały w Nebiusa"), or being listed with a company
 * ("Nvidia i Accel"). Once a name is established in a text (or in the corpus, through
 * {@link DiscoveryMemory}), its other mentions count without evidence of their own. Names are
 * reported in the nominative ({@link NameForms}).
 */
final class CompanyDiscovery {

    /** What evidence a mention needs, summed, to establish its name. */
    static final int ESTABLISHED = 3;

    /**
     * A company found by discovery.
     *
     * @param name     canonical name, nominative
     * @param first    the token where the text first mentions it
     * @param evidence the strongest evidence seen, for editors ("cue: fundusz", "legal: Inc.")
     * @param strength the summed weight of that mention's evidence
     */
    record Discovered(String name, int first, String evidence, int strength) {}

    private final Lemmas lemmas;
    private final DiscoveryEvidence evidence;
    private final NameForms names;
    private final PolishCompanyNames polishNames;

    CompanyDiscovery(Lemmas lemmas) {
        this.lemmas = lemmas;
        this.evidence = new DiscoveryEvidence(lemmas);
        this.names = new NameForms(lemmas);
        this.polishNames = new PolishCompanyNames(lemmas);
    }

    /**
     * @param taken  tokens that belong to gazetteer companies (never part of a discovered name)
     * @param known  the first token of every gazetteer mention, for coordination
     * @param memory names established in other articles
     */
    List<Discovered> find(Tokens tokens, boolean[] taken, boolean[] known, DiscoveryMemory memory) {
        if (CompanyRecognizer.caseless(tokens.source())) {
            // without capitals a name cannot be told from a word; only the memory can say
            return caseless(tokens, taken, memory);
        }
        List<Candidate> candidates = candidates(tokens, taken);
        if (candidates.isEmpty()) {
            return List.of();
        }
        // weigh each mention; coordination can lean on a company established just before, so the
        // candidates are weighed twice
        var established = new LinkedHashMap<String, Discovered>();
        var weighed = new ArrayList<DiscoveryEvidence.Weight>(candidates.size());
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < candidates.size(); k++) {
                Candidate c = candidates.get(k);
                if (round == 1 && !listedNextToAName(tokens, c, weighed.get(k))) {
                    continue; // only a listing can lean on what the first round established
                }
                DiscoveryEvidence.Weight w = evidence.weigh(tokens, c.first(), c.last(), known, established);
                if (round == 0) {
                    weighed.add(w);
                } else {
                    weighed.set(k, w);
                }
                if (round == 0 && k == candidates.size() - 1) {
                    rejectSurnames(tokens, candidates, weighed);
                    rejectProducts(tokens, candidates, weighed);
                }
                if (w.rejected() || w.points() < ESTABLISHED) {
                    continue;
                }
                String name =
                        names.canonical(tokens, c.first(), c.last(), w.nominative(), established.keySet(), memory);
                if (name != null) {
                    established.merge(
                            name,
                            new Discovered(name, c.first(), w.reason(), w.points()),
                            (a, b) -> a.first() <= b.first()
                                    ? (a.strength() >= b.strength()
                                            ? a
                                            : new Discovered(a.name(), a.first(), b.evidence(), b.strength()))
                                    : b);
                }
            }
        }
        // the other mentions of an established name, and names the corpus established
        var out = new LinkedHashMap<String, Discovered>();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            DiscoveryEvidence.Weight w = weighed.get(k);
            if (w.rejected()) {
                continue;
            }
            String name = names.canonical(tokens, c.first(), c.last(), w.nominative(), established.keySet(), memory);
            if (name == null) {
                continue;
            }
            Discovered here = established.get(name);
            if (here == null && memory.established(name)) {
                here = new Discovered(name, c.first(), DiscoveredCompany.CORPUS, 0);
            }
            if (here != null) {
                out.putIfAbsent(
                        name,
                        new Discovered(name, Math.min(c.first(), here.first()), here.evidence(), here.strength()));
            }
        }
        return shortNames(out);
    }

    /**
     * A text that names a company in full once and shortly after ("Nuance Communications" …
     * "Nuance") names one company: the short name, the one the text uses for it, is its value,
     * with the first mention and the stronger evidence of the two.
     */
    private static List<Discovered> shortNames(Map<String, Discovered> found) {
        if (found.size() < 2) {
            return List.copyOf(found.values());
        }
        var out = new LinkedHashMap<String, Discovered>();
        for (Discovered d : found.values()) {
            String into = d.name();
            for (String other : found.keySet()) {
                if (other.length() < into.length() && into.startsWith(other + " ")) {
                    into = other;
                }
            }
            String name = into;
            out.merge(
                    name,
                    new Discovered(name, d.first(), d.evidence(), d.strength()),
                    (a, b) -> new Discovered(
                            name,
                            Math.min(a.first(), b.first()),
                            a.strength() >= b.strength() ? a.evidence() : b.evidence(),
                            Math.max(a.strength(), b.strength())));
        }
        var ordered = new ArrayList<>(out.values());
        ordered.sort(java.util.Comparator.comparingInt(Discovered::first));
        return List.copyOf(ordered);
    }

    /**
     * A text names a person in full first and by the surname after: once "Elon Musk" is a person,
     * so is "Musk" (in any form) alone. Rejects the lone surnames, whatever their evidence.
     */
    private static void rejectSurnames(
            Tokens tokens, List<Candidate> candidates, List<DiscoveryEvidence.Weight> weighed) {
        var surnames = new java.util.HashSet<String>();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (c.last() > c.first()
                    && weighed.get(k).rejected()
                    && "person".equals(weighed.get(k).reason())) {
                surnames.add(tokens.text(c.last()));
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (c.first() != c.last() || weighed.get(k).rejected()) {
                continue;
            }
            String word = tokens.text(c.first());
            if (surnames.contains(word) || NameForms.bases(word).stream().anyMatch(surnames::contains)) {
                weighed.set(k, DiscoveryEvidence.Weight.reject("person"));
            }
        }
    }

    /**
     * A name the text calls a product once ("gra Wiedźmin", "abonament Game Pass") is that
     * product in its other mentions too, whatever their evidence.
     */
    private static void rejectProducts(
            Tokens tokens, List<Candidate> candidates, List<DiscoveryEvidence.Weight> weighed) {
        var products = new java.util.HashSet<String>();
        for (int k = 0; k < candidates.size(); k++) {
            if (weighed.get(k).rejected() && "product".equals(weighed.get(k).reason())) {
                Candidate c = candidates.get(k);
                products.add(tokens.span(c.first(), c.last()));
            }
        }
        if (products.isEmpty()) {
            return;
        }
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (!weighed.get(k).rejected() && products.contains(tokens.span(c.first(), c.last()))) {
                weighed.set(k, DiscoveryEvidence.Weight.reject("product"));
            }
        }
    }

    /** Whether a mention not yet established stands in a list ("Etched, Groq i d-Matrix"). */
    private static boolean listedNextToAName(Tokens tokens, Candidate c, DiscoveryEvidence.Weight first) {
        if (first.rejected() || first.points() >= ESTABLISHED) {
            return false;
        }
        return DiscoveryEvidence.joinsList(tokens, c.first() - 1) || DiscoveryEvidence.joinsList(tokens, c.last() + 1);
    }

    /**
     * A lower-cased text: unknown words right after a company noun ("firma tepco"), and the names
     * the corpus established, written as words of the text.
     */
    private List<Discovered> caseless(Tokens tokens, boolean[] taken, DiscoveryMemory memory) {
        var out = new LinkedHashMap<String, Discovered>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isWord(i) || taken[i]) {
                continue;
            }
            int cue = i - 1;
            if (tokens.isWord(cue) && !tokens.touchesPrevious(i) && evidence.caselessName(tokens, cue, i)) {
                // the name as its words, each written as names are ("lockheed martin" → Lockheed Martin)
                int end = evidence.caselessNameEnd(tokens, i, taken);
                var words = new ArrayList<String>();
                for (int j = i; j <= end; j++) {
                    words.add(caselessDisplay(tokens.text(j)));
                }
                String known = memory.byLowerCaseForm(tokens.span(i, end).toLowerCase(Locale.ROOT));
                String name = known != null ? known : String.join(" ", words);
                out.putIfAbsent(name, new Discovered(name, i, "company noun: " + tokens.text(cue), ESTABLISHED));
                i = end;
                continue;
            }
            if (memory.isEmpty()) {
                continue;
            }
            for (int last = Math.min(tokens.size() - 1, i + 3); last >= i; last--) {
                String name = memory.byLowerCaseForm(tokens.span(i, last).toLowerCase(Locale.ROOT));
                if (name != null) {
                    out.putIfAbsent(name, new Discovered(name, i, DiscoveredCompany.CORPUS, 0));
                    i = last;
                    break;
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * How a name found in lower-cased text is written: an acronym's length in capitals ("MGX"),
     * a longer name with a capital first letter.
     */
    private static String caselessDisplay(String word) {
        return word.length() <= 3 ? word.toUpperCase(Locale.ROOT) : DiscoveryEvidence.capitalised(word);
    }

    /** A run of name-like tokens, {@code first..last} inclusive. */
    record Candidate(int first, int last) {}

    /**
     * Runs of name-like words: a word with a capital the sentence does not explain, or a brand
     * shape; joined by single spaces, hyphens and dots that touch both sides ("deepsense.ai"),
     * "&" and "of". A sentence's capitalised first word starts a run only when the dictionary does
     * not know it in lower case.
     */
    List<Candidate> candidates(Tokens tokens, boolean[] taken) {
        var out = new ArrayList<Candidate>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!startsName(tokens, i, taken)) {
                i++;
                continue;
            }
            int last = i;
            while (true) {
                int next = last + 1;
                if (next < n
                        && tokens.touchesPrevious(next)
                        && joiner(tokens, next)
                        && next + 1 < n
                        && tokens.touchesPrevious(next + 1)
                        && tokens.isWord(next + 1)
                        && !taken[next + 1]) {
                    last = next + 1; // d-Matrix, deepsense.ai, Fool's, Kuehne+Nagel
                    continue;
                }
                if (next + 1 < n
                        && tokens.isPunct(next, ':')
                        && tokens.touchesPrevious(next)
                        && tokens.touchesPrevious(next + 1)
                        && tokens.isWord(next + 1)
                        && tokens.isLowerCase(next + 1)) {
                    last = next + 1; // Run:ai
                    continue;
                }
                if (next < n
                        && !taken[next]
                        && !tokens.lineBreakBefore(next)
                        && singleSpace(tokens, next)
                        && continuesName(tokens, next)
                        && DiscoveryEvidence.legalFormAt(tokens, next) == 0) {
                    last = next;
                    continue;
                }
                if (next + 1 < n
                        && (tokens.isPunct(next, '&') || tokens.is(next, "of"))
                        && continuesName(tokens, next + 1)
                        && !taken[next + 1]) {
                    last = next + 1;
                    continue;
                }
                break;
            }
            int first = i;
            // a capitalised adjective or company noun opening the sentence is not part of the name
            // ("Berliński Gorillas", "Fundusz Cinven"), nor is an abbreviation the dictionary knows
            // before a longer name ("GPU Lambda"), unless a company noun introduces it ("firma LU Polska")
            while (first < last
                    && !DiscoveryEvidence.webName(tokens, first, last)
                    && (CompanyRecognizer.sentenceInitial(tokens, first)
                                    && !polishNames.opensName(tokens, first)
                                    && !names.cueOfTheName(tokens, first, last)
                                    && (notOfTheName(tokens, first)
                                            || last - first >= 2 && lemmas.isCommonWord(tokens, first))
                            || evidence.knownAbbreviation(tokens, first)
                                    && !DiscoveryWords.SHAPES.contains(tokens, first + 1)
                                    && !DiscoveryWords.CUES.contains(tokens, first - 1, lemmas))) {
                first++;
            }
            if (first + 3 <= last
                    && CompanyRecognizer.sentenceInitial(tokens, first)
                    && compoundAdjective(tokens, first)) {
                first += 3; // "Polsko-amerykański Talkie.ai"
            }
            out.add(new Candidate(first, last));
            i = last + 1 + DiscoveryEvidence.legalFormAt(tokens, last + 1);
        }
        return out;
    }

    /** A compound adjective from {@code i}: a first part, a hyphen and an adjective in lower case ("Polsko-amerykański"). */
    private boolean compoundAdjective(Tokens tokens, int i) {
        return tokens.isPunct(i + 1, '-')
                && tokens.touchesPrevious(i + 1)
                && tokens.touchesPrevious(i + 2)
                && tokens.isWord(i + 2)
                && tokens.isLowerCase(i + 2)
                && lemmas.isAdjective(tokens, i + 2);
    }

    private boolean startsName(Tokens tokens, int i, boolean[] taken) {
        if (!tokens.isWord(i) || taken[i]) {
            return false;
        }
        if (tokens.touchesPrevious(i) && (tokens.isPunct(i - 1, '-') || tokens.isPunct(i - 1, '\''))) {
            return false; // the ending of a hyphenated or apostrophised word
        }
        if (!nameLike(tokens, i)) {
            // a lower-case brand shape only before a legal form or after a company noun: u-blox AG
            return tokens.isLowerCase(i) && evidence.lowerCaseBrand(tokens, i);
        }
        if (CompanyRecognizer.sentenceInitial(tokens, i)
                && lemmas.isCommonWord(tokens, i)
                && DiscoveryEvidence.webNameAt(tokens, i) == i) {
            // "Spółka ogłosiła", "Producent zapowiedział": capitalised by the sentence; but a common
            // word may open a longer name: one ending with a name's last word ("Quantum Systems",
            // "Black Forest Labs"), one an apposition follows, a Polish name, "Grupa Azoty"
            if (CompanyContext.SENTENCE_OPENERS.containsLowerCase(tokens, i)) {
                return false;
            }
            if (evidence.strongAfter(tokens, i)) {
                return true;
            }
            int end = runEnd(tokens, i, taken);
            return end > i
                    && (DiscoveryWords.SHAPES.contains(tokens, end)
                            || singularNominative(tokens, i) && evidence.strongAfter(tokens, end)
                            || polishNames.opensName(tokens, i)
                            || names.cueOfTheName(tokens, i, end));
        }
        return true;
    }

    /**
     * A noun that may stand in the nominative singular, as a name's first word does when the
     * dictionary knows it as a common word ("Hyundai Rotem": a hyundai is a car); not "Notowania
     * Cambricona", whose first word governs the name.
     */
    private boolean singularNominative(Tokens tokens, int i) {
        return lemmas.readings(tokens, i).stream().anyMatch(r -> r.is("subst", "sg", "nom"));
    }

    /**
     * The last of the capitalised words that follow {@code i} one space apart, before a legal
     * form: what an apposition after "Hyundai Rotem" speaks of, though the dictionary knows
     * "hyundai" as a car.
     */
    private static int runEnd(Tokens tokens, int i, boolean[] taken) {
        int j = i;
        while (j + 1 < tokens.size()
                && !taken[j + 1]
                && singleSpace(tokens, j + 1)
                && nameLike(tokens, j + 1)
                && DiscoveryEvidence.legalFormAt(tokens, j + 1) == 0) {
            j++;
        }
        return j;
    }

    /** A sentence's first word that introduces a name rather than being part of it. */
    private boolean notOfTheName(Tokens tokens, int i) {
        return lemmas.isAdjective(tokens, i)
                || DiscoveryWords.CUES.contains(tokens, i, lemmas)
                || DiscoveryWords.DEAL_BEFORE.contains(tokens, i, lemmas)
                || DiscoveryWords.PRODUCT_CUES.contains(tokens, i, lemmas)
                || DiscoveryWords.PRODUCTS.contains(tokens, i, lemmas)
                || DiscoveryWords.MAKERS.contains(tokens, i, lemmas);
    }

    private boolean continuesName(Tokens tokens, int i) {
        return tokens.isWord(i) && nameLike(tokens, i);
    }

    /** A capital anywhere, or letters mixed with digits (G42, n8n, a16z). */
    static boolean nameLike(Tokens tokens, int i) {
        if (!tokens.isWord(i) || tokens.isNum(i)) {
            return false;
        }
        String s = tokens.source();
        boolean letter = false;
        boolean digit = false;
        for (int p = tokens.start(i); p < tokens.end(i); p++) {
            char c = s.charAt(p);
            // ASCII first: this runs for every word of every text
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (c >= 'A' && c <= 'Z') {
                return true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (Character.isUpperCase(c)) {
                return true;
            } else {
                letter |= Character.isLetter(c);
                digit |= Character.isDigit(c);
            }
        }
        return letter && digit;
    }

    private static boolean joiner(Tokens tokens, int i) {
        return tokens.isPunct(i, '-')
                || tokens.isPunct(i, '.')
                || tokens.isPunct(i, '\'')
                || tokens.isPunct(i, '’')
                || tokens.isPunct(i, '+');
    }

    private static boolean singleSpace(Tokens tokens, int i) {
        return tokens.start(i) - tokens.end(i - 1) == 1;
    }
}
