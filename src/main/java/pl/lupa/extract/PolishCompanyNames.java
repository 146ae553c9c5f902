package pl.lupa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Polish names built on a company noun: "Polska Grupa Zbrojeniowa", "Operator Chmury Krajowej",
 * "Huta Katowice". The head noun says the name is a company's ({@link DiscoveryWords#COMPANY_HEADS},
 * unless an adjective makes it a public body's), and the name's nominative is the head's with the
 * adjectives that agree with it, while the complement after it keeps the genitive it has in the
 * name too.
 */
final class PolishCompanyNames {

    private final Lemmas lemmas;

    PolishCompanyNames(Lemmas lemmas) {
        this.lemmas = lemmas;
    }

    /**
     * The head of a Polish company name: the first noun of a name of dictionary words, when it is
     * a company's ("Polskiej Grupy Zbrojeniowej", "Operatora Chmury Krajowej") and no adjective
     * makes the name a public body's ("Narodowy Fundusz Zdrowia"); -1 otherwise, and for a name
     * that is its head alone ("Grupa Euvic" is Euvic, told by the company noun before it).
     */
    int head(Tokens tokens, int first, int last) {
        int head = -1;
        for (int i = first; i <= last; i++) {
            if (!tokens.isWord(i) || tokens.touchesPrevious(i)) {
                continue;
            }
            if (lemmas.classOf(tokens, i) == Lemmas.WordClass.UNKNOWN
                    || DiscoveryWords.PUBLIC_ADJECTIVES.contains(tokens, i, lemmas)) {
                return -1;
            }
            if (head < 0 && !lemmas.isAdjective(tokens, i)) {
                if (!DiscoveryWords.COMPANY_HEADS.contains(tokens, i, lemmas)) {
                    return -1;
                }
                head = i;
            }
        }
        return head == last ? -1 : head;
    }

    /**
     * A Polish company name in the nominative: the head noun and the adjectives that agree with
     * it, while its complement stays in the genitive it has in the name too ("Polskiej Wytwórni
     * Papierów Wartościowych" → Polska Wytwórnia Papierów Wartościowych). A plural head in another
     * case takes the nominative plural the dictionary confirms for its lemma, and its adjectives
     * the plural of things, which is the neuter singular's form ("Polskim Sieciom
     * Elektroenergetycznym" → Polskie Sieci Elektroenergetyczne); null when the dictionary
     * confirms none, or for a plural of persons, which names no company.
     */
    String nominative(Tokens tokens, int from, int last, int head) {
        String[] agreement = headReading(tokens, head);
        if (agreement == null) {
            return null;
        }
        String headForm;
        String gender;
        if (agreement[1].equals("pl")) {
            if (agreement[2].contains("nom")) {
                return tokens.span(from, last).replaceAll("\\s+", " ");
            }
            headForm = agreement[3].equals("m1") ? null : nominativePlural(headLemma(tokens, head));
            gender = "n";
        } else {
            headForm = headLemma(tokens, head);
            gender = agreement[3].substring(0, 1);
        }
        if (headForm == null) {
            return null;
        }
        var words = new ArrayList<String>();
        boolean agreeing = true;
        for (int i = from; i <= last; i++) {
            if (!tokens.isWord(i)) {
                continue;
            }
            String written = tokens.text(i);
            if (i == head) {
                words.add(capitalise(headForm, written));
            } else if (i < head || agreeing && agrees(tokens, i, agreement)) {
                words.add(capitalise(adjectiveNominative(lemmaOf(tokens, i, "adj"), gender), written));
            } else {
                if (i > head) {
                    agreeing = false; // the complement: "Chmury Krajowej" stays as it is
                }
                words.add(written);
            }
        }
        return String.join(" ", words);
    }

    /** Endings a noun's lemma may take, or take for its last letter, in the nominative plural. */
    private static final String[] PLURAL_ENDINGS = {"e", "y", "i", "ie", "ci", "a"};

    /** The nominative plural of a noun's lemma, as the dictionary confirms it: sieć → sieci, kolej → koleje. */
    private String nominativePlural(String lemma) {
        for (int cut = 0; cut <= 1 && cut < lemma.length(); cut++) {
            String stem = lemma.substring(0, lemma.length() - cut);
            for (String ending : PLURAL_ENDINGS) {
                String candidate = stem + ending;
                for (Lemmas.Reading r : lemmas.readingsOf(candidate)) {
                    if (r.lemma().equals(lemma) && r.is("subst", "pl", "nom")) {
                        return candidate;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The head's reading as [pos, number, case, gender]: singular unless the head has only plural
     * readings or an adjective next to it does ("Kolei Mazowieckich" is plural).
     */
    private String[] headReading(Tokens tokens, int head) {
        if (pluralOnly(tokens, head - 1) || pluralOnly(tokens, head + 1)) {
            return headReading(tokens, head, "pl");
        }
        String[] singular = headReading(tokens, head, "sg");
        return singular != null ? singular : headReading(tokens, head, "pl");
    }

    /** The head's first reading as a company noun in {@code number}, or null. */
    private String[] headReading(Tokens tokens, int head, String number) {
        for (Lemmas.Reading r : lemmas.readings(tokens, head)) {
            if (!DiscoveryWords.COMPANY_HEADS.contains(r.lemma())) {
                continue;
            }
            for (String[] fields : r.alternatives()) {
                if (fields.length > 3 && fields[0].equals("subst") && fields[1].equals(number)) {
                    return fields;
                }
            }
        }
        return null;
    }

    /** An adjective that can only be plural: "Mazowieckich", "Jądrowych". */
    private boolean pluralOnly(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return false;
        }
        boolean plural = false;
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            for (String[] fields : r.alternatives()) {
                if (fields.length > 1 && fields[0].equals("adj")) {
                    if (fields[1].equals("sg")) {
                        return false;
                    }
                    plural = true;
                }
            }
        }
        return plural;
    }

    private String headLemma(Tokens tokens, int head) {
        for (Lemmas.Reading r : lemmas.readings(tokens, head)) {
            if (DiscoveryWords.COMPANY_HEADS.contains(r.lemma())) {
                return r.lemma();
            }
        }
        return tokens.text(head).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether token {@code i} is an adjective that agrees with the head as it stands in the name.
     * With a singular head, a noun reading makes it a noun of the name ("Huta Stalowa Wola" keeps
     * "Wola"); with a plural head, only an adjective that can be nothing but plural reaches here,
     * and its nouns and surnames ("jądrowe", "Mazowiecki") do not count against it.
     */
    private boolean agrees(Tokens tokens, int i, String[] head) {
        var headReading = List.of(Lemmas.Reading.of("", String.join(":", head)));
        boolean plural = head[1].equals("pl");
        boolean agrees = false;
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            if (r.is("subst") && !plural) {
                return false;
            }
            agrees |= r.is("adj") && Lemmas.agrees(r, headReading);
        }
        return agrees;
    }

    /**
     * Whether token {@code i} is an adjective that opens a Polish company name: the next word is a
     * company head it agrees with ("Polskim Sieciom…", "Polska Grupa…"), so a sentence's capital
     * does not make it a word before the name.
     */
    boolean opensName(Tokens tokens, int i) {
        if (!tokens.isWord(i + 1) || !DiscoveryWords.COMPANY_HEADS.contains(tokens, i + 1, lemmas)) {
            return false;
        }
        List<Lemmas.Reading> head = lemmas.readings(tokens, i + 1);
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            if (r.is("adj") && Lemmas.agrees(r, head)) {
                return true;
            }
        }
        return false;
    }

    private String lemmaOf(Tokens tokens, int i, String pos) {
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            if (r.is(pos)) {
                return r.lemma();
            }
        }
        return tokens.text(i).toLowerCase(Locale.ROOT);
    }

    /** The nominative singular of an adjective in a gender, from its masculine lemma: polski → polska, polskie. */
    static String adjectiveNominative(String lemma, String gender) {
        if (gender.equals("m") || !(lemma.endsWith("y") || lemma.endsWith("i"))) {
            return lemma;
        }
        String stem = lemma.substring(0, lemma.length() - 1);
        boolean soft = lemma.endsWith("i") && !(stem.endsWith("k") || stem.endsWith("g"));
        if (gender.equals("f")) {
            return stem + (soft ? "ia" : "a");
        }
        return stem + (lemma.endsWith("i") ? "ie" : "e");
    }

    private static String capitalise(String word, String written) {
        return Character.isUpperCase(written.charAt(0)) && !word.isEmpty()
                ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                : word;
    }
}
