package pl.lupa.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.DictionaryLookup;
import pl.lupa.analysis.PolishDictionary;

/**
 * Finds gazetteer companies in tokenised text.
 *
 * <p>Every way of writing a company (canonical name, aliases, listed and generated case forms,
 * an upper-case variant for headlines) is turned into a token key once, at construction. Matching
 * is then one hash lookup per token: a map from a first token to the longest surface starting
 * with it tells how many tokens to try, longest first, so "Orange Polska" wins over "Orange".
 * Lookups are case-sensitive because capitalisation is what separates "Meta" from "meta".
 *
 * <p>Names flagged {@code ambiguous} are also ordinary words or surnames. Such a mention counts
 * only when something supports it: a capital letter not explained by the start of a sentence, a
 * company word around it ("koncern Meta", "Meta ogłosiła"), a multi-word alias or an ending only
 * a company name takes, being listed next to a certain company ("Zoom i Slack"), or any such
 * supported mention of the same company elsewhere in the text. Names flagged {@code product-name}
 * (and ambiguous ones) are also dropped when they are only part of a longer proper name ("Opel
 * Vectra", "Opera Narodowa"), and an ambiguous name right after another company's name is that
 * company's product ("Google Play"). A first name right before a match makes it a surname
 * ("Nikola Tesla").
 *
 * <p>A text without capitals is scanned the same way over a second table of the names that
 * cannot be ordinary words, and there every mention counts as it is.
 */
final class CompanyRecognizer {

    private static final int NAME = 0;
    private static final int ALIAS = 1;
    private static final int LISTED_FORM = 2;
    private static final int GENERATED_FORM = 3;
    private static final int CASE_VARIANT = 4;
    private static final int SHORT_NAME = 5;

    /**
     * One way of writing a company; lower priority numbers win a clash between companies.
     * {@code generated} marks a generated form that could also be a Polish word; {@code former}
     * is the name before a rename this is a way of writing, else null.
     */
    private record Surface(
            int entry,
            int priority,
            boolean distinctive,
            boolean multiWord,
            boolean generated,
            String former,
            boolean shortName) {}

    /** One match in the text, kept until evidence for ambiguous companies has been weighed. */
    private record Mention(int entry, int first, int last, boolean evident, String former) {}

    /**
     * The companies of a text: distinct canonical names in order of first mention, and for those
     * the text names only by a name they had before a rename, that name.
     */
    record Found(
            List<String> names, Map<String, String> formerNames, int[] firsts, List<int[]> spans, List<int[]> matched) {
        static final Found NONE = new Found(List.of(), Map.of(), new int[0], List.of(), List.of());

        Found withMatched(List<int[]> all) {
            return new Found(names, formerNames, firsts, spans, List.copyOf(all));
        }
    }

    /**
     * Surfaces by key, and for each first token the number of tokens of the longest surface it
     * starts. {@code lowerCase}: keys are lower case and text is lower-cased as it is looked up.
     */
    private record Table(SpanMap<Surface> surfaces, SpanMap<Integer> longestByFirstToken, boolean lowerCase) {

        Integer longestAt(Tokens tokens, int i) {
            return lowerCase ? longestByFirstToken.getLowerCase(tokens, i) : longestByFirstToken.get(tokens, i);
        }

        /**
         * The surface written as tokens {@code from..to}, or null. A single word is looked up where
         * it stands; only a longer key is put together, in {@code sb}.
         */
        Surface surfaceAt(Tokens tokens, int from, int to, StringBuilder sb) {
            if (from == to && tokens.kind(from) != Tokens.PUNCT) {
                return lowerCase ? surfaces.getLowerCase(tokens, from) : surfaces.get(tokens, from);
            }
            appendKey(tokens, from, to, sb);
            return lowerCase ? surfaces.getLowerCase(sb, 0, sb.length()) : surfaces.get(sb);
        }
    }

    private final String[] canonical;
    private final boolean[] ambiguous;
    private final boolean[] productName;
    private final Table cased;
    /** Lower-case keys of the unambiguous names, for texts written without capitals. */
    private final Table caseless;

    private final Lemmas lemmas;

    /** The lookup tables while they are being filled, in the constructor only. */
    private static final class Tables {
        final Map<String, Surface> surfaces = new HashMap<>();
        final Map<String, Integer> longestByFirstToken = new HashMap<>();
        final Map<String, Surface> caselessSurfaces = new HashMap<>();
        final Map<String, Integer> caselessLongestByFirstToken = new HashMap<>();
        /** A name that is also a Polish word form ("wiz", of "wiza") needs its capital. */
        final DictionaryLookup dictionary = new DictionaryLookup(PolishDictionary.morfologik());

        final StringBuilder key = new StringBuilder();
    }

    CompanyRecognizer(Gazetteer gazetteer, Lemmas lemmas) {
        this.lemmas = lemmas;
        List<GazetteerEntry> entries = gazetteer.entries();
        canonical = new String[entries.size()];
        ambiguous = new boolean[entries.size()];
        productName = new boolean[entries.size()];
        Tables tables = new Tables();
        var allNames = gazetteerNames(entries);
        for (int e = 0; e < entries.size(); e++) {
            GazetteerEntry entry = entries.get(e);
            canonical[e] = entry.name();
            ambiguous[e] = entry.ambiguous();
            productName[e] = entry.productName();
            boolean feminine = entry.name().endsWith("a");
            add(e, entry.name(), NAME, false, null, tables);
            for (String alias : entry.aliases()) {
                add(e, alias, ALIAS, false, null, tables);
            }
            for (String former : entry.former()) {
                add(e, former, ALIAS, false, former, tables);
            }
            String shortName = shortName(entry.name());
            if (shortName != null && !allNames.contains(shortName)) {
                // "zespołu Inflection": journalists drop the corporate last word of Inflection AI;
                // the short name counts only with evidence, as an ambiguous name does
                put(e, shortName, SHORT_NAME, false, false, null, tables);
                for (CompanyInflection.Form form : CompanyInflection.forms(shortName)) {
                    put(e, form.text(), SHORT_NAME, form.distinctive(), true, null, tables);
                }
            }
            for (String form : entry.forms()) {
                // a hand-listed form of a feminine name (Mety, Tesli) is also a common noun form
                boolean distinctive =
                        form.indexOf('\'') >= 0 || form.indexOf('’') >= 0 || form.indexOf('-') >= 0 || !feminine;
                add(e, form, LISTED_FORM, distinctive, formerNameOf(form, entry), tables);
            }
            List<String> bases = new ArrayList<>(entry.aliases());
            bases.add(0, entry.name());
            for (String base : bases) {
                for (CompanyInflection.Form form : CompanyInflection.forms(base)) {
                    add(e, form.text(), GENERATED_FORM, form.distinctive(), null, tables);
                }
            }
            for (String former : entry.former()) {
                for (CompanyInflection.Form form : CompanyInflection.forms(former)) {
                    add(e, form.text(), GENERATED_FORM, form.distinctive(), former, tables);
                }
            }
        }
        cased = new Table(SpanMap.of(tables.surfaces), SpanMap.of(tables.longestByFirstToken), false);
        caseless = new Table(SpanMap.of(tables.caselessSurfaces), SpanMap.of(tables.caselessLongestByFirstToken), true);
    }

    /**
     * The former name a hand-listed form inflects ("Twittera" of Twitter), or null when the form
     * shares a longer beginning with a current name.
     */
    private static String formerNameOf(String form, GazetteerEntry entry) {
        int current = commonPrefix(form, entry.name());
        for (String alias : entry.aliases()) {
            current = Math.max(current, commonPrefix(form, alias));
        }
        String best = null;
        int longest = current;
        for (String former : entry.former()) {
            int shared = commonPrefix(form, former);
            if (shared > longest) {
                best = former;
                longest = shared;
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && Character.toLowerCase(a.charAt(i)) == Character.toLowerCase(b.charAt(i))) {
            i++;
        }
        return i;
    }

    private void add(int entry, String text, int priority, boolean distinctive, String former, Tables tables) {
        // an apostrophe or a hyphen (Cloudflare'owi, TSMC-u) never makes a Polish word
        boolean generated = priority == GENERATED_FORM && text.indexOf('\'') < 0 && text.indexOf('-') < 0;
        put(entry, text, priority, distinctive, generated, former, tables);
        // headlines write names in capitals; a name starting in lower case (x-kom) may open a sentence
        String upper = text.toUpperCase(Locale.ROOT);
        if (!upper.equals(text) && letters(text) >= 4) {
            put(entry, upper, CASE_VARIANT, distinctive, generated, former, tables);
        }
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
            put(
                    entry,
                    Character.toUpperCase(text.charAt(0)) + text.substring(1),
                    CASE_VARIANT,
                    distinctive,
                    generated,
                    former,
                    tables);
        }
    }

    private void put(
            int entry,
            String text,
            int priority,
            boolean distinctive,
            boolean generated,
            String former,
            Tables tables) {
        Tokens tokens = Tokens.of(text);
        if (tokens.size() == 0) {
            return;
        }
        String k = key(tokens, 0, tokens.size() - 1, tables.key);
        Surface surface = new Surface(
                entry, priority, distinctive, k.indexOf(' ') >= 0, generated, former, priority == SHORT_NAME);
        Surface existing = tables.surfaces.get(k);
        if (existing == null || existing.priority() > priority) {
            tables.surfaces.put(k, surface);
        }
        tables.longestByFirstToken.merge(key(tokens, 0, 0, tables.key), tokens.size(), Math::max);
        // Without capitals only names that cannot be ordinary words are safe to find: unambiguous
        // companies, in spellings that are no Polish word form.
        String lower = k.toLowerCase(Locale.ROOT);
        if (!ambiguous[entry]
                && !productName[entry]
                && priority != SHORT_NAME
                && letters(text) >= 3
                && (k.indexOf(' ') >= 0 || tables.dictionary.lookup(lower).isEmpty())) {
            Surface existingLower = tables.caselessSurfaces.get(lower);
            if (existingLower == null || existingLower.priority() > priority) {
                tables.caselessSurfaces.put(lower, surface);
            }
            tables.caselessLongestByFirstToken.merge(
                    key(tokens, 0, 0, tables.key).toLowerCase(Locale.ROOT), tokens.size(), Math::max);
        }
    }

    /**
     * A text with (almost) no capital letters — some feeds and corpora are lower-cased by their
     * publisher — cannot tell names from words by case; then the caseless table is used.
     */
    static boolean caseless(String text) {
        int letters = 0;
        int upper = 0;
        int enough = text.length() / 1000; // more capitals than that and the answer is no
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
            if (letter) {
                letters++;
                boolean capital = c < 128 ? c <= 'Z' : Character.isUpperCase(c);
                if (capital && ++upper > enough) {
                    return false;
                }
            }
        }
        return letters >= 100 && upper * 1000 < letters;
    }

    /** The name without its corporate last word ("Inflection" of Inflection AI), or null. */
    private static String shortName(String name) {
        int space = name.lastIndexOf(' ');
        if (space <= 0 || name.indexOf(' ') != space) {
            return null; // one word, or more than two
        }
        String rest = name.substring(0, space);
        return DiscoveryWords.SHAPES.contains(name.substring(space + 1)) && letters(rest) >= 4 ? rest : null;
    }

    private static java.util.Set<String> gazetteerNames(List<GazetteerEntry> entries) {
        var names = new java.util.HashSet<String>();
        for (GazetteerEntry e : entries) {
            names.add(e.name());
            names.addAll(e.aliases());
        }
        return names;
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * The lookup key of tokens {@code from..to}: their text with any run of spaces between them
     * reduced to one space and typographic apostrophes and hyphens made plain.
     */
    private static String key(Tokens tokens, int from, int to, StringBuilder sb) {
        if (from == to && tokens.kind(from) != Tokens.PUNCT) {
            return tokens.text(from);
        }
        appendKey(tokens, from, to, sb);
        return sb.toString();
    }

    /** Writes the key of tokens {@code from..to} into {@code sb}, replacing what it held. */
    private static void appendKey(Tokens tokens, int from, int to, StringBuilder sb) {
        sb.setLength(0);
        String source = tokens.source();
        for (int i = from; i <= to; i++) {
            if (i > from && !tokens.touchesPrevious(i)) {
                sb.append(' ');
            }
            if (tokens.kind(i) == Tokens.PUNCT) {
                sb.append(plainPunctuation(source.charAt(tokens.start(i))));
            } else {
                sb.append(source, tokens.start(i), tokens.end(i));
            }
        }
    }

    private static char plainPunctuation(char c) {
        return switch (c) {
            case '’', '‘', '`', '´', 'ʼ' -> '\'';
            case '‐', '‑' -> '-';
            default -> c;
        };
    }

    Found find(Tokens tokens) {
        boolean withoutCapitals = caseless(tokens.source());
        Table table = withoutCapitals ? caseless : cased;
        List<Mention> mentions = new ArrayList<>();
        List<int[]> matched = new ArrayList<>();
        StringBuilder sb = new StringBuilder(64);
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (tokens.kind(i) == Tokens.PUNCT) {
                continue;
            }
            Integer longest = table.longestAt(tokens, i);
            if (longest == null) {
                continue;
            }
            for (int len = Math.min(longest, n - i); len >= 1; len--) {
                int last = i + len - 1;
                Surface surface = table.surfaceAt(tokens, i, last, sb);
                if (surface != null) {
                    matched.add(new int[] {i, last});
                    if (withoutCapitals) {
                        mentions.add(new Mention(surface.entry(), i, last, true, surface.former()));
                    } else if (!followsFirstName(tokens, i) && !namesAProductOf(tokens, mentions, i, surface)) {
                        mentions.add(new Mention(
                                surface.entry(), i, last, evident(tokens, i, last, surface), surface.former()));
                    }
                    i = last;
                    break;
                }
            }
        }
        return resolve(tokens, mentions).withMatched(matched);
    }

    /**
     * Keeps the companies with at least one supported mention. A mention listed together with a
     * supported company ("Zoom i Slack", "Valve i Nintendo") is supported too, which is repeated
     * until nothing changes so that whole enumerations are picked up.
     */
    private Found resolve(Tokens tokens, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return Found.NONE;
        }
        boolean[] supported = new boolean[canonical.length];
        boolean anyUnsupported = false;
        for (Mention m : mentions) {
            supported[m.entry()] |= m.evident();
        }
        for (Mention m : mentions) {
            anyUnsupported |= !supported[m.entry()];
        }
        for (boolean changed = anyUnsupported; changed; ) {
            changed = false;
            for (int k = 0; k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                if (supported[m.entry()]) {
                    continue;
                }
                boolean joined =
                        (k > 0 && supported[mentions.get(k - 1).entry()] && enumerated(tokens, mentions.get(k - 1), m))
                                || (k + 1 < mentions.size()
                                        && supported[mentions.get(k + 1).entry()]
                                        && enumerated(tokens, m, mentions.get(k + 1)));
                if (joined) {
                    supported[m.entry()] = true;
                    changed = true;
                }
            }
        }
        List<String> names = new ArrayList<>();
        var firsts = new ArrayList<Integer>();
        var spans = new ArrayList<int[]>();
        boolean[] listed = new boolean[canonical.length];
        boolean[] currentName = new boolean[canonical.length];
        var formerByEntry = new LinkedHashMap<Integer, String>();
        for (Mention m : mentions) {
            if (!supported[m.entry()]) {
                continue;
            }
            spans.add(new int[] {m.first(), m.last()});
            if (!listed[m.entry()]) {
                listed[m.entry()] = true;
                names.add(canonical[m.entry()]);
                firsts.add(m.first());
            }
            if (m.former() == null) {
                currentName[m.entry()] = true;
            } else {
                formerByEntry.putIfAbsent(m.entry(), m.former());
            }
        }
        // a text that also uses the current name is about the company as it is now
        var formerNames = new LinkedHashMap<String, String>();
        formerByEntry.forEach((entry, former) -> {
            if (!currentName[entry]) {
                formerNames.put(canonical[entry], former);
            }
        });
        return new Found(
                names, formerNames, firsts.stream().mapToInt(Integer::intValue).toArray(), spans, List.of());
    }

    /** True when one conjunction or comma is all that separates two mentions. */
    private static boolean enumerated(Tokens tokens, Mention left, Mention right) {
        int between = right.first() - left.last() - 1;
        if (between != 1) {
            return false;
        }
        int j = left.last() + 1;
        return tokens.isPunct(j, ',') || (tokens.isWord(j) && CompanyContext.CONJUNCTIONS.contains(tokens, j));
    }

    private boolean evident(Tokens tokens, int first, int last, Surface surface) {
        // a generated form may happen to be a Polish word ("Wiza" from Wiz), which only a capital
        // at the start of a sentence would make look like a name: weigh it like an ambiguous one
        boolean guessedAtSentenceStart = surface.generated() && !surface.multiWord() && sentenceInitial(tokens, first);
        boolean ambiguousName = ambiguous[surface.entry()] || surface.shortName() || guessedAtSentenceStart;
        if (surface.multiWord() || (!ambiguousName && !productName[surface.entry()])) {
            return true;
        }
        if (ambiguousName && surface.distinctive() && !guessedAtSentenceStart) {
            return true;
        }
        if (inEnglish(tokens, first, last)) {
            return false;
        }
        if (CompanyContext.BEFORE.contains(tokens, first - 1, lemmas)) {
            return true;
        }
        if (tokens.isWord(last + 1) && CompanyContext.LEGAL_FORMS.containsLowerCase(tokens, last + 1)) {
            return true;
        }
        if (partOfLongerName(tokens, first, last, productName[surface.entry()])) {
            return false;
        }
        if (!ambiguousName) {
            return true;
        }
        if (tokens.isWord(last + 1) && actsLikeCompany(tokens, last + 1)) {
            return true;
        }
        if (tokens.isPunct(last + 1, ',') && CompanyContext.APPOSITION.contains(tokens, last + 2, lemmas)) {
            return true;
        }
        return Character.isUpperCase(tokens.first(first)) && !sentenceInitial(tokens, first);
    }

    /**
     * True when the word after a name reads as the verb of a company acting in news: a listed
     * verb, or a third-person past form ("zadebiutowało", "przedstawił") or present form
     * ("rozbudowuje").
     */
    private boolean actsLikeCompany(Tokens tokens, int i) {
        if (CompanyContext.AFTER.contains(tokens, i, lemmas)) {
            return true;
        }
        String word = lower(tokens, i);
        if (!Character.isLowerCase(tokens.first(i)) || word.length() < 5) {
            return false;
        }
        return word.endsWith("ł")
                || word.endsWith("ła")
                || word.endsWith("ło")
                || word.endsWith("li")
                || word.endsWith("ły")
                || word.endsWith("uje")
                || word.endsWith("ują");
    }

    /**
     * True when a capitalised word right before or after the name makes it part of some other
     * proper name: "Usain Bolt", "Opera Narodowa", "Opel Vectra". A capital at the
     * start of a sentence only counts when the word could not be an adjective or a preposition
     * ("Francuski Orange" and "W Mecie" are fine, "Cewka Tesli" is not).
     */
    private boolean partOfLongerName(Tokens tokens, int first, int last, boolean productName) {
        int prev = first - 1;
        if (tokens.isWord(prev) && titleCase(tokens, prev) && tokens.start(first) - tokens.end(prev) == 1) {
            String word = lower(tokens, prev);
            boolean harmless = sentenceInitial(tokens, prev)
                    ? CompanyContext.SENTENCE_OPENERS.contains(word) || adjectiveLike(word)
                    : objectOfPreposition(tokens, prev);
            if (!harmless && !startsSurface(tokens, prev)) {
                return true;
            }
        }
        // After the name, a capitalised adjective makes another name ("Opera Narodowa"); any other
        // capitalised word names a product of the company ("Amazon Prime Video", "Apple Music"),
        // which mentions the company, unless the name is itself a famous product's.
        int next = last + 1;
        return tokens.isWord(next)
                && titleCase(tokens, next)
                && tokens.start(next) - tokens.end(last) == 1
                && (productName || adjectiveLike(lower(tokens, next)));
    }

    /** "w Teksasie Meta": the capitalised word belongs to a place phrase, not to the name after it. */
    private static boolean objectOfPreposition(Tokens tokens, int i) {
        int prev = i - 1;
        return tokens.isWord(prev)
                && tokens.length(prev) <= 5
                && CompanyContext.SENTENCE_OPENERS.containsLowerCase(tokens, prev);
    }

    private boolean startsSurface(Tokens tokens, int i) {
        return cased.longestAt(tokens, i) != null;
    }

    private static boolean titleCase(Tokens tokens, int i) {
        String source = tokens.source();
        int start = tokens.start(i);
        if (!Character.isUpperCase(source.charAt(start)) || tokens.length(i) < 2) {
            return false;
        }
        for (int p = start + 1; p < tokens.end(i); p++) {
            if (Character.isLowerCase(source.charAt(p))) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjectiveLike(String word) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ADJECTIVE_ENDINGS = {
        "ski", "cki", "ska", "cka", "skie", "ckie", "ny", "na", "ne", "wy", "wa", "we", "ty", "ta", "te", "ły", "ła",
        "ki", "gi", "ni", "wi"
    };

    /**
     * "Google Play", "Apple Music": a name that could be an ordinary word or a product, written
     * right after another company's name, names that company's product, not a second company.
     */
    private boolean namesAProductOf(Tokens tokens, List<Mention> mentions, int i, Surface surface) {
        if (mentions.isEmpty() || !(ambiguous[surface.entry()] || productName[surface.entry()])) {
            return false;
        }
        Mention previous = mentions.get(mentions.size() - 1);
        return previous.last() == i - 1
                && previous.entry() != surface.entry()
                && tokens.start(i) - tokens.end(i - 1) == 1
                && !tokens.lineBreakBefore(i);
    }

    /** "Nikola Tesla", "Sama Altmana": a first name makes the next word a surname. */
    private boolean followsFirstName(Tokens tokens, int i) {
        int prev = i - 1;
        return tokens.isWord(prev)
                && Character.isUpperCase(tokens.first(prev))
                && tokens.start(i) - tokens.end(prev) == 1
                && CompanyContext.FIRST_NAMES.contains(tokens, prev, lemmas);
    }

    private static boolean inEnglish(Tokens tokens, int first, int last) {
        return (tokens.isWord(first - 1)
                        && CompanyContext.ENGLISH.containsLowerCase(tokens, first - 1)
                        && Character.isLowerCase(tokens.first(first - 1)))
                || (tokens.isWord(last + 1)
                        && CompanyContext.ENGLISH.containsLowerCase(tokens, last + 1)
                        && Character.isLowerCase(tokens.first(last + 1)));
    }

    static boolean sentenceInitial(Tokens tokens, int i) {
        int j = i - 1;
        while (j >= 0 && tokens.kind(j) == Tokens.PUNCT && isOpening(tokens.first(j))) {
            if (tokens.lineBreakBefore(j + 1)) {
                return true;
            }
            j--;
        }
        if (j < 0 || tokens.lineBreakBefore(j + 1)) {
            return true;
        }
        if (tokens.kind(j) != Tokens.PUNCT) {
            return false;
        }
        char c = tokens.first(j);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isOpening(char c) {
        return c == '„' || c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '(' || c == '[' || c == '\''
                || c == '‘' || c == '–' || c == '—' || c == '-' || c == '*' || c == '#';
    }

    private static String lower(Tokens tokens, int i) {
        return tokens.text(i).toLowerCase(Locale.ROOT);
    }
}
