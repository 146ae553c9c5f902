package pl.lupa.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lupa.search.BadParameterException;
import pl.lupa.search.IndexNotReadyException;
import pl.lupa.search.RequestParser;
import pl.lupa.search.SearchBackend;
import pl.lupa.search.SearchParam;
import pl.lupa.search.SuggestRequest;

/**
 * The HTTP face of Lupa: {@code /api/search}, {@code /api/documents/{id}}, {@code /health} and
 * the search page. Built by a factory from its one dependency; handlers validate, delegate and
 * map errors to JSON. No endpoint writes anything.
 */
public final class WebApp {

    private static final Logger ACCESS = LoggerFactory.getLogger("lupa.access");
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    /** Request line and headers together; longer requests get 431 from Jetty. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private WebApp() {}

    /** A configured, not yet started server, without an access log. */
    public static Javalin create(SearchBackend searcher) {
        return create(searcher, false);
    }

    /**
     * A configured, not yet started server.
     *
     * @param accessLog log one line per request ({@code lupa.access}): method, path, status, time
     */
    public static Javalin create(SearchBackend searcher, boolean accessLog) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson());
            config.http.maxRequestSize = 64 * 1024;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.jetty.modifyHttpConfiguration(http -> {
                // Document ids hold '/' and clients percent-encode it (%2F): allow that.
                http.setUriCompliance(UriCompliance.from(java.util.EnumSet.of(
                        UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
                        UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING)));
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyServletContextHandler(
                    handler -> handler.getServletHandler().setDecodeAmbiguousURIs(true));
            if (accessLog) {
                config.requestLogger.http((ctx, ms) ->
                        ACCESS.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
            }

            config.routes.before(
                    "/api/*",
                    ctx -> QueryStrings.firstBroken(ctx.queryString()).ifPresent(param -> {
                        throw new BadParameterException(
                                param, "parameter " + param + " is not valid percent-encoded UTF-8");
                    }));
            config.routes.get(
                    "/api/search", ctx -> ctx.json(searcher.search(RequestParser.parse(ctx.queryParamMap()))));
            ExploreRoutes.add(config.routes, searcher);
            config.routes.get(
                    "/api/suggest", ctx -> ctx.json(searcher.suggest(SuggestRequest.parse(ctx.queryParamMap()))));
            config.routes.get("/api/parameters", ctx -> ctx.json(Map.of("search", SearchParam.describeAll())));
            config.routes.get("/api/documents/<id>", ctx -> {
                String id = ctx.pathParam("id");
                String q =
                        RequestParser.parse(Map.of("q", ctx.queryParams("q"))).query();
                var doc = searcher.document(id, q);
                if (doc.isEmpty()) {
                    error(ctx, HttpStatus.NOT_FOUND, "no document with this id", null);
                } else {
                    ctx.json(doc.get());
                }
            });
            config.routes.get("/health", ctx -> {
                var health = searcher.health();
                var body = new LinkedHashMap<String, Object>();
                body.put("status", health.ready() ? "ok" : "unavailable");
                body.put("documents", health.documents());
                body.put("backend", health.cluster() == null ? "lucene" : "solrcloud");
                if (health.ready() && health.cluster() == null) {
                    body.put("indexVersion", health.version());
                    body.put("lastRefresh", String.valueOf(health.lastRefresh()));
                }
                if (health.cluster() != null) {
                    body.put("liveNodes", health.cluster().liveNodes());
                    body.put("cluster", health.cluster());
                }
                if (!health.ready()) {
                    body.put("error", health.message());
                }
                ctx.status(health.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                        .json(body);
            });

            config.routes.after(WebApp::securityHeaders);
            config.routes.exception(
                    BadParameterException.class,
                    (e, ctx) ->
                            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.param(), e.value(), e.suggestions()));
            config.routes.exception(
                    IndexNotReadyException.class,
                    (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has the details", null);
            });
            config.routes.error(404, "*", ctx -> {
                // a route's own JSON 404 ("no company 'X'; closest: …") stays; Javalin's plain one
                // for a path no route serves becomes JSON
                boolean own = ctx.attribute(OWN_ERROR) != null;
                if (!own && (ctx.result() == null || ctx.path().startsWith("/api/"))) {
                    error(ctx, HttpStatus.NOT_FOUND, "not found", null);
                }
            });
        });
    }

    /** Marks a response whose JSON error a route wrote itself, so that the 404 handler keeps it. */
    private static final String OWN_ERROR = "lupa.ownError";

    static void error(Context ctx, HttpStatus status, String message, String param) {
        error(ctx, status, message, param, null, List.of());
    }

    /**
     * The JSON error: {@code error}, the {@code param} at fault, the {@code value} at fault when the
     * parameter has several, and {@code suggestions}: values to try instead, if any.
     */
    static void error(
            Context ctx, HttpStatus status, String message, String param, String value, List<String> suggestions) {
        Map<String, Object> body = new LinkedHashMap<>();
        ctx.attribute(OWN_ERROR, Boolean.TRUE);
        body.put("error", message);
        if (param != null) {
            body.put("param", param);
        }
        if (value != null) {
            body.put("value", value);
        }
        if (!suggestions.isEmpty()) {
            body.put("suggestions", suggestions);
        }
        ctx.status(status).json(body);
    }

    /**
     * Jetty answers the requests it cannot parse (bad percent-encoding or UTF-8 in the path,
     * control characters, ambiguous segments, over-long request lines and headers) itself, before
     * any route runs: with this handler those answers are JSON with an {@code error} too.
     */
    static final class JsonErrorHandler extends ErrorHandler {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        protected void generateResponse(
                Request request, Response response, int code, String message, Throwable cause, Callback callback)
                throws IOException {
            // Jetty's messages ("Bad UTF-8 encoding", "Ambiguous URI path segment") explain; an
            // exception's text would not.
            String text = message == null || message.isBlank() || message.contains("Exception")
                    ? org.eclipse.jetty.http.HttpStatus.getMessage(code)
                    : message;
            byte[] body = JSON.writeValueAsBytes(Map.of("error", text));
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }

    static void securityHeaders(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && !type.contains("charset") && (type.startsWith("text/") || type.contains("javascript"))) {
            ctx.res().setContentType(type + "; charset=utf-8"); // the page, its script and styles are UTF-8
        }
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header(
                "Cache-Control",
                ctx.path().startsWith("/api/") || ctx.path().equals("/health") ? "no-store" : "no-cache");
    }
}
