package dev.threadlab.e2e;

import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers offer permessage-deflate on every WebSocket. The packaged lab declines it for rooms (tiny
 * messages fanned out to many students) and accepts it for run streams (large batches to one client).
 */
class RoomSocketCompressionIT {

    private static final String OFFER = "permessage-deflate; client_max_window_bits";

    @Test
    void a_room_socket_declines_compression_that_a_browser_offers() throws Exception {
        String code = createRoom();

        List<String> answer = upgrade("/ws/rooms/" + code + "?name=Ann");

        assertThat(answer.getFirst()).contains("101");
        assertThat(answer).noneMatch(h -> h.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    @Test
    void a_run_stream_keeps_the_compression_a_browser_offers() throws Exception {
        List<String> answer = upgrade("/ws/runs/no-such-run");

        assertThat(answer.getFirst()).contains("101");
        assertThat(answer).anyMatch(h -> h.toLowerCase().startsWith("sec-websocket-extensions: permessage-deflate"));
    }

    private static String createRoom() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RunningLab.baseUrl() + "/api/rooms")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Compression\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(created.body());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    /** A raw WebSocket upgrade as a browser sends it; answers the status line and headers. */
    private static List<String> upgrade(String pathAndQuery) throws Exception {
        URI base = URI.create(RunningLab.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Extensions: " + OFFER + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
