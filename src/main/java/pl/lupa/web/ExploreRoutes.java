package pl.lupa.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import pl.lupa.search.BadParameterException;
import pl.lupa.search.Hit;
import pl.lupa.search.RequestParser;
import pl.lupa.search.SearchBackend;
import pl.lupa.search.SearchRequest;

/**
 * The routes beyond one page of results: a search as an Atom feed ({@code /feed.atom}) and as a
 * file of every match ({@code /api/export}). Both take the parameters of {@code /api/search}.
 */
final class ExploreRoutes {

    /** The export formats and their media types. */
    enum Format {
        CSV("text/csv; charset=utf-8; header=present", "csv"),
        JSONL("application/x-ndjson; charset=utf-8", "jsonl");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    /** The columns of an export, in order; the JSON Lines keys are the same. */
    static final List<String> COLUMNS = List.of("id", "title", "date", "source", "url", "companies", "amountsUsd");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExploreRoutes() {}

    /** Related articles listed at most. */
    static final int MAX_RELATED = 20;

    static final int DEFAULT_RELATED = 5;

    /** Added before {@code /api/documents/<id>}, whose id may hold slashes and would take {@code …/related}. */
    static void add(RoutesConfig routes, SearchBackend searcher) {
        routes.get("/feed.atom", ctx -> feed(ctx, searcher));
        routes.get("/api/export", ctx -> export(ctx, searcher));
        routes.get("/api/companies/<name>", ctx -> {
            String name = ctx.pathParam("name");
            var profile = searcher.company(name);
            if (profile.isEmpty()) {
                List<String> closest = searcher.closestCompanies(name);
                String message = closest.isEmpty()
                        ? "no company '" + name + "' in the index"
                        : "no company '" + name + "' in the index; closest: " + String.join(", ", closest);
                WebApp.error(ctx, HttpStatus.NOT_FOUND, message, null, name, closest);
            } else {
                ctx.json(profile.get());
            }
        });
        routes.get("/api/documents/<id>/related", ctx -> {
            var related = searcher.related(ctx.pathParam("id"), relatedSize(ctx.queryParams("size")));
            if (related.isEmpty()) {
                WebApp.error(ctx, HttpStatus.NOT_FOUND, "no document with this id", null);
            } else {
                ctx.json(related.get());
            }
        });
    }

    private static int relatedSize(List<String> values) {
        if (values.isEmpty() || values.get(0).isBlank()) {
            return DEFAULT_RELATED;
        }
        String message = "size must be a whole number between 1 and " + MAX_RELATED;
        if (values.size() > 1) {
            throw new BadParameterException("size", message);
        }
        try {
            int n = Integer.parseInt(values.get(0).strip());
            if (n >= 1 && n <= MAX_RELATED) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameterException("size", message);
    }

    private static SearchRequest request(Context ctx) {
        QueryStrings.firstBroken(ctx.queryString()).ifPresent(param -> {
            throw new BadParameterException(param, "parameter " + param + " is not valid percent-encoded UTF-8");
        });
        return RequestParser.parse(ctx.queryParamMap());
    }

    private static void feed(Context ctx, SearchBackend searcher) throws IOException {
        SearchRequest request = request(ctx);
        var result = searcher.newest(request);
        String base = ctx.scheme() + "://" + ctx.host();
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        byte[] xml = AtomFeed.write(base, query, request, result);
        ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
    }

    private static void export(Context ctx, SearchBackend searcher) throws IOException {
        Format format = format(ctx.queryParams("format"));
        SearchRequest request = request(ctx);
        ctx.contentType(format.mediaType);
        ctx.header("Content-Disposition", "attachment; filename=\"lupa." + format.extension + "\"");
        WebApp.securityHeaders(ctx); // before the first byte: a long export is sent while it is read
        // The writer is opened on the first hit, so a bad company name is still a JSON 400.
        var out = new Writer[1];
        searcher.export(request, SearchBackend.EXPORT_LIMIT, hit -> {
            if (out[0] == null) {
                out[0] = open(ctx, format);
            }
            writeRow(out[0], format, hit);
        });
        if (out[0] == null) {
            out[0] = open(ctx, format);
        }
        out[0].flush();
    }

    private static Format format(List<String> values) {
        if (values.isEmpty()) {
            return Format.CSV;
        }
        String value = values.get(0).strip();
        if (values.size() == 1) {
            for (Format f : Format.values()) {
                if (f.extension.equalsIgnoreCase(value)) {
                    return f;
                }
            }
        }
        throw new BadParameterException("format", "format must be csv or jsonl");
    }

    private static Writer open(Context ctx, Format format) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        if (format == Format.CSV) {
            writer.write('\uFEFF'); // spreadsheet software reads a CSV as UTF-8 only with a BOM
            writeCsvLine(writer, COLUMNS);
        }
        return writer;
    }

    private static void writeRow(Writer out, Format format, Hit hit) throws IOException {
        if (format == Format.JSONL) {
            var row = new LinkedHashMap<String, Object>();
            row.put("id", hit.id());
            row.put("title", hit.title());
            row.put("date", hit.date());
            row.put("source", hit.source());
            row.put("url", hit.url());
            row.put("companies", hit.companies());
            row.put("amountsUsd", hit.amountsUsd());
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
        } else {
            writeCsvLine(
                    out,
                    List.of(
                            nullToEmpty(hit.id()),
                            nullToEmpty(hit.title()),
                            nullToEmpty(hit.date()),
                            nullToEmpty(hit.source()),
                            nullToEmpty(hit.url()),
                            String.join("; ", hit.companies()),
                            hit.amountsUsd().stream()
                                    .map(BigDecimal::toPlainString)
                                    .collect(Collectors.joining("; "))));
        }
    }

    /** One record of RFC 4180: fields with a comma, quote or line break quoted, quotes doubled, CRLF. */
    static void writeCsvLine(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write("\r\n");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
