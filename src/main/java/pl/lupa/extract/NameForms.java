package pl.lupa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The nominative of a discovered name as the text writes it: "Rapidusowi" → Rapidus, "Lambdą" →
 * Lambda, "Nebiusa" → Nebius, "PKO Banku Polskiego" → PKO Bank Polski. A name after a company
 * noun or as a sentence's subject is taken as written; an inflected one is undone by the endings
 * {@link CompanyInflection} generates, preferring a base the text or the corpus already knows.
 */
final class NameForms {

    /** Company nouns that open a name without belonging to it: "Grupa Euvic", "Studio Rebel Wolves". */
    private static final Set<String> LEADING_CUES =
            Set.of("grupa", "studio", "fundusz", "spółka", "firma", "start-up", "startup");

    private final Lemmas lemmas;

    NameForms(Lemmas lemmas) {
        this.lemmas = lemmas;
    }

    /**
     * @param nominative the context says the name is uninflected here
     * @return the canonical name, or null when nothing name-like is left
     */
    String canonical(
            Tokens tokens, int first, int last, boolean nominative, Set<String> established, DiscoveryMemory memory) {
        if (nominative
                && first > 0
                && PREPOSITIONS.contains(tokens.text(first - 1).toLowerCase(Locale.ROOT))) {
            nominative = false; // "W VeloBanku zakończyła się…": the verb's subject is another word
        }
        int from = first;
        while (from < last && LEADING_CUES.contains(tokens.text(from).toLowerCase(Locale.ROOT))) {
            from++;
        }
        int to = last;
        if (to > from
                && GENERIC_ENDINGS.contains(tokens.text(to))
                && tokens.span(from, to - 1).length() >= 4
                && (to - from == 1 || !tokens.text(to).equals("Group"))) {
            to--; // "Nebius Group N.V." is Nebius, "Raspberry Pi Holdings plc" Raspberry Pi; but
            // "Universal Music Group" is the whole
        }
        last = to;
        String written = normalSpaces(tokens.span(from, last));
        if (written.length() < 2) {
            return null;
        }
        if (written.indexOf(' ') < 0) {
            String known = knownBase(written, established, memory);
            if (known != null && !known.equals(written)) {
                return known; // "Przejęcie Getira" after "spółka Getir"
            }
        }
        if (from < last && SHAPES_KEEP.contains(tokens.text(last))) {
            return written; // a name with an English last word does not decline: Luma AI, Planet Labs
        }
        int head = polishCompanyHead(tokens, from, last, lemmas);
        if (head >= 0) {
            return polishNominative(tokens, from, last, head);
        }
        // words the dictionary knows are put in the nominative one by one: Banku → Bank
        var words = new ArrayList<String>();
        boolean changed = false;
        boolean single = true;
        for (int i = from; i <= last; i++) {
            if (!tokens.isWord(i) || tokens.touchesPrevious(i)) {
                single = false;
                continue;
            }
            if (i > from) {
                single = false;
            }
            String nominal = dictionaryNominative(tokens, i);
            if (nominal != null && nominative && !tokens.text(i).startsWith(nominal)) {
                // after a company noun a name stands uninflected: "grupy Nice" is not Nika, though
                // "spółka Volkswagena" is Volkswagen's
                nominal = null;
            }
            if (nominal != null) {
                words.add(nominal);
                changed = true;
            } else {
                words.add(tokens.text(i));
            }
        }
        if (changed) {
            return normalSpaces(String.join(" ", words));
        }
        if (!single || nominative && !obliqueEnding(written)) {
            return written; // English multi-word names do not decline: Boston Dynamics, Safe Superintelligence
        }
        if (!obliqueEnding(written) && !obliqueContext(tokens, from)) {
            return written; // a name standing as the text writes it: Mubadala, Zowie
        }
        return base(written, established, memory);
    }

    /**
     * The head of a Polish company name: the first noun of a name of dictionary words, when it is
     * a company's ("Polskiej Grupy Zbrojeniowej", "Operatora Chmury Krajowej") and no adjective
     * makes the name a public body's ("Narodowy Fundusz Zdrowia"); -1 otherwise, and for a name
     * that is its head alone ("Grupa Euvic" is Euvic, told by the company noun before it).
     */
    static int polishCompanyHead(Tokens tokens, int first, int last, Lemmas lemmas) {
        int head = -1;
        for (int i = first; i <= last; i++) {
            if (!tokens.isWord(i) || tokens.touchesPrevious(i)) {
                continue;
            }
            if (lemmas.classOf(tokens, i) == Lemmas.WordClass.UNKNOWN
                    || DiscoveryWords.PUBLIC_ADJECTIVES.contains(tokens, i, lemmas)) {
                return -1;
            }
            if (head < 0 && !adjective(lemmas, tokens, i)) {
                if (!DiscoveryWords.COMPANY_HEADS.contains(tokens, i, lemmas)) {
                    return -1;
                }
                head = i;
            }
        }
        return head == last ? -1 : head;
    }

    private static boolean adjective(Lemmas lemmas, Tokens tokens, int i) {
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            if (r.is("adj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Polish company name in the nominative: the head noun and the adjectives that agree with
     * it, while its complement stays in the genitive it has in the name too ("Polskiej Wytwórni
     * Papierów Wartościowych" → Polska Wytwórnia Papierów Wartościowych). A plural head
     * ("Polskim Sieciom Elektroenergetycznym") is taken as written only in the nominative.
     */
    private String polishNominative(Tokens tokens, int from, int last, int head) {
        String[] agreement = headReading(tokens, head);
        if (agreement == null) {
            return null;
        }
        if (agreement[1].equals("pl")) {
            return agreement[2].contains("nom") ? normalSpaces(tokens.span(from, last)) : null;
        }
        String gender = agreement[3].substring(0, 1);
        var words = new ArrayList<String>();
        boolean agreeing = true;
        for (int i = from; i <= last; i++) {
            if (!tokens.isWord(i)) {
                continue;
            }
            String written = tokens.text(i);
            if (i == head) {
                words.add(capitalise(headLemma(tokens, i), written));
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

    /** Whether token {@code i} is an adjective in the head's number, a case of it and its gender. */
    private boolean agrees(Tokens tokens, int i, String[] head) {
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            if (r.is("subst")) {
                return false; // "Huta Stalowa Wola": a noun of the name stays as it is
            }
        }
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            for (String[] fields : r.alternatives()) {
                if (fields.length > 3
                        && fields[0].equals("adj")
                        && fields[1].equals(head[1])
                        && shares(fields[2], head[2])
                        && fields[3].contains(head[3].substring(0, 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shares(String cases, String others) {
        for (String c : cases.split("\\.")) {
            if (others.contains(c)) {
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

    /** Endings no nominative of a name has: Rapidusowi, Getirem, Lambdą, Lambdę, Getirów. */
    private static boolean obliqueEnding(String form) {
        String lower = form.toLowerCase(Locale.ROOT);
        return (lower.endsWith("owi")
                        || lower.endsWith("em")
                        || lower.endsWith("ą")
                        || lower.endsWith("ę")
                        || lower.endsWith("ów"))
                && !bases(form).isEmpty();
    }

    /**
     * Whether the word before puts a name in an oblique case: a preposition ("w Xpengu"), a noun
     * ("notowania Cambricona") or a verb ("kupił Getira").
     */
    private boolean obliqueContext(Tokens tokens, int first) {
        int j = first - 1;
        if (!tokens.isWord(j) || !tokens.isLowerCase(j) && !CompanyRecognizer.sentenceInitial(tokens, j)) {
            return false; // a word capitalised only by the sentence still governs: "Notowania Cambricona"
        }
        if (PREPOSITIONS.contains(tokens.text(j).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Lemmas.Reading r : lemmas.readings(tokens, j)) {
            if (r.is("subst") || r.is("verb")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PREPOSITIONS = Set.of(
            "w", "we", "z", "ze", "od", "do", "dla", "przez", "przy", "o", "na", "po", "za", "u", "nad", "pod", "przed",
            "między", "wobec", "dzięki", "obok", "oprócz", "według", "wśród", "bez", "ku", "spod", "znad");

    /** English last words of names, which do not decline. */
    private static final WordList SHAPES_KEEP = DiscoveryWords.SHAPES;

    /** Last words a company is often called without: "Nebius Group" is Nebius. */
    private static final Set<String> GENERIC_ENDINGS = Set.of("Group", "Holdings", "Holding");

    /** The base whose generated forms include {@code form}, preferring one already known. */
    String base(String form, Set<String> established, DiscoveryMemory memory) {
        String known = knownBase(form, established, memory);
        if (known != null) {
            return known;
        }
        List<String> bases = bases(form);
        return bases.isEmpty() ? form : bases.get(0);
    }

    /** The form itself or a base of it that the text or the corpus established; null when none is. */
    private static String knownBase(String form, Set<String> established, DiscoveryMemory memory) {
        if (established.contains(form) || memory.established(form)) {
            return form;
        }
        for (String b : bases(form)) {
            if (established.contains(b) || memory.established(b)) {
                return b;
            }
        }
        return null;
    }

    /** Bases that decline to {@code form}, most likely first; empty when it looks uninflected. */
    static List<String> bases(String form) {
        var out = new ArrayList<String>();
        String lower = form.toLowerCase(Locale.ROOT);
        // feminine: Lambdą, Lambdę, Lambdy, Nvidii, Lambdzie
        tryBase(form, lower, "ą", "a", out);
        tryBase(form, lower, "ę", "a", out);
        tryBase(form, lower, "ii", "ia", out);
        tryBase(form, lower, "dzie", "da", out);
        // masculine: Rapidusowi, Getirem, Rapidusie, Nebiusa, Getiru, Microsofcie, Twitterze
        tryBase(form, lower, "owi", "", out);
        tryBase(form, lower, "iem", "", out);
        tryBase(form, lower, "em", "", out);
        tryBase(form, lower, "cie", "t", out);
        tryBase(form, lower, "dzie", "d", out);
        tryBase(form, lower, "rze", "r", out);
        tryBase(form, lower, "ie", "", out);
        tryBase(form, lower, "a", "", out);
        tryBase(form, lower, "u", "", out);
        tryBase(form, lower, "y", "a", out);
        tryBase(form, lower, "i", "a", out);
        // plural genitive, as in "Getirów, Gorillasów i Flinków tego świata": Rapidusów → Rapidus
        if (lower.endsWith("ów") && form.length() >= 5 && !isVowel(lower.charAt(lower.length() - 3))) {
            String base = form.substring(0, form.length() - 2);
            if (!out.contains(base)) {
                out.add(base);
            }
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aąeęioóuy".indexOf(c) >= 0;
    }

    private static void tryBase(String form, String lower, String ending, String replacement, List<String> out) {
        if (!lower.endsWith(ending) || form.length() - ending.length() < 3) {
            return;
        }
        String base = form.substring(0, form.length() - ending.length()) + replacement;
        if (out.contains(base)) {
            return;
        }
        for (CompanyInflection.Form f : CompanyInflection.forms(base)) {
            if (f.text().equals(form)) {
                out.add(base);
                return;
            }
        }
    }

    /** The nominative of a word the dictionary knows in an oblique case, capitalised as written; else null. */
    private String dictionaryNominative(Tokens tokens, int i) {
        if (lemmas.classOf(tokens, i) == Lemmas.WordClass.UNKNOWN) {
            return null;
        }
        String written = tokens.text(i);
        String best = null;
        for (Lemmas.Reading r : lemmas.readings(tokens, i)) {
            boolean noun = r.is("subst");
            boolean adjective = r.is("adj");
            if (!noun && !adjective) {
                continue;
            }
            for (String[] fields : r.alternatives()) {
                if (fields.length > 2 && fields[2].contains("nom")) {
                    return null; // already a nominative
                }
            }
            String lemma = r.lemma();
            if (lemma.equalsIgnoreCase(written)) {
                return null;
            }
            // of two lemmas, the one closer to the form: "Banku" is bank's, not banek's
            if (best == null || commonPrefix(lemma, written) > commonPrefix(best, written)) {
                best = lemma;
            }
        }
        if (best == null) {
            return null;
        }
        return Character.isUpperCase(written.charAt(0))
                ? Character.toUpperCase(best.charAt(0)) + best.substring(1)
                : best;
    }

    private static int commonPrefix(String lemma, String written) {
        int n = Math.min(lemma.length(), written.length());
        int k = 0;
        while (k < n && Character.toLowerCase(written.charAt(k)) == lemma.charAt(k)) {
            k++;
        }
        return k;
    }

    private static String normalSpaces(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
