package pl.lupa.bench.corpus;

import java.time.LocalDate;

/**
 * Money amounts and dates as Polish news writes them: decimal commas, scale words and their
 * abbreviations, currency signs before or after, case forms of month names, dates relative to
 * the publication date. The notations are the ones extraction must understand.
 */
final class EntityPhrases {

    private static final String[] MONTHS_GENITIVE = {
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia"
    };
    private static final String[] MONTHS_LOCATIVE = {
        "styczniu",
        "lutym",
        "marcu",
        "kwietniu",
        "maju",
        "czerwcu",
        "lipcu",
        "sierpniu",
        "wrześniu",
        "październiku",
        "listopadzie",
        "grudniu"
    };

    private EntityPhrases() {}

    /** One amount: {@code 6,6 mld dolarów}, {@code 650 mln USD}, {@code $20 mln}, {@code 3,5 mln zł}, … */
    static String money(BenchRandom r) {
        String n = number(r);
        int whole = r.between(1, 999);
        return switch (r.nextInt(14)) {
            case 0 -> n + " mld dolarów";
            case 1 -> whole + " mln USD";
            case 2 -> "$" + whole + " mln";
            case 3 -> whole + " tys. dolarów";
            case 4 -> n + " mln zł";
            case 5 -> n + " mld euro";
            case 6 -> n + " mln dol.";
            case 7 -> whole + " mln $";
            case 8 -> "$" + n + " mld";
            case 9 -> scaled(r, "miliard", "miliardy", "miliardów", "miliarda") + " dolarów";
            case 10 -> scaled(r, "milion", "miliony", "milionów", "miliona") + " dolarów";
            case 11 -> grouped(r.between(1, 99) * 100_000L) + " dolarów";
            case 12 -> n + " mld zł";
            default -> whole + " mln euro";
        };
    }

    /** A date near the publication date, in one of the forms news uses. */
    static String date(BenchRandom r, LocalDate published) {
        int month = r.nextInt(12);
        int year = published.getYear() - r.nextInt(2);
        return switch (r.nextInt(7)) {
            case 0, 1 -> r.between(1, 28) + " " + MONTHS_GENITIVE[month] + " " + year + " r.";
            case 2 -> String.format("%02d.%02d.%d", r.between(1, 28), month + 1, year);
            case 3 -> "w " + MONTHS_LOCATIVE[month] + " tego roku";
            case 4 -> "w " + MONTHS_LOCATIVE[month] + (r.chance(0.5) ? " zeszłego roku" : " ubiegłego roku");
            case 5 -> "w " + year + " roku";
            default -> "w ubiegłym roku";
        };
    }

    /** {@code 6,6} or {@code 13}: a decimal comma about a third of the time. */
    private static String number(BenchRandom r) {
        int whole = r.between(1, 99);
        return r.chance(0.35) ? whole + "," + r.between(1, 9) : String.valueOf(whole);
    }

    /** Spelled-out scale word in the case the number asks for: 1 miliard, 3 miliardy, 13 miliardów, 6,6 miliarda. */
    private static String scaled(BenchRandom r, String one, String few, String many, String fraction) {
        if (r.chance(0.3)) {
            return r.between(1, 9) + "," + r.between(1, 9) + " " + fraction;
        }
        int n = r.between(1, 40);
        int lastTwo = n % 100;
        int last = n % 10;
        String word = n == 1 ? one : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
        return n + " " + word;
    }

    /** {@code 10 000 000}: thousands separated by spaces. */
    private static String grouped(long value) {
        String digits = Long.toString(value);
        var out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
