package dev.threadlab.e2e.scaleout;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** One raw WebSocket client of {@code /ws/rooms/{code}}, as a student's or teacher's page opens it. */
final class Peer implements WebSocket.Listener, AutoCloseable {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static Peer connect(HttpClient http, String url) throws Exception {
        Peer peer = new Peer();
        peer.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(url), peer).get(10, TimeUnit.SECONDS);
        return peer;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(MAPPER.readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(1006);
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The next message of this type that {@code test} accepts; messages before it are passed over. */
    JsonNode await(String type, Predicate<JsonNode> test) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonNode message = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message != null && type.equals(message.path("type").asString()) && test.test(message)) {
                return message;
            }
        }
        throw new AssertionError("no " + type + " message within 30 s");
    }

    JsonNode await(String type) throws InterruptedException {
        return await(type, _ -> true);
    }

    /** The close code, once the server or the network closed this connection. */
    int closeCode() throws Exception {
        return closed.get(30, TimeUnit.SECONDS);
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.abort();
        }
    }
}
