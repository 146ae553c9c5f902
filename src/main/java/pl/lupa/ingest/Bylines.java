package pl.lupa.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a byline or a dateline: a short line that says who wrote the article and when, or where
 * and when, and nothing else — "Marta Wilk · 14 listopada 2024, 09:12", "Autor: Piotr Zieliński |
 * 05.03.2025, 09:40", "Warszawa, 29.06.2012, 10:15", "Opublikowano: 19.11.2024, 06:00 |
 * Aktualizacja: 20.11.2024, 12:41", "4 min czytania", a live blog's "19:58".
 *
 * <p>What is left of the line after its dates, times, separators and the words bylines are made
 * of must be at most a name: a few capitalised words. Any other word makes it a sentence, so a
 * list item such as "1 lutego 2026 – firmy, których sprzedaż…" is no byline.
 */
final class Bylines {

    /** What a byline says, either of which may be missing. */
    record Byline(Optional<LocalDate> date, String author) {}

    private static final int MAX_LENGTH = 160;
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?![\\d:])");
    /** A label that says the date after it is not the publication date. */
    private static final Pattern UPDATE_LABEL =
            Pattern.compile("(?iu)(aktualizacja|zaktualizowano|zmodyfikowano|edytowano|updated|modified)\\W*$");

    private static final Set<String> BYLINE_WORDS = Set.of(
            "autor",
            "autorka",
            "autorzy",
            "tekst",
            "opublikowano",
            "opublikowane",
            "opublikował",
            "opublikowała",
            "publikacja",
            "aktualizacja",
            "zaktualizowano",
            "zmodyfikowano",
            "data",
            "dodano",
            "przez",
            "napisane",
            "napisał",
            "napisała",
            "start",
            "godz",
            "r",
            "o",
            "relację",
            "relacja",
            "prowadzi",
            "prowadzą",
            "min",
            "minuty",
            "minut",
            "czytania",
            "czyt",
            "komentarz",
            "komentarze",
            "komentarzy",
            "skomentuj",
            "poniedziałek",
            "wtorek",
            "środa",
            "czwartek",
            "piątek",
            "sobota",
            "niedziela");
    /** Words that make a line a byline even without a date: "Autor: …", "Napisane przez …". */
    private static final Pattern AUTHOR_CUE =
            Pattern.compile("(?iu)^(autor|autorka|tekst)\\s*:|\\b(przez|napisane przez)\\s+\\p{Lu}");

    private static final Pattern READING_TIME = Pattern.compile("(?iu)\\d+\\s*min(ut[ay]?)?\\.?( czytania)?");
    private static final Pattern NUMBER = Pattern.compile("\\d+\\.?");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?");
    private static final Pattern BARE_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}");

    private Bylines() {}

    /**
     * A line that is a person's name and nothing else ("Agata Szulc"): an author only where it
     * stands beside a dated byline, since alone it may be anything.
     */
    static boolean isBareName(String line) {
        return line.length() <= 50 && BARE_NAME.matcher(line).matches();
    }

    /** Whether the text before a date ends with a label that makes it the date of an update. */
    static boolean saysUpdated(String before) {
        return UPDATE_LABEL.matcher(before).find();
    }

    /** The byline a line is, or empty when it is anything else. */
    static Optional<Byline> parse(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        var dates = PublicationDates.findAll(line);
        if (dates.isEmpty()
                && !TIME.matcher(line).find()
                && !AUTHOR_CUE.matcher(line).find()
                && !READING_TIME.matcher(line).matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Optional.empty();
        var rest = new StringBuilder(line);
        for (int i = dates.size() - 1; i >= 0; i--) {
            var found = dates.get(i);
            if (!saysUpdated(line.substring(0, found.start()))) {
                date = Optional.of(found.date()); // the first one not labelled as an update, once the loop ends
            }
            rest.replace(found.start(), found.end(), " ");
        }
        // Runs of capitalised words between the byline's own words: names, or a place.
        var runs = new ArrayList<List<String>>();
        var run = new ArrayList<String>();
        for (String token : TIME.matcher(rest).replaceAll(" ").split("[\\s·|/•,;:–—()\\[\\]-]+")) {
            if (token.isEmpty() || NUMBER.matcher(token).matches()) {
                continue; // "41 komentarzy", "4 min"
            }
            if (BYLINE_WORDS.contains(token.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))) {
                run = closeRun(runs, run);
            } else if (NAME_WORD.matcher(token).matches()) {
                run.add(token);
            } else {
                return Optional.empty(); // a word of a sentence
            }
        }
        closeRun(runs, run);
        String author = null;
        for (var words : runs) {
            if (words.size() > 4) {
                return Optional.empty();
            }
            if (author == null && words.size() >= 2) {
                author = String.join(" ", words); // a single word is a place ("Warszawa, 27.03.2025")
            }
        }
        return Optional.of(new Byline(date, author));
    }

    private static ArrayList<String> closeRun(List<List<String>> runs, ArrayList<String> run) {
        if (run.isEmpty()) {
            return run;
        }
        runs.add(run);
        return new ArrayList<>();
    }
}
