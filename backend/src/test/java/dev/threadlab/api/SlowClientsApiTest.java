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

/** Issue 16, point 4: a body sent a byte at a time does not pin a server thread for minutes. */
@Timeout(60)
class SlowClientsApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir());
        return settings.withWeb(settings.web().withTimeouts(1_024, 4_000));
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
