package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client of a room, for functional tests: collects messages and waits for them with a timeout. */
final class RoomClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;

    record Closed(int code, String reason) {
    }

    private RoomClient(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(uri, new Listener())
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    static RoomClient student(int port, String code, String name) {
        return new RoomClient(uri(port, code, "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
    }

    static RoomClient resume(int port, String code, String resumeToken) {
        return new RoomClient(uri(port, code, "resume=" + resumeToken));
    }

    static RoomClient teacher(int port, String code, String token) {
        return new RoomClient(uri(port, code, "teacher=" + token));
    }

    private static URI uri(int port, String code, String query) {
        return URI.create("ws://127.0.0.1:" + port + "/ws/rooms/" + code + "?" + query);
    }

    void send(String json) {
        socket.sendText(json, true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** The first message (not taken before) of this type, waiting up to the timeout. */
    JsonNode await(String type) {
        return await(m -> type.equals(m.path("type").asString()), type);
    }

    JsonNode await(Predicate<JsonNode> wanted, String description) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode next = inbox.poll(50, TimeUnit.MILLISECONDS);
                if (next != null) {
                    seen.add(next);
                    if (wanted.test(next)) {
                        return next;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("No " + description + " within " + TIMEOUT + "; got " + seen);
    }

    /** A message that was skipped by an earlier {@link #await}, or else the next one that matches. */
    JsonNode awaitEver(Predicate<JsonNode> wanted, String description) {
        for (JsonNode old : seen) {
            if (wanted.test(old)) {
                return old;
            }
        }
        return await(wanted, description);
    }

    /** Every message received so far that nobody awaited yet, without waiting. */
    List<JsonNode> drain() {
        List<JsonNode> all = new ArrayList<>();
        inbox.drainTo(all);
        seen.addAll(all);
        return all;
    }

    /** Every message received so far, in order, awaited or not (without waiting). */
    List<JsonNode> received() {
        drain();
        return List.copyOf(seen);
    }

    Closed awaitClose() {
        return closed.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!closed.isDone() && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                inbox.add(MAPPER.readTree(partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
