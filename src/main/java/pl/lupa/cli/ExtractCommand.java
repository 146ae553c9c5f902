package pl.lupa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pl.lupa.extract.EntityExtractor;
import pl.lupa.extract.ExtractedEntities;
import pl.lupa.ingest.Article;
import pl.lupa.ingest.ArticleReader;
import pl.lupa.ingest.Format;
import pl.lupa.ingest.SkippedInputException;

@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Prints, as JSON, what ingest and extraction make of one article file",
            "(title, date, author, body, companies, amounts, dates). A .jsonl file prints one line per record."
        })
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Publication date for relative dates (default: the article's own).")
    String date;

    @Parameters(
            paramLabel = "FILE",
            description = "Article file (.txt, .md, .html, .jsonl), or - for standard input (read as text).")
    String file;

    @Mixin
    CompanyOption companies;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate publication = null;
        if (date != null) {
            try {
                publication = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD: " + date);
            }
        }
        var extractor = new EntityExtractor(companies.gazetteer());
        try {
            for (Article a : articles()) {
                LocalDate d = publication != null ? publication : a.date();
                out.println(JSON.writeValueAsString(view(a, d, extractor.extract(a.text(), d))));
            }
        } catch (SkippedInputException e) {
            err.println("lupa extract: " + file + ": " + e.reason().label() + ": " + e.getMessage());
            return Main.FAILED;
        }
        out.flush();
        return 0;
    }

    private List<Article> articles() throws Exception {
        if (file.equals("-")) {
            byte[] bytes = System.in.readAllBytes();
            return ArticleReader.read("-", bytes, Format.MARKDOWN).articles();
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new IOException(file + ": is a folder; extract reads one article file (index reads folders)");
        }
        Format format = Format.of(path).orElse(Format.TEXT);
        if (format != Format.JSON_LINES) {
            return ArticleReader.read(path.getFileName().toString(), Files.readAllBytes(path), format)
                    .articles();
        }
        var all = new ArrayList<Article>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                all.addAll(ArticleReader.readRecord(path.getFileName().toString(), line)
                        .articles());
            }
        }
        return all;
    }

    /**
     * The documented shape: title, date, author, body, companies, amounts, dates; formerNames and
     * discovered when there are any.
     */
    static Map<String, Object> view(Article a, LocalDate date, ExtractedEntities e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("title", a.title());
        m.put("date", a.date() != null ? a.date().toString() : date != null ? date.toString() : null);
        m.put("author", a.author());
        m.put("body", a.body());
        m.put("companies", e.companies());
        if (!e.formerNames().isEmpty()) {
            m.put("formerNames", e.formerNames());
        }
        if (!e.discovered().isEmpty()) {
            m.put("discovered", e.discovered());
        }
        m.put("amounts", e.amounts());
        m.put("dates", e.dates());
        return m;
    }
}
