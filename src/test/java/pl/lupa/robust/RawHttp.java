package pl.lupa.robust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HTTP for robustness tests: request targets are sent exactly as written. A target that
 * {@link URI} accepts goes through {@link HttpClient}; anything else (a lone {@code %}, raw
 * control characters, {@code %zz}, a 20 KB request line) goes over a plain socket as a
 * hand-written HTTP/1.1 request.
 */
final class RawHttp {

    /** A reply, or {@code status == -1} when the server closed the connection without one. */
    record Reply(int status, Map<String, String> headers, String body, String via) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        @Override
        public String toString() {
            String b = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return status + " via " + via + " " + b.replace("\n", "\\n");
        }
    }

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A line of a Java stack trace. */
    static final Pattern STACK_TRACE =
            Pattern.compile("(?m)(^\\s*at [\\w.$/]+\\(|\\bat pl\\.|\\.java:\\d+\\)|Exception in thread|^Caused by: )");
    /** A stack trace, or the name of an exception class, which no answer to a client should carry. */
    static final Pattern INTERNALS = Pattern.compile(STACK_TRACE.pattern() + "|Exception|Throwable|\\bError:");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    private RawHttp() {}

    /** GET {@code target} (path and query, as written) from 127.0.0.1:{@code port}. */
    static Reply get(int port, String target) {
        URI uri;
        try {
            uri = new URI("http://127.0.0.1:" + port + target);
        } catch (URISyntaxException rejected) {
            return socket(
                    port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
        }
        try {
            var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var headers = new LinkedHashMap<String, String>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            return new Reply(r.statusCode(), headers, r.body(), "client");
        } catch (IllegalArgumentException clientRejects) {
            // HttpClient is stricter than URI about some characters: send it by hand.
            return socket(
                    port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + abbreviate(target) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends {@code request} (ISO-8859-1 bytes, so {@code \u0000}–{@code \u00ff} go out as single
     * bytes) and reads the reply until the server closes the connection.
     */
    static Reply socket(int port, String request) {
        return socket(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Reply socket(int port, byte[] request) {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException resetWhileSending) {
                // The server may answer (and close) before it has read a huge request: read the answer.
            }
            byte[] raw;
            try {
                raw = readAll(socket.getInputStream());
            } catch (SocketTimeoutException e) {
                throw new AssertionError(
                        "no reply within " + TIMEOUT.toSeconds() + " s: the server hangs on "
                                + abbreviate(new String(request, StandardCharsets.ISO_8859_1)),
                        e);
            }
            return parse(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "request failed: " + abbreviate(new String(request, StandardCharsets.ISO_8859_1)), e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // A reset after the reply was sent still leaves the reply readable.
            if (out.size() == 0) {
                return new byte[0];
            }
        }
        return out.toByteArray();
    }

    static Reply parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            return new Reply(-1, Map.of(), new String(raw, StandardCharsets.UTF_8), "socket");
        }
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = Integer.parseInt(statusLine[1]);
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        } else if (headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length"));
            body = java.util.Arrays.copyOf(body, Math.min(length, body.length));
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8), "socket");
    }

    private static byte[] dechunk(byte[] body) {
        var out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int from = lineEnd + 2;
            out.write(body, from, Math.min(size, body.length - from));
            at = from + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String abbreviate(String s) {
        String flat = s.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() > 120 ? flat.substring(0, 120) + "…(" + flat.length() + " chars)" : flat;
    }
}
