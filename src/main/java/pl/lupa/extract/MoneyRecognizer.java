package pl.lupa.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds money amounts: a number (digits with space-grouped thousands and a decimal comma, or
 * "pół"/"półtora"), an optional scale word ("mln", "miliardów"), and a currency written before
 * ("$5 mld", "€2 mld", "HK$3 mld") or after ("650 mln USD", "3,5 mln zł", "5 mld dolarów
 * kanadyjskich"). A currency is required: it is what separates "300 mln dolarów" from "300 mln
 * użytkowników". Values are exact: "62,40 zł" is 62.40, and grosze or cents after a whole amount
 * join it ("2 zł 99 gr" is 2.99; "99 gr" alone is 0.99).
 *
 * <p>Ranges ("od 5 do 7 mld dolarów", "5–7 mln zł", "między 2 a 3 mld dolarów") yield two
 * amounts; the first end, written as a bare number, takes the scale and currency of the second.
 *
 * <p>An amount followed by a unit ("za akcję", "miesięcznie") is a price or rate per unit and
 * carries the unit (see {@link PerUnit}); for a range, both ends do.
 *
 * <p>The scan only starts work at digits, currency symbols and a few words that may open an
 * amount, so text without money costs one comparison per token.
 */
final class MoneyRecognizer {

    /** Larger whole values are no money in news, and would not fit the index's dollar field. */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Lemmas lemmas;
    private final PerUnit perUnit;

    MoneyRecognizer(Lemmas lemmas) {
        this.lemmas = lemmas;
        this.perUnit = new PerUnit(lemmas);
    }

    /** An amount together with the tokens it covers, so that dates do not re-read them. */
    record Found(Amount amount, int firstToken, int lastToken) {}

    /**
     * A number and the tokens it spans: the value of a fraction word, or digits, the last group
     * after a decimal separator when {@code decimal} is set. Most numbers in news are no money, so
     * the digits are only turned into a value once a currency has been found.
     */
    private record Num(int first, int last, boolean decimal, BigDecimal fractionWord) {

        boolean fraction() {
            return fractionWord != null;
        }

        BigDecimal value(Tokens tokens) {
            if (fractionWord != null) {
                return fractionWord;
            }
            String source = tokens.source();
            int wholeEnd = decimal ? last - 2 : last;
            StringBuilder digits = new StringBuilder(16);
            for (int t = first; t <= wholeEnd; t++) {
                if (tokens.kind(t) == Tokens.NUM) { // skips the dots of "2.500"
                    digits.append(source, tokens.start(t), tokens.end(t));
                }
            }
            if (decimal) {
                digits.append('.').append(source, tokens.start(last), tokens.end(last));
            }
            return new BigDecimal(digits.toString());
        }
    }

    /** A currency and the last token that spells it. */
    private record Currency(String iso, int last) {}

    /** A currency written before the number and the token where the number starts. */
    private record Prefix(String iso, int numberStart) {}

    List<Found> find(Tokens tokens) {
        List<Found> found = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            byte kind = tokens.kind(i);
            int next = -1;
            if (kind == Tokens.NUM
                    || (kind == Tokens.PUNCT && Currencies.symbol(tokens.first(i)) != null)
                    || (kind == Tokens.WORD && mayStartAmount(tokens, i))) {
                next = amountAt(tokens, i, found);
            }
            i = next > i ? next : i + 1;
        }
        return found;
    }

    /**
     * True when a word may open an amount: "pół", "półtora", the letters of a marked dollar sign
     * ("US$", "HK$") or a code before a number ("USD 5 mln"). Punctuation opens one only as a
     * currency symbol ("$5 mld").
     */
    private static boolean mayStartAmount(Tokens tokens, int i) {
        char c = tokens.first(i);
        if (c == 'p' || c == 'P') {
            return true;
        }
        // asked of every word: the kind of the next token settles most of them at once
        int next = i + 1;
        if (next >= tokens.size()) {
            return false;
        }
        byte kind = tokens.kind(next);
        if (kind == Tokens.NUM) {
            return tokens.length(i) == 3;
        }
        return kind == Tokens.PUNCT && tokens.first(next) == '$' && tokens.touchesPrevious(next);
    }

    /** Reads an amount (or a range of two) starting at token {@code start}; returns the next token index or -1. */
    private int amountAt(Tokens tokens, int start, List<Found> out) {
        Prefix prefix = prefix(tokens, start);
        String pre = prefix == null ? null : prefix.iso();
        Num a = number(tokens, prefix == null ? start : prefix.numberStart(), false);
        if (a == null) {
            return -1;
        }
        int after = a.last() + 1;
        int exponentA = PolishNumbers.scaleExponent(tokens, after);
        int endA = a.last();
        if (exponentA >= 0) {
            endA = scaleEnd(tokens, after);
            after = endA + 1;
        } else if (a.fraction()) {
            return -1;
        }
        Currency currencyA = suffix(tokens, after);
        if (currencyA != null) {
            String iso = pre != null ? pre : currencyA.iso();
            BigDecimal value = a.value(tokens);
            int last = currencyA.last();
            int hundredths = exponentA < 0 && !a.decimal() ? hundredthsAfter(tokens, last + 1, iso) : -1;
            if (hundredths >= 0) {
                // "2 zł 99 gr": the grosze join the złote
                value = value.add(BigDecimal.valueOf(hundredths, 2));
                last += 2;
            }
            add(tokens, start, last, value, exponentA, iso, perUnit.after(tokens, last + 1), out);
            return last + 1;
        }
        if (pre == null && exponentA < 0) {
            String iso = Currencies.subunit(tokens, after);
            if (iso != null && a.value(tokens).compareTo(BigDecimal.valueOf(100)) < 0) {
                // "99 gr", "50 centów": a price below one unit; a larger one is written in złote
                add(
                        tokens,
                        start,
                        after,
                        a.value(tokens).movePointLeft(2),
                        0,
                        iso,
                        perUnit.after(tokens, after + 1),
                        out);
                return after + 1;
            }
        }
        int second = rangeSecondStart(tokens, start, after);
        if (second >= 0) {
            Prefix prefixB = prefix(tokens, second);
            Num b = number(tokens, prefixB == null ? second : prefixB.numberStart(), true);
            if (b != null) {
                int afterB = b.last() + 1;
                int exponentB = PolishNumbers.scaleExponent(tokens, afterB);
                int endB = b.last();
                if (exponentB >= 0) {
                    endB = scaleEnd(tokens, afterB);
                    afterB = endB + 1;
                }
                Currency currencyB = suffix(tokens, afterB);
                String iso = currencyB != null ? currencyB.iso() : prefixB != null ? prefixB.iso() : pre;
                boolean complete = iso != null && (exponentB >= 0 || !b.fraction());
                // a spaced dash is also punctuation ("w 2023 – 2,5 mld zł"); a range written with
                // one only reads as a range when it ascends
                boolean dash = tokens.kind(second - 1) == Tokens.PUNCT;
                boolean ordered = !dash || exponentA >= 0 || a.value(tokens).compareTo(b.value(tokens)) < 0;
                if (complete && ordered) {
                    int shared = exponentA >= 0 ? exponentA : Math.max(exponentB, 0);
                    int endOfB = currencyB != null ? currencyB.last() : endB;
                    String per = perUnit.after(tokens, endOfB + 1);
                    add(tokens, start, endA, a.value(tokens), shared, iso, per, out);
                    add(tokens, second, endOfB, b.value(tokens), Math.max(exponentB, 0), iso, per, out);
                    return endOfB + 1;
                }
            }
        }
        if (pre != null) {
            add(tokens, start, endA, a.value(tokens), exponentA, pre, perUnit.after(tokens, endA + 1), out);
            return endA + 1;
        }
        return -1;
    }

    /**
     * The hundredths written after a whole amount in {@code iso} — "99 gr" after "2 zł", "50
     * centów" after "5 dolarów" — or -1.
     */
    private static int hundredthsAfter(Tokens tokens, int i, String iso) {
        if (!tokens.isNum(i) || tokens.length(i) > 2 || !Currencies.divides(tokens, i + 1, iso)) {
            return -1;
        }
        return tokens.intValue(i);
    }

    private static void add(
            Tokens tokens,
            int first,
            int last,
            BigDecimal number,
            int exponent,
            String iso,
            String per,
            List<Found> out) {
        BigDecimal value = exponent > 0 ? number.scaleByPowerOfTen(exponent) : number;
        if (value.compareTo(LARGEST) > 0) {
            return;
        }
        out.add(new Found(Amount.of(tokens.span(first, last), value, iso, per), first, last));
    }

    /** "$", "€", "£", a marked dollar sign ("US$", "C$", "HK$") or an ISO code right before a number. */
    private static Prefix prefix(Tokens tokens, int i) {
        if (tokens.kind(i) == Tokens.PUNCT) {
            String iso = Currencies.symbol(tokens.first(i));
            if (iso != null && startsNumber(tokens, i + 1)) {
                return new Prefix(iso, i + 1);
            }
            return null;
        }
        String marked = Currencies.markedDollar(tokens, i);
        if (marked != null && startsNumber(tokens, i + 2)) {
            return new Prefix(marked, i + 2);
        }
        String code = Currencies.code(tokens, i);
        if (code != null && tokens.isNum(i + 1) && !tokens.touchesPrevious(i + 1)) {
            return new Prefix(code, i + 1);
        }
        return null;
    }

    private static boolean startsNumber(Tokens tokens, int i) {
        return tokens.isNum(i) || PolishNumbers.fractionWord(tokens, i) != null;
    }

    /**
     * A number starting exactly at token {@code i}, or null. {@code rangeEnd} is set for the second
     * end of a range, whose digits legitimately touch the dash before them ("5-7").
     */
    private static Num number(Tokens tokens, int i, boolean rangeEnd) {
        if (tokens.isWord(i)) {
            BigDecimal fraction = PolishNumbers.fractionWord(tokens, i);
            return fraction == null ? null : new Num(i, i, false, fraction);
        }
        if (!tokens.isNum(i) || (!rangeEnd && continuesSomethingElse(tokens, i))) {
            return null;
        }
        int last = i;
        boolean decimal = false;
        if (tokens.length(i) <= 3) {
            // thousands grouped by a single (often non-breaking) space: "10 000 000"
            while (tokens.isNum(last + 1) && tokens.length(last + 1) == 3 && groupSpace(tokens, last)) {
                last++;
            }
            // or, less often, by dots: "2.500 zł"
            if (last == i) {
                while (tokens.isPunct(last + 1, '.')
                        && tokens.touchesPrevious(last + 1)
                        && tokens.isNum(last + 2)
                        && tokens.touchesPrevious(last + 2)
                        && tokens.length(last + 2) == 3) {
                    last += 2;
                }
            }
        }
        if ((tokens.isPunct(last + 1, ',') || tokens.isPunct(last + 1, '.'))
                && tokens.touchesPrevious(last + 1)
                && tokens.isNum(last + 2)
                && tokens.touchesPrevious(last + 2)
                && !(tokens.isPunct(last + 3, '.') && tokens.touchesPrevious(last + 3))) {
            last += 2;
            decimal = true;
        }
        if (tokens.isPunct(last + 1, '.')
                && tokens.isNum(last + 2)
                && tokens.touchesPrevious(last + 1)
                && tokens.touchesPrevious(last + 2)) {
            return null; // a date, a version or an IP address, not money
        }
        return new Num(i, last, decimal, null);
    }

    /** True when the digits at {@code i} are the tail of a product name, a version or a longer number. */
    private static boolean continuesSomethingElse(Tokens tokens, int i) {
        if (!tokens.touchesPrevious(i)) {
            int prev = i - 1;
            return tokens.isNum(prev) && tokens.length(i) == 3 && tokens.length(prev) <= 3 && groupSpace(tokens, prev);
        }
        int prev = i - 1;
        if (tokens.kind(prev) == Tokens.WORD) {
            return true;
        }
        char c = tokens.first(prev);
        return (c == ',' || c == '.' || c == '-' || c == '/' || c == ':') && tokens.touchesPrevious(prev);
    }

    private static boolean groupSpace(Tokens tokens, int i) {
        if (tokens.start(i + 1) - tokens.end(i) != 1) {
            return false;
        }
        char c = tokens.source().charAt(tokens.end(i));
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    /** The last token of a scale word: includes the dot of "tys." and of "mln." before a currency. */
    private int scaleEnd(Tokens tokens, int i) {
        if (PolishNumbers.isAbbreviatedScale(tokens, i)
                && tokens.isPunct(i + 1, '.')
                && tokens.touchesPrevious(i + 1)) {
            boolean thousands = Character.toLowerCase(tokens.first(i)) == 't';
            if (thousands || suffix(tokens, i + 2) != null) {
                return i + 1;
            }
        }
        return i;
    }

    /**
     * A currency written after the number: "dolarów", "dol.", "USD", "$", "C$", "zł", "euro", "£"
     * … A dollar named by its country ("dolarów kanadyjskich", "dol. Hongkongu") is that
     * country's, and its name is part of the currency.
     */
    private Currency suffix(Tokens tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        if (tokens.kind(i) == Tokens.PUNCT) {
            String iso = Currencies.symbol(tokens.first(i));
            return iso == null ? null : new Currency(iso, i);
        }
        if (!tokens.isWord(i)) {
            return null;
        }
        if (tokens.is(i, "dol") && tokens.isPunct(i + 1, '.') && tokens.touchesPrevious(i + 1)) {
            return dollar(tokens, -1, i + 1);
        }
        String marked = Currencies.markedDollar(tokens, i);
        if (marked != null) {
            return new Currency(marked, i + 1);
        }
        String iso = Currencies.word(tokens, i);
        if (iso == null) {
            return null;
        }
        if ("USD".equals(iso) && tokens.first(i) == 'd') {
            return dollar(tokens, i, i); // a form of "dolar", not the code
        }
        return new Currency(iso, i);
    }

    /** A form of "dolar" ending at token {@code last}, and the country named after it, if any. */
    private Currency dollar(Tokens tokens, int word, int last) {
        Currencies.Country country = Currencies.dollarCountry(tokens, word, last + 1, lemmas);
        return country == null ? new Currency("USD", last) : new Currency(country.iso(), country.last());
    }

    /**
     * Where the second end of a range starts, given the token after the first end: a dash, or
     * "do" after "od"/"z", or "a" after "między". -1 when there is no range.
     */
    private static int rangeSecondStart(Tokens tokens, int start, int after) {
        if (after >= tokens.size()) {
            return -1;
        }
        if (tokens.isPunct(after, '-') || tokens.isPunct(after, '–') || tokens.isPunct(after, '—')) {
            return after + 1 < tokens.size() ? after + 1 : -1;
        }
        int before = start - 1;
        if (tokens.is(after, "do")
                && (tokens.isIgnoreCase(before, "od")
                        || tokens.isIgnoreCase(before, "z")
                        || tokens.isIgnoreCase(before, "ze"))) {
            return after + 1;
        }
        if (tokens.is(after, "a")
                && (tokens.isIgnoreCase(before, "między") || tokens.isIgnoreCase(before, "pomiędzy"))) {
            return after + 1;
        }
        return -1;
    }
}
