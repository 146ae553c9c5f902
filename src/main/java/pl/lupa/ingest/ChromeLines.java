package pl.lupa.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a line of a page says about itself when it is chrome rather than article: the label of an
 * ad, of a "read also" list, of comments, share buttons or tags; a photo credit; an interviewer's
 * signature; the attribution line of an embedded tweet. These are words a reader sees, the same on
 * every site whatever its markup, not class names.
 */
final class ChromeLines {

    enum Kind {
        /** "Reklama", "Materiał partnera": everything under it is paid for. */
        AD,
        /** "Czytaj także", "Najczęściej czytane": links to other articles. */
        RELATED,
        COMMENTS,
        SHARE,
        TAGS,
        NEWSLETTER,
        COOKIES,
        /** "Fot. …", "Źródło: …", "Ilustracja: …", or a caption that ends with one. */
        CREDIT,
        /** "Rozmawiał: Michał Sowa" under an interview. */
        SIGNATURE,
        /** "— Name (@handle) date" under an embedded post. */
        POST_ATTRIBUTION
    }

    private static final Pattern AD = Pattern.compile(
            "reklama|advertisement|ad|materiał (partnera|sponsorowany|promocyjny)|artykuł (sponsorowany|partnera)"
                    + "|treść sponsorowana|sponsorowane|sponsored|partner serwisu");
    private static final Pattern RELATED =
            Pattern.compile("(czytaj|przeczytaj|zobacz) (też|także|również|więcej)|polecamy|polecane( .{1,40})?"
                    + "|(powiązane|podobne)( (artykuły|teksty|wpisy|materiały|posty))?|więcej na ten temat"
                    + "|najczęściej (czytane|komentowane)|najpopularniejsze|popularne( (posty|artykuły|wpisy))?"
                    + "|najnowsze( (artykuły|wpisy|informacje))?|ostatnie (wpisy|artykuły|depesze|informacje)"
                    + "|możesz (też|także|również) polubić|archiwum( bloga)?");
    private static final Pattern COMMENTS = Pattern.compile(
            "(komentarze|komentarzy|dyskusja)( \\(\\d+\\))?|\\d+ komentarz(e|y)?( do .*)?|brak komentarzy"
                    + "|dodaj komentarz|skomentuj( \\(\\d+\\))?|(pokaż|zobacz) (więcej|wszystkie) komentarze.*"
                    + "|przejdź do dyskusji");
    private static final Pattern SHARE =
            Pattern.compile("udostępnij( (wpis|artykuł|tekst|to))?|podziel się( (tekstem|artykułem))?|share");
    private static final Pattern TAGS = Pattern.compile("tagi|etykiety|słowa kluczowe|tags|tematy");
    private static final Pattern NEWSLETTER = Pattern.compile("newsletter.{0,40}");

    /** A label followed by a colon and what it labels: "Czytaj także: …", "Tagi: …", "Udostępnij: …". */
    private static final Pattern LABELLED_LINE = Pattern.compile(
            "(?iu)^((czytaj|przeczytaj|zobacz) (też|także|również|więcej)|tagi|etykiety|słowa kluczowe|tags"
                    + "|udostępnij|podziel się)\\s*:.*");

    /** Markers of a credit; "Grafika:" is left out, since specifications start with it too. */
    private static final String CREDIT_MARKER =
            "(fot\\.|fot:|foto:|fotografia:|zdjęcie:|zdj\\.|źródło zdjęcia:?|źródło:|ilustracja:|il\\.)";

    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^" + CREDIT_MARKER + "\\s*\\S.{0,120}$");
    /** "Dr Agnieszka Domańska. Fot. archiwum prywatne": a caption sentence, then the credit. */
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?u)^.{1,200}[.!?…”\"]\\s+(?:Fot\\.|Fot:|Foto:|Źródło:|Ilustracja:|Zdjęcie:)\\s*(?:[^.!?…]|\\.(?=\\S)){1,80}$");

    private static final Pattern SIGNATURE = Pattern.compile(
            "(?iu)^(rozmawiał|rozmawiała|rozmawiali|rozmawiały|notował|notowała|opracował|opracowała|oprac\\.)\\s*:?\\s*"
                    + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})\\.?$");
    private static final Pattern POST_ATTRIBUTION =
            Pattern.compile("(?u)^[—–-]\\s*[^()]{1,80}\\(@\\w{1,30}\\).{0,40}$");

    private static final Pattern COOKIE_WORD = Pattern.compile("(?iu).*\\b(cookie|cookies|ciastecz\\w*)\\b.*");
    /**
     * A cookie notice speaks to the reader about this very site ("Korzystając ze strony, wyrażasz
     * zgodę…"); a paragraph about cookies and consent, as news on privacy law has, does not.
     */
    private static final Pattern CONSENT_ASKED = Pattern.compile("(?iu).*\\b(wyrażasz|zgadzasz się|akceptujesz"
            + "|klikając|korzystając z(e)? (naszej )?(strony|serwisu|witryny)|(ta|nasza) (strona|witryna) (używa|korzysta)"
            + "|używamy (plików )?(cookie|ciasteczek))\\b.*");
    /** A newsletter prompt asks the reader to sign up; a sentence that mentions a newsletter does not. */
    private static final Pattern SIGN_UP = Pattern.compile("(?iu).*\\b(zapisz|zapisać|zapisz się|subskrybuj|zamów"
            + "|dołącz|otrzymuj|dostawać|dostaniesz|bądź na bieżąco)\\w*\\b.*");

    /** The words a label starts with, so that the patterns are tried only on what may be one. */
    private static final Set<String> LABEL_WORDS = Set.of(
            "reklama",
            "advertisement",
            "ad",
            "materiał",
            "artykuł",
            "treść",
            "sponsorowane",
            "sponsored",
            "partner",
            "czytaj",
            "przeczytaj",
            "zobacz",
            "polecamy",
            "polecane",
            "powiązane",
            "podobne",
            "więcej",
            "najczęściej",
            "najpopularniejsze",
            "popularne",
            "najnowsze",
            "ostatnie",
            "możesz",
            "archiwum",
            "komentarze",
            "komentarzy",
            "dyskusja",
            "brak",
            "dodaj",
            "skomentuj",
            "pokaż",
            "przejdź",
            "udostępnij",
            "podziel",
            "share",
            "tagi",
            "etykiety",
            "słowa",
            "tags",
            "tematy",
            "newsletter");

    /** Longest text that can be a label. */
    static final int LABEL_MAX = 250;

    private ChromeLines() {}

    /**
     * The kind of label a whole short text is ("Reklama", "Czytaj także:", "Komentarze (12)"), or
     * empty. Such a text heads a box of chrome.
     */
    static Optional<Kind> label(String text) {
        if (text.length() > LABEL_MAX || !mayBeLabel(text)) {
            return Optional.empty();
        }
        String t = TextBlocks.normalize(text).toLowerCase(Locale.ROOT).replaceAll("[\\s:»›.…]+$", "");
        if (t.length() > 60) {
            // Only a comments heading runs that long: "3 komentarze do „<the headline>”".
            return COMMENTS.matcher(t).matches() ? Optional.of(Kind.COMMENTS) : Optional.empty();
        }
        if (AD.matcher(t).matches()) {
            return Optional.of(Kind.AD);
        }
        if (RELATED.matcher(t).matches()) {
            return Optional.of(Kind.RELATED);
        }
        if (COMMENTS.matcher(t).matches()) {
            return Optional.of(Kind.COMMENTS);
        }
        if (SHARE.matcher(t).matches()) {
            return Optional.of(Kind.SHARE);
        }
        if (TAGS.matcher(t).matches()) {
            return Optional.of(Kind.TAGS);
        }
        if (NEWSLETTER.matcher(t).matches()) {
            return Optional.of(Kind.NEWSLETTER);
        }
        return Optional.empty();
    }

    /** Whether a text starts with a word a label starts with: most text on a page does not. */
    private static boolean mayBeLabel(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        if (end == start) {
            return false;
        }
        String first = text.substring(start, end).toLowerCase(Locale.ROOT);
        return LABEL_WORDS.contains(first) || Character.isDigit(first.charAt(0));
    }

    /** The kind of chrome a line of an article's text is, or empty when it is (as far as words tell) the article. */
    static Optional<Kind> of(String line) {
        var label = label(line);
        if (label.isPresent()) {
            return label;
        }
        if (line.length() <= 300 && LABELLED_LINE.matcher(line).matches()) {
            String lower = line.toLowerCase(Locale.ROOT);
            return Optional.of(
                    lower.startsWith("tag") || lower.startsWith("etykiety") || lower.startsWith("słowa")
                            ? Kind.TAGS
                            : lower.startsWith("udostępnij") || lower.startsWith("podziel")
                                    ? Kind.SHARE
                                    : Kind.RELATED);
        }
        if (CREDIT_LINE.matcher(line).matches() || CREDIT_AT_END.matcher(line).matches()) {
            return Optional.of(Kind.CREDIT);
        }
        if (SIGNATURE.matcher(line).matches()) {
            return Optional.of(Kind.SIGNATURE);
        }
        if (POST_ATTRIBUTION.matcher(line).matches()) {
            return Optional.of(Kind.POST_ATTRIBUTION);
        }
        if (line.length() < 160
                && line.toLowerCase(Locale.ROOT).contains("newslet")
                && SIGN_UP.matcher(line).matches()) {
            return Optional.of(Kind.NEWSLETTER);
        }
        if (line.length() < 600
                && COOKIE_WORD.matcher(line).matches()
                && CONSENT_ASKED.matcher(line).matches()) {
            return Optional.of(Kind.COOKIES);
        }
        return Optional.empty();
    }

    /** The name in an interviewer's signature ("Rozmawiał: Michał Sowa"), if the line is one. */
    static Optional<String> signature(String line) {
        var m = SIGNATURE.matcher(line);
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }
}
