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
    private final PolishCompanyNames polishNames;

    NameForms(Lemmas lemmas) {
        this.lemmas = lemmas;
        this.polishNames = new PolishCompanyNames(lemmas);
    }

    /**
     * @param nominative the context says the name is uninflected here
     * @return the canonical name, or null when nothing name-like is left
     */
    String canonical(
            Tokens tokens, int first, int last, boolean nominative, Set<String> established, DiscoveryMemory memory) {
        if (nominative && first > 0 && PREPOSITIONS.contains(tokens.lower(first - 1))) {
            nominative = false; // "W VeloBanku zakończyła się…": the verb's subject is another word
        }
        int from = first;
        // a company noun opening the name is dropped ("Grupa Euvic" is Euvic), unless one word the
        // dictionary knows is all that follows: "Grupa Azoty", "Grupa Kęty" are the names
        while (from < last && LEADING_CUES.contains(tokens.lower(from)) && !cueOfTheName(tokens, from, last)) {
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
        int head = polishNames.head(tokens, from, last);
        if (head >= 0) {
            return polishNames.nominative(tokens, from, last, head);
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
     * Whether the company noun at {@code cue} belongs to the name that ends at {@code last}: it is
     * one of the nouns that open names ("Grupa", "Spółka"…) and one word the dictionary knows,
     * common or a place's, is all that follows it ("Grupa Azoty", "Grupa Kęty").
     */
    boolean cueOfTheName(Tokens tokens, int cue, int last) {
        if (last != cue + 1 || !LEADING_CUES.contains(tokens.lower(cue))) {
            return false;
        }
        Lemmas.WordClass kind = lemmas.classOf(tokens, last);
        return kind == Lemmas.WordClass.COMMON || kind == Lemmas.WordClass.PROPER;
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
     * ("notowania Cambricona"), a verb ("kupił Getira") or an adjective in no nominative
     * ("izraelskiego Decartu").
     */
    private boolean obliqueContext(Tokens tokens, int first) {
        int j = first - 1;
        if (!tokens.isWord(j) || !tokens.isLowerCase(j) && !CompanyRecognizer.sentenceInitial(tokens, j)) {
            return false; // a word capitalised only by the sentence still governs: "Notowania Cambricona"
        }
        if (PREPOSITIONS.contains(tokens.lower(j))) {
            return true;
        }
        boolean adjective = false;
        boolean nominative = false;
        for (Lemmas.Reading r : lemmas.readings(tokens, j)) {
            if (r.is("subst") || r.is("verb")) {
                return true;
            }
            adjective |= r.is("adj");
            nominative |= r.is("adj", null, "nom");
        }
        // an adjective that agrees with the name and cannot be a nominative: "izraelskiego Decartu"
        return adjective && !nominative;
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
        if (bases.isEmpty()) {
            return form;
        }
        String first = bases.get(0);
        String withX = first.endsWith("ks") ? first.substring(0, first.length() - 2) + "x" : null;
        if (withX != null
                && bases.contains(withX)
                && lemmas.readingsOf(first.toLowerCase(Locale.ROOT)).isEmpty()) {
            return withX; // Budimeksu: no Polish word "budimeks", so the name is spelt Budimex
        }
        return first; // Sfinksa: the dictionary knows "sfinks"
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
        // a final x is written ks before an ending: Budimeksu, Novavaksem → Budimex, Novavax
        for (String ending : new String[] {"ksowi", "ksem", "ksie", "ksa", "ksu"}) {
            tryBase(form, lower, ending, "x", out);
        }
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
            if (r.is(null, null, "nom")) {
                return null; // already a nominative
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
