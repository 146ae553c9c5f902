package pl.lupa.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds dates and resolves the relative ones against the publication date.
 *
 * <p>Absolute: "15 października 2024", "12.09.2024", "2024-09-12", "marcu 2024", "2023 roku",
 * "2023 r.", and a bare year after a preposition ("od 2019", "do 2030"). Relative: a month with
 * "tego / zeszłego / ubiegłego / przyszłego roku", "tym / ubiegłym / przyszłym roku", a month after
 * a preposition ("w październiku" is its latest occurrence not after the publication month) and a
 * day with a month but no year (the latest such day not after the publication date). Without a
 * publication date the relative ones are left out rather than guessed.
 *
 * <p>A bare four-digit number is a year only with a preposition before it and no counted noun
 * after it: "w 2023" is a year, "2023 pracowników" and "od 5 lat" are not.
 */
final class DateRecognizer {

    /** A bare year after a preposition must look like a recent or near-future year ("do 2030"). */
    private static final int MIN_BARE_YEAR = 1900;

    private static final int MAX_BARE_YEAR = 2099;
    /** With "roku" or "r." after it a number is a year even when historical ("w 1888 roku"). */
    private static final int MIN_MARKED_YEAR = 1000;

    /** Words after which a bare year or month names a time: "w 2026", "od stycznia", "przez 2024". */
    private static final WordList TIME_PREPOSITIONS = WordList.of("""
            w we od do z ze po przed na około ok między pomiędzy aż przez latach
            """);

    /** Nouns that place a time within a period, in any form: "na początku marca", "pod koniec 2024". */
    private static final LemmaList PERIOD_PARTS = LemmaList.of("początek koniec połowa przełom");

    /** The prepositions a mention's text starts with. */
    private static final WordList SPAN_PREPOSITIONS = WordList.of("""
            w we od do z ze po przed na około
            """);

    /** Of those, the ones a bare month may not follow: "przez marzec" reads as a duration, not a date. */
    private static final WordList NOT_BEFORE_MONTH = WordList.of("przez latach");

    // "poprzedni" and "następny" rok are relative to whatever the sentence talks about, not to
    // the publication date, so only the words that anchor at "now" are read
    private static final LemmaList THIS_YEAR = LemmaList.of("ten bieżący obecny");
    private static final LemmaList LAST_YEAR = LemmaList.of("zeszły ubiegły");
    private static final LemmaList NEXT_YEAR = LemmaList.of("przyszły");

    /** Nouns counted by a number, which make "2023" a quantity rather than a year. */
    private static final WordList COUNTED = WordList.of("""
            osób sztuk lat razy proc km m nm gb tb mb mw gw kwh mah zł euro usd pln eur punktów dni
            godzin minut sekund stron znaków
            """);

    /** A relative year phrase: its offset from the publication year and its last token. */
    private record RelativeYear(int offset, int last) {}

    private final Lemmas lemmas;

    DateRecognizer(Lemmas lemmas) {
        this.lemmas = lemmas;
    }

    List<DateMention> find(Tokens tokens, LocalDate published, List<MoneyRecognizer.Found> amounts) {
        int n = tokens.size();
        boolean[] inAmount = null;
        if (!amounts.isEmpty()) {
            inAmount = new boolean[n];
            for (MoneyRecognizer.Found found : amounts) {
                for (int t = found.firstToken(); t <= found.lastToken(); t++) {
                    inAmount[t] = true;
                }
            }
        }
        List<DateMention> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (inAmount != null && inAmount[i]) {
                continue;
            }
            int next = tokens.kind(i) == Tokens.NUM
                    ? numberAt(tokens, i, published, out)
                    : tokens.kind(i) == Tokens.WORD ? wordAt(tokens, i, published, out) : -1;
            if (next > i) {
                i = next - 1;
            }
        }
        return out;
    }

    /** A date starting with digits at token {@code i}; returns the index after it, or -1. */
    private int numberAt(Tokens tokens, int i, LocalDate published, List<DateMention> out) {
        int length = tokens.length(i);
        if (tokens.touchesPrevious(i) && (tokens.isWord(i - 1) || isJoiner(tokens, i - 1))) {
            return -1; // the tail of "RTX4090", "GPT-4", "1.2" or "12.09"
        }
        if (length == 4) {
            int iso = isoDate(tokens, i, out);
            if (iso > 0) {
                return iso;
            }
            return year(tokens, i, out);
        }
        if (length > 2) {
            return -1;
        }
        int dotted = dottedDate(tokens, i, out);
        if (dotted > 0) {
            return dotted;
        }
        int month = Months.genitive(tokens, i + 1);
        if (month == 0) {
            return -1;
        }
        int day = tokens.intValue(i);
        if (day < 1 || day > 31) {
            return -1;
        }
        int y = i + 2;
        if (isYear(tokens, y) && !tokens.touchesPrevious(y)) {
            LocalDate date = date(tokens.intValue(y), month, day);
            if (date != null) {
                out.add(new DateMention(tokens.span(from(tokens, i), y), date.toString()));
            }
            return yearSuffixEnd(tokens, y) + 1;
        }
        RelativeYear relative = relativeYear(tokens, i + 2);
        if (relative != null) {
            if (published != null) {
                LocalDate date = date(published.getYear() + relative.offset(), month, day);
                if (date != null) {
                    out.add(new DateMention(tokens.span(from(tokens, i), relative.last()), date.toString()));
                }
            }
            return relative.last() + 1;
        }
        int shared = yearOfRangeEnd(tokens, i + 2);
        if (shared > 0) {
            LocalDate date = date(shared, month, day);
            if (date != null) {
                out.add(new DateMention(tokens.span(from(tokens, i), i + 1), date.toString()));
            }
            return i + 2;
        }
        if (published != null) {
            LocalDate date = latestDayNotAfter(published, month, day);
            if (date != null) {
                out.add(new DateMention(tokens.span(from(tokens, i), i + 1), date.toString()));
            }
        }
        return i + 2;
    }

    /** "2024-09-12". */
    private static int isoDate(Tokens tokens, int i, List<DateMention> out) {
        if (!(isHyphen(tokens, i + 1)
                && tokens.isNum(i + 2)
                && tokens.length(i + 2) == 2
                && isHyphen(tokens, i + 3)
                && tokens.isNum(i + 4)
                && tokens.length(i + 4) == 2
                && tokens.touchesPrevious(i + 1)
                && tokens.touchesPrevious(i + 2)
                && tokens.touchesPrevious(i + 3)
                && tokens.touchesPrevious(i + 4))) {
            return -1;
        }
        LocalDate date = date(tokens.intValue(i), tokens.intValue(i + 2), tokens.intValue(i + 4));
        if (date == null || !inYearRange(date.getYear())) {
            return -1;
        }
        out.add(new DateMention(tokens.span(from(tokens, i), i + 4), date.toString()));
        return i + 5;
    }

    /** "12.09.2024", optionally followed by "r.". */
    private static int dottedDate(Tokens tokens, int i, List<DateMention> out) {
        if (!(tokens.isPunct(i + 1, '.')
                && tokens.isNum(i + 2)
                && tokens.length(i + 2) <= 2
                && tokens.isPunct(i + 3, '.')
                && isYear(tokens, i + 4)
                && tokens.touchesPrevious(i + 1)
                && tokens.touchesPrevious(i + 2)
                && tokens.touchesPrevious(i + 3)
                && tokens.touchesPrevious(i + 4))) {
            return -1;
        }
        LocalDate date = date(tokens.intValue(i + 4), tokens.intValue(i + 2), tokens.intValue(i));
        if (date == null) {
            return -1;
        }
        out.add(new DateMention(tokens.span(from(tokens, i), i + 4), date.toString()));
        return yearSuffixEnd(tokens, i + 4) + 1;
    }

    /** A bare four-digit year: "2023 roku", "2023 r.", or "2026" after a preposition. */
    private int year(Tokens tokens, int i, List<DateMention> out) {
        int value = tokens.intValue(i);
        if (value < MIN_MARKED_YEAR || value > MAX_BARE_YEAR) {
            return -1;
        }
        int last = yearSuffixEnd(tokens, i);
        boolean marked = last > i;
        if (!marked && !(isYear(tokens, i) && afterPreposition(tokens, i) && !counted(tokens, i + 1))) {
            return -1;
        }
        out.add(new DateMention(tokens.span(from(tokens, i), last), String.valueOf(tokens.intValue(i))));
        // "2019–2023": the second year of a range is as much a year as the first
        int dash = last + 1;
        if (!marked && isDash(tokens, dash) && isYear(tokens, dash + 1) && !counted(tokens, dash + 2)) {
            int end = yearSuffixEnd(tokens, dash + 1);
            out.add(new DateMention(tokens.span(dash + 1, end), String.valueOf(tokens.intValue(dash + 1))));
            return end + 1;
        }
        return last + 1;
    }

    /** A date starting with a word at token {@code i}: a month name or a relative year. */
    private int wordAt(Tokens tokens, int i, LocalDate published, List<DateMention> out) {
        // a capitalised month ("Marzec 2024") is a date only before a year; asking about it anywhere
        // else would lower-case every capitalised word of the text for nothing
        int month = Months.any(tokens, i, isYear(tokens, i + 1));
        if (month > 0) {
            int y = i + 1;
            boolean lowerCase = Character.isLowerCase(tokens.first(i));
            if (isYear(tokens, y) && !tokens.touchesPrevious(y) && !counted(tokens, y + 1)) {
                out.add(new DateMention(tokens.span(from(tokens, i), y), yearMonth(tokens.intValue(y), month)));
                return yearSuffixEnd(tokens, y) + 1;
            }
            RelativeYear relative = lowerCase ? relativeYear(tokens, i + 1) : null;
            if (relative != null) {
                if (published != null) {
                    int year = published.getYear() + relative.offset();
                    out.add(new DateMention(tokens.span(from(tokens, i), relative.last()), yearMonth(year, month)));
                }
                return relative.last() + 1;
            }
            if (lowerCase && monthPreposition(tokens, i)) {
                int shared = yearOfRangeEnd(tokens, i + 1);
                if (shared > 0) {
                    out.add(new DateMention(tokens.span(from(tokens, i), i), yearMonth(shared, month)));
                    return i + 1;
                }
                if (published != null) {
                    YearMonth ym = YearMonth.of(published.getYear(), month);
                    if (month > published.getMonthValue()) {
                        ym = ym.minusYears(1);
                    }
                    out.add(new DateMention(tokens.span(from(tokens, i), i), ym.toString()));
                }
                return i + 1;
            }
            return -1;
        }
        RelativeYear relative = relativeYear(tokens, i);
        if (relative != null) {
            if (published != null) {
                out.add(new DateMention(
                        tokens.span(from(tokens, i), relative.last()),
                        String.valueOf(published.getYear() + relative.offset())));
            }
            return relative.last() + 1;
        }
        return -1;
    }

    /**
     * The year closing a range whose first end has none: "od 1 stycznia do 31 marca 2024",
     * "od marca do maja 2024". 0 when token {@code i} does not continue such a range.
     */
    private static int yearOfRangeEnd(Tokens tokens, int i) {
        if (!tokens.is(i, "do") && !isDash(tokens, i)) {
            return 0;
        }
        int j = i + 1;
        if (tokens.isNum(j) && tokens.length(j) <= 2) {
            j++;
            if (Months.genitive(tokens, j) == 0) {
                return 0;
            }
        } else if (Months.any(tokens, j, false) == 0) {
            return 0;
        }
        j++;
        return isYear(tokens, j) ? tokens.intValue(j) : 0;
    }

    /** "tego roku", "ubiegłym roku", "przyszłego roku", "br." starting at token {@code i}. */
    private RelativeYear relativeYear(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return null;
        }
        if (tokens.is(i, "br") && tokens.isPunct(i + 1, '.') && tokens.touchesPrevious(i + 1)) {
            return new RelativeYear(0, i + 1);
        }
        if (tokens.length(i) > 12 || !tokens.is(i + 1, "roku")) {
            return null;
        }
        if (THIS_YEAR.contains(tokens, i, lemmas)) {
            return new RelativeYear(0, i + 1);
        }
        if (LAST_YEAR.contains(tokens, i, lemmas)) {
            return new RelativeYear(-1, i + 1);
        }
        if (NEXT_YEAR.contains(tokens, i, lemmas)) {
            return new RelativeYear(1, i + 1);
        }
        return null;
    }

    /**
     * The last token of a year: the year itself, or "roku" / the dot of "r." after it. The suffix is
     * part of a mention's text only where it is what makes a bare number a year ("2023 r."); after a
     * day or a month it is skipped but left out of the text ("15 października 2024").
     */
    private static int yearSuffixEnd(Tokens tokens, int year) {
        int next = year + 1;
        if (tokens.is(next, "roku") || tokens.is(next, "rok")) {
            return next;
        }
        if (tokens.is(next, "r") && tokens.isPunct(next + 1, '.') && tokens.touchesPrevious(next + 1)) {
            return next + 1;
        }
        return year;
    }

    /**
     * Where a mention starting at token {@code i} begins: at a simple preposition right before
     * it, which is part of how Polish names a time ("w marcu tego roku", "od 2019").
     */
    private static int from(Tokens tokens, int i) {
        int prev = i - 1;
        return tokens.isWord(prev) && SPAN_PREPOSITIONS.containsLowerCase(tokens, prev) ? prev : i;
    }

    private boolean afterPreposition(Tokens tokens, int i) {
        int prev = i - 1;
        if (tokens.isPunct(prev, '.') && tokens.is(prev - 1, "ok")) {
            return true;
        }
        return tokens.isWord(prev)
                && tokens.length(prev) <= 10
                && (TIME_PREPOSITIONS.containsLowerCase(tokens, prev) || PERIOD_PARTS.contains(tokens, prev, lemmas));
    }

    private boolean monthPreposition(Tokens tokens, int i) {
        int prev = i - 1;
        if (!afterPreposition(tokens, i)) {
            return false;
        }
        return !tokens.isWord(prev) || !NOT_BEFORE_MONTH.containsLowerCase(tokens, prev);
    }

    /** True when token {@code i} is a unit, a currency or a counted noun ("pracowników"). */
    private static boolean counted(Tokens tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        if (tokens.kind(i) == Tokens.PUNCT) {
            char c = tokens.first(i);
            return c == '%' || Currencies.symbol(c) != null;
        }
        if (!tokens.isWord(i)) {
            return false;
        }
        if (PolishNumbers.scaleExponent(tokens, i) >= 0 || Currencies.word(tokens, i) != null) {
            return true;
        }
        if (COUNTED.containsLowerCase(tokens, i)) {
            return true;
        }
        if (!Character.isLowerCase(tokens.first(i))) {
            return false;
        }
        String word = tokens.text(i).toLowerCase(Locale.ROOT);
        return word.endsWith("ów") || word.endsWith("ych") || word.endsWith("ich");
    }

    private static boolean isYear(Tokens tokens, int i) {
        return tokens.isNum(i) && tokens.length(i) == 4 && inYearRange(tokens.intValue(i));
    }

    private static boolean inYearRange(int year) {
        return year >= MIN_BARE_YEAR && year <= MAX_BARE_YEAR;
    }

    private static boolean isHyphen(Tokens tokens, int i) {
        return tokens.isPunct(i, '-');
    }

    private static boolean isDash(Tokens tokens, int i) {
        return tokens.isPunct(i, '-') || tokens.isPunct(i, '–') || tokens.isPunct(i, '—');
    }

    private static boolean isJoiner(Tokens tokens, int i) {
        if (tokens.kind(i) != Tokens.PUNCT) {
            return false;
        }
        char c = tokens.first(i);
        return (c == '.' || c == ',' || c == '-' || c == '/' || c == ':') && tokens.touchesPrevious(i);
    }

    /**
     * "2024-03": what {@code String.format("%04d-%02d")} gives, without a {@link java.util.Formatter}
     * per mention. Years outside 0–9999 keep the formatter's spelling (and then fail validation).
     */
    static String yearMonth(int year, int month) {
        if (year < 0 || year > 9999 || month < 0 || month > 99) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        char[] value = {
            (char) ('0' + year / 1000),
            (char) ('0' + year / 100 % 10),
            (char) ('0' + year / 10 % 10),
            (char) ('0' + year % 10),
            '-',
            (char) ('0' + month / 10),
            (char) ('0' + month % 10)
        };
        return new String(value);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** The latest day-of-month not after the publication date, skipping years without it (29 February). */
    private static LocalDate latestDayNotAfter(LocalDate published, int month, int day) {
        for (int year = published.getYear(); year >= published.getYear() - 8; year--) {
            LocalDate date = date(year, month, day);
            if (date != null && !date.isAfter(published)) {
                return date;
            }
        }
        return null;
    }
}
