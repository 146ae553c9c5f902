package pl.lupa.bench.measure;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load generator's HTTP/1.1 client: GET only, one kept-alive connection per client thread,
 * reading the status line, the headers and a {@code Content-Length} or chunked body, nothing
 * more. It shares the machine's cores with the server it measures, so it is kept as lean as a
 * tool like wrk: {@code java.net.http.HttpClient} spent about a millisecond of CPU per request
 * on its own machinery, which the figures would have charged to the server.
 */
final class KeepAliveClient implements Closeable {

    /** A reply: status and body bytes. */
    record Reply(int status, byte[] body) {}

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Connection> opened = new ArrayList<>();

    KeepAliveClient(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** GET {@code target} (path and query, already encoded); reconnects once if the kept connection was closed. */
    Reply get(String target) throws IOException {
        Connection c = connections.get();
        if (c != null) {
            try {
                return c.get(target);
            } catch (EOFException | java.net.SocketException closed) {
                c.close(); // the server closed an idle connection: open a new one
            }
        }
        c = open();
        connections.set(c);
        return c.get(target);
    }

    private Connection open() throws IOException {
        var socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        socket.connect(new InetSocketAddress(host, port), timeoutMillis);
        var c = new Connection(socket);
        synchronized (opened) {
            opened.add(c);
        }
        return c;
    }

    @Override
    public void close() {
        synchronized (opened) {
            opened.forEach(Connection::close);
            opened.clear();
        }
    }

    private final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean closeAfter;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            this.out = socket.getOutputStream();
        }

        Reply get(String target) throws IOException {
            if (closeAfter) {
                throw new EOFException("the server asked to close this connection");
            }
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String status = line();
            if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
                throw new IOException("not an HTTP/1.1 status line: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                    default -> {}
                }
            }
            byte[] body;
            if (chunked) {
                var buffer = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().split(";", 2)[0].trim(), 16);
                        size > 0;
                        size = Integer.parseInt(line().split(";", 2)[0].trim(), 16)) {
                    buffer.write(in.readNBytes(size));
                    line(); // the CRLF after each chunk
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers carry nothing the bench needs
                }
                body = buffer.toByteArray();
            } else if (length >= 0) {
                body = in.readNBytes(Math.toIntExact(length));
                if (body.length < length) {
                    throw new EOFException("body cut short");
                }
            } else {
                body = in.readAllBytes(); // neither: the body ends with the connection
                closeAfter = true;
            }
            return new Reply(code, body);
        }

        /** One header line without its CRLF. */
        private String line() throws IOException {
            var sb = new StringBuilder(64);
            for (int b = in.read(); ; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed");
                }
                if (b == '\n') {
                    int end = sb.length();
                    return end > 0 && sb.charAt(end - 1) == '\r' ? sb.substring(0, end - 1) : sb.toString();
                }
                sb.append((char) b);
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a loopback socket has nothing to lose
            }
        }
    }
}
