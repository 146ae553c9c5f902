package pl.lupa.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import pl.lupa.index.ArticleSchema;

/** Article folders for robustness tests: generated Polish tech news, or a copy of the samples. */
final class Corpus {

    private static final String[] SUBJECTS = {
        "Spółka",
        "Operator",
        "Startup",
        "Producent układów",
        "Bank",
        "Ministerstwo cyfryzacji",
        "Platforma handlowa",
        "Studio gier",
        "Dostawca chmury",
        "Fundusz inwestycyjny",
        "Urząd ochrony danych",
        "Integrator"
    };
    private static final String[] VERBS = {
        "otworzy",
        "przejmie",
        "zainwestuje w",
        "zamknie",
        "rozbuduje",
        "sprzeda",
        "zapowiedział",
        "uruchomił",
        "przetestuje",
        "wstrzymał",
        "sfinansuje",
        "zmodernizuje"
    };
    private static final String[] OBJECTS = {
        "centrum danych pod Warszawą", "fabrykę półprzewodników", "sieć światłowodową", "aplikację płatniczą",
        "laboratorium sztucznej inteligencji", "region chmurowy", "serwerownię w Krakowie",
                "biuro badawcze we Wrocławiu",
        "usługę wideo", "system rozliczeń", "sklep internetowy", "platformę analityczną"
    };
    private static final String[] TAILS = {
        "Inwestycja ma zakończyć się w przyszłym roku.", "Analitycy oceniają plan ostrożnie.",
        "Wartość transakcji nie została ujawniona.", "Firma zatrudni kilkuset inżynierów.",
        "Współpraca obejmie również uczelnie techniczne.", "Konkurenci zapowiadają podobne ruchy.",
        "Regulator sprawdzi warunki umowy.", "Źródła w branży mówią o kolejnych etapach projektu.",
        "Klienci zyskają szybszy dostęp do usług.", "Projekt wspiera program rządowy."
    };

    private Corpus() {}

    /** The repository's sample articles, copied so a test may edit them. */
    static Path copySamples(Path target) throws IOException {
        Path samples = Path.of("sample-docs").toAbsolutePath();
        if (!Files.isDirectory(samples)) {
            throw new IllegalStateException("the tests run from the project root, where sample-docs/ is");
        }
        copyTree(samples, target);
        return target;
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(
                        file,
                        to.resolve(from.relativize(file).toString()),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** One generated Markdown article; the same (seed, number) always gives the same text. */
    static String article(long seed, int number, int sentences) {
        var random = new Random(seed * 1_000_003L + number);
        var date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365));
        String subject = pick(random, SUBJECTS);
        String title = subject + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " (nr " + number + ")";
        var body = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            body.append(pick(random, SUBJECTS))
                    .append(' ')
                    .append(pick(random, VERBS).toLowerCase(java.util.Locale.ROOT))
                    .append(' ')
                    .append(pick(random, OBJECTS))
                    .append(". ")
                    .append(pick(random, TAILS))
                    .append(' ');
            if (i % 4 == 3) {
                body.append("\n\n");
            }
        }
        body.append("Znacznik artykułu: znacznik").append(number).append('.');
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\nsource: Serwis Testowy\nauthor: Jan Kowalski\n---\n"
                + body.toString().strip() + "\n";
    }

    /** Writes articles {@code from} … {@code to - 1} as {@code <dir>/<bucket>/a<n>.md}; returns their ids. */
    static List<String> writeArticles(Path dir, long seed, int from, int to, int sentences) throws IOException {
        var ids = new ArrayList<String>();
        for (int n = from; n < to; n++) {
            String id = idOf(n);
            Path file = dir.resolve(id);
            Files.createDirectories(file.getParent());
            Files.writeString(file, article(seed, n, sentences), StandardCharsets.UTF_8);
            ids.add(id);
        }
        return ids;
    }

    static String idOf(int n) {
        return String.format("g%02d/a%05d.md", n / 250, n);
    }

    /** Ids of the live documents of the last commit in {@code index}. */
    static Set<String> ids(Path index) {
        try (var dir = FSDirectory.open(index);
                var reader = DirectoryReader.open(dir)) {
            return ids(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> ids(IndexReader reader) throws IOException {
        var ids = new HashSet<String>();
        Bits live = MultiBits.getLiveDocs(reader);
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                ids.add(stored.document(doc, Set.of(ArticleSchema.ID)).get(ArticleSchema.ID));
            }
        }
        return ids;
    }

    /** Deletes a folder tree, if it exists. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
