package dev.threadlab.api;

import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, point 4: a body or headers sent a byte at a time do not pin a server thread for minutes (idle timeout 4 s,
 * header timeout 3 s, bodies at 1 KiB/s or faster).
 */
@Timeout(60)
class SlowClientsApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir());
        return settings.withWeb(settings.web().withTimeouts(1_024, 4_000, 3_000));
    });

    @Test
    void a_body_trickling_one_byte_every_second_is_cut_off_long_before_it_ends() throws Exception {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/scenarios HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            boolean cutOff = false;
            for (int i = 0; i < 40 && !cutOff; i++) {
                Thread.sleep(1_000);
                try {
                    out.write(' ');
                    out.flush();
                    cutOff = socket.getInputStream().available() > 0;
                } catch (IOException closed) {
                    cutOff = true;
                }
            }
            String answer = readSome(socket.getInputStream());
            assertThat(cutOff).as("the server stopped the trickle; it answered: " + answer).isTrue();
        }
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
    }

    @Test
    void headers_trickling_one_byte_every_second_are_cut_off_after_the_header_timeout() throws Exception {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            boolean cutOff = false;
            for (int i = 0; i < 40 && !cutOff; i++) {
                Thread.sleep(1_000);
                cutOff = !sendable(socket, "X-Slow-" + i + ": 1\r\n");
            }
            assertThat(cutOff).as("the server closed a connection whose headers never ended").isTrue();
        }
        assertThat((System.nanoTime() - start) / 1e9).as("seconds until closed").isBetween(2.5, 12.0);
    }

    @Test
    void a_kept_alive_connection_asking_every_second_stays_open_past_the_header_timeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            for (int i = 0; i < 6; i++) {
                socket.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(readAnswer(socket.getInputStream())).as("answer %d on one connection", i)
                        .startsWith("HTTP/1.1 200");
                Thread.sleep(1_000);
            }
        }
    }

    @Test
    void a_request_whose_body_takes_longer_than_the_header_timeout_is_answered() throws Exception {
        String scenario = "{\"schema\":1,\"threads\":[{\"id\":\"a\",\"body\":[{\"op\":\"sleep\",\"ms\":1}]}]}";
        byte[] body = (scenario + " ".repeat(10_000 - scenario.length())).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/scenarios HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int sent = 0; sent < body.length; sent += 500) {   // 2 KB/s: above the minimum rate, 5 s in all
                out.write(body, sent, Math.min(500, body.length - sent));
                out.flush();
                Thread.sleep(250);
            }
            assertThat(readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 201");
        }
    }

    /** Writes the text; false if the server has closed the connection (a write fails or the end is readable). */
    private static boolean sendable(Socket socket, String text) {
        try {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout(50);
            try {
                return socket.getInputStream().read() != -1;   // a byte here would be an answer: not expected
            } catch (java.net.SocketTimeoutException stillOpen) {
                return true;
            }
        } catch (IOException closed) {
            return false;
        }
    }

    /** Reads one answer with a Content-Length body (the health answer is small). */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after: " + head);
            }
            head.append((char) b);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        int n = length.find() ? Integer.parseInt(length.group(1)) : 0;
        in.readNBytes(n);
        return head.toString();
    }

    private static String readSome(InputStream in) {
        try {
            byte[] buffer = new byte[2048];
            int n = in.available() > 0 ? in.read(buffer) : 0;
            return new String(buffer, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(closed)";
        }
    }
}
