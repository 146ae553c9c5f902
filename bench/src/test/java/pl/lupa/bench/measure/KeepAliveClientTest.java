package pl.lupa.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The bench's HTTP client against a scripted server: lengths, chunks, closed connections. */
class KeepAliveClientTest {

    /** Serves the given replies in order, one per request, on however many connections the client opens. */
    private static final class ScriptedServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final List<String> targets = new CopyOnWriteArrayList<>();
        final List<Integer> connections = new CopyOnWriteArrayList<>();
        private final Thread thread;

        ScriptedServer(List<String> replies) throws IOException {
            thread = new Thread(() -> {
                int next = 0;
                try {
                    while (next < replies.size()) {
                        try (Socket s = socket.accept()) {
                            connections.add(next);
                            var in = new BufferedReader(
                                    new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                            OutputStream out = s.getOutputStream();
                            while (next < replies.size()) {
                                String requestLine = in.readLine();
                                if (requestLine == null) {
                                    break;
                                }
                                targets.add(requestLine.split(" ")[1]);
                                for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                                    // headers are not checked
                                }
                                String reply = replies.get(next++);
                                out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
                                out.flush();
                                if (reply.contains("Connection: close")) {
                                    break;
                                }
                            }
                        }
                    }
                } catch (IOException ignored) {
                    // the test closed the server
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void readsLengthsChunksAndReconnectsAfterAClose() throws Exception {
        var replies = List.of(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"total\":3}",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"to\r\n7;ext=1\r\ntal\":12\r\n1\r\n}\r\n0\r\n\r\n",
                "HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
                "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        try (var server = new ScriptedServer(replies);
                var client = new KeepAliveClient("127.0.0.1", server.port(), 5_000)) {
            var first = client.get("/api/search?q=a");
            assertThat(first.status()).isEqualTo(200);
            assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("{\"total\":3}");
            var chunked = client.get("/api/search?q=b");
            assertThat(new String(chunked.body(), StandardCharsets.UTF_8)).isEqualTo("{\"total\":12}");
            assertThat(HttpBench.total(new String(chunked.body(), StandardCharsets.ISO_8859_1)))
                    .isEqualTo(12);
            var bad = client.get("/api/search?size=0");
            assertThat(bad.status()).isEqualTo(400);
            var afterClose = client.get("/health");
            assertThat(afterClose.status()).isEqualTo(200);
            assertThat(afterClose.body()).isEmpty();
            assertThat(server.targets)
                    .containsExactly("/api/search?q=a", "/api/search?q=b", "/api/search?size=0", "/health");
            assertThat(server.connections)
                    .as("one connection kept alive, a second after the server closed it")
                    .containsExactly(0, 3);
        }
    }

    @Test
    void totalIsReadFromTheBodyOrMinusOne() {
        assertThat(HttpBench.total("{\"query\":\"x\",\"total\":1234,\"totalRelation\":\"eq\"}"))
                .isEqualTo(1234);
        assertThat(HttpBench.total("{\"error\":\"bad\"}")).isEqualTo(-1);
        assertThat(HttpBench.total("{\"total\":null}")).isEqualTo(-1);
    }
}
