package dev.threadlab.api;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's acceptance fuzz: 10,000 seeded requests over every HTTP endpoint (odd ids and encodings, every method,
 * mutated bodies, wrong content types) and 300 WebSocket sessions over every WebSocket (odd paths and queries, random
 * messages). Reports 0 × 5xx, 0 errors that are not problem+json, 0 answers or close reasons naming a Java or Jackson
 * class, and 0 WebSocket closes with 1011.
 */
@Timeout(120)
class EveryEndpointFuzzTest {

    private static final int REQUESTS = 10_000;
    private static final int SOCKETS = 300;
    private static final String[] PATHS = {"/api/health", "/api/ready", "/api/metrics", "/api/openapi.json", "/api/stats",
            "/api/presets", "/api/presets/{id}", "/api/scenarios", "/api/scenarios/{id}", "/api/runs", "/api/runs/{id}",
            "/api/runs/{id}/events", "/api/runs/{id}/timeline", "/api/runs/{id}/state", "/api/explore",
            "/api/explorations", "/api/explorations/{id}", "/api/scheduler", "/api/export/python", "/api/reality",
            "/api/rooms", "/api/rooms/{id}", "/api/rooms/{id}/qr.svg", "/api/nothing/{id}"};
    private static final String[] IDS = {"x", "%ff%fe", "%00", "%2e%2e", "lost-update", "0", "-1", "ZZZZ-ZZZZ",
            "%E2%80%AE", "a%20b", "%25", "9999999999999999999999", "%C0%AF", "\u00e9t\u00e9".replace("\u00e9", "%C3%A9")};
    private static final String[] QUERIES = {"", "?from=0", "?from=-1", "?from=1e999", "?limit=0&from=x", "?px=%00",
            "?at=99999999999999999999", "?from=0&limit=100000", "?px=1000&from=0&to=1", "?teacher=x", "?name=%ff"};
    private static final String[] TYPES = {"application/json", "application/json; charset=utf-8", "text/plain",
            "application/x-www-form-urlencoded", null, "application/xml", "APPLICATION/JSON"};
    private static final String[] BODIES = {
            "{\"schema\":1,\"threads\":[{\"id\":\"a\",\"body\":[{\"op\":\"sleep\",\"ms\":1}]}]}",
            "{\"scenario\":{\"schema\":1,\"threads\":[{\"id\":\"a\",\"count\":2,\"body\":[{\"op\":\"io\",\"ms\":1}]}]}}",
            "{\"title\":\"Period 3\"}", "{\"x\":1e-2147483649}", "{\"x\":1e999999999}", "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]",
            "{\"a\":1,\"a\":2}", "{\"\":{\"\\u0000\":1}}", "null", "\"\"", "{}", "", "{\"scenario\":{\"schema\":1,\"threads\":[]},\"schedule\":[99]}"};
    private static final String[] METHODS = {"GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS"};
    private static final String[] WS_PATHS = {"/ws/runs/{id}", "/ws/explorations/{id}", "/ws/rooms/{id}", "/ws/none/{id}"};
    private static final String[] WS_MESSAGES = {"{\"type\":\"RaiseHand\"}", "{\"type\":\"Seek\",\"positionUs\":1e-2147483649}",
            "{not json", "", "[]", "{\"type\":\"Run\",\"scenario\":{\"x\":1e999999999}}", "{\"type\":\"\\u0000\"}",
            "{\"type\":\"Seek\",\"positionUs\":-1}", "9".repeat(200), "{\"type\":\"Submit\",\"scenario\":[[[[[[[[[[[[[1]]]]]]]]]]]]]}"};

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger notProblems = new AtomicInteger();
    private final AtomicInteger namingInternals = new AtomicInteger();

    @Test
    void ten_thousand_requests_over_every_endpoint_and_every_websocket_get_no_5xx_no_html_and_no_class_names()
            throws Exception {
        String roomCode = ErrorShapeApiTest.class.getSimpleName().isEmpty() ? "" : createRoom();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < REQUESTS; i++) {
                long seed = i;
                pool.execute(() -> request(new SplittableRandom(seed), roomCode));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(100, TimeUnit.SECONDS)).isTrue();
        }
        AtomicInteger badCloses = new AtomicInteger();
        ConcurrentLinkedQueue<CompletableFuture<?>> sessions = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < SOCKETS; i++) {
            sessions.add(socket(new SplittableRandom(1_000_000 + i), roomCode, badCloses));
        }
        CompletableFuture.allOf(sessions.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        System.out.printf("fuzz: %d requests, %d sockets: %d x 5xx, %d non-problem errors, %d naming internals, "
                + "%d bad closes%n", REQUESTS, SOCKETS, serverErrors.get(), notProblems.get(), namingInternals.get(),
                badCloses.get());
        assertThat(failures).isEmpty();
        assertThat(badCloses.get()).isZero();
    }

    private static String createRoom() {
        HttpResponse<String> room = server.post("/api/rooms", "{\"title\":\"fuzz\"}");
        String body = room.body();
        int at = body.indexOf("\"code\":\"") + 8;
        return body.substring(at, body.indexOf('"', at));
    }

    private void request(SplittableRandom random, String roomCode) {
        String path = PATHS[random.nextInt(PATHS.length)].replace("{id}",
                random.nextInt(4) == 0 ? roomCode : IDS[random.nextInt(IDS.length)]) + QUERIES[random.nextInt(QUERIES.length)];
        String method = METHODS[random.nextInt(METHODS.length)];
        String body = BODIES[random.nextInt(BODIES.length)];
        if (random.nextInt(3) == 0 && !body.isEmpty()) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            body = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.uri("") + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        String type = TYPES[random.nextInt(TYPES.length)];
        if (type != null) {
            builder.header("Content-Type", type);
        }
        HttpResponse<String> response;
        try {
            response = sendOnce(builder.build());
        } catch (java.io.IOException stale) {
            // the server closes a kept-alive connection after answering without reading a body (405, 415, 404):
            // a request already on its way over it gets no bytes; a browser retries it, so does this client, once
            try {
                response = sendOnce(builder.build());
            } catch (Exception e) {
                failures.put(method + " " + path, "no answer: " + e);
                return;
            }
        }
        check(method + " " + path, response);
    }

    private static HttpResponse<String> sendOnce(HttpRequest request) throws java.io.IOException {
        try {
            return server.client().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.IOException(e);
        }
    }

    private void check(String request, HttpResponse<String> response) {
        int status = response.statusCode();
        String text = response.body();
        if (status >= 500) {
            serverErrors.incrementAndGet();
            failures.put(request, status + " " + text);
        }
        boolean isProblem = response.headers().firstValue("Content-Type").orElse("").startsWith(Problems.CONTENT_TYPE);
        if (status >= 400 && !isProblem && !request.startsWith("HEAD")) {
            notProblems.incrementAndGet();
            failures.put(request, status + " not problem+json: " + text);
        }
        if (status >= 400 && namesInternals(text)) {
            namingInternals.incrementAndGet();
            failures.put(request, status + " names internals: " + text);
        }
    }

    static boolean namesInternals(String text) {
        return text.matches("(?s).*\\b(tools|com|java|javax|jakarta)\\.[a-z]+\\.[A-Za-z].*")
                || text.contains("Jackson") || text.contains("StreamRead") || text.contains("Exception")
                || text.contains("BigDecimal") || text.contains("\tat ");
    }

    private CompletableFuture<?> socket(SplittableRandom random, String roomCode, AtomicInteger badCloses) {
        String path = WS_PATHS[random.nextInt(WS_PATHS.length)].replace("{id}",
                random.nextInt(2) == 0 ? roomCode : IDS[random.nextInt(IDS.length)]);
        String query = random.nextInt(2) == 0 ? "?name=Fuzz" + random.nextInt(1000) : QUERIES[random.nextInt(QUERIES.length)];
        List<String> messages = List.of(WS_MESSAGES[random.nextInt(WS_MESSAGES.length)],
                WS_MESSAGES[random.nextInt(WS_MESSAGES.length)]);
        CompletableFuture<Void> done = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                if (namesInternals(data.toString())) {
                    failures.put("WS " + path + query, "names internals: " + data);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                if (code == 1011 || namesInternals(reason)) {
                    badCloses.incrementAndGet();
                    failures.put("WS " + path + query, "closed " + code + " " + reason);
                }
                done.complete(null);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                done.complete(null);
            }
        };
        URI uri;
        try {
            uri = URI.create(server.wsUri(path) + query);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(null);
        }
        return server.client().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, listener)
                .thenCompose(ws -> {
                    CompletableFuture<WebSocket> sent = CompletableFuture.completedFuture(ws);
                    for (String m : messages) {
                        sent = sent.thenCompose(w -> w.sendText(m, true));
                    }
                    return sent.thenCompose(w -> done.completeOnTimeout(null, 300, TimeUnit.MILLISECONDS))
                            .whenComplete((v, e) -> ws.abort());
                })
                .handle((v, e) -> {
                    if (e != null && e.getCause() instanceof java.net.http.WebSocketHandshakeException h) {
                        check("WS " + path + query, h.getResponse() instanceof HttpResponse<?> r
                                ? asText(r) : null);
                    }
                    return null;
                });
    }

    @SuppressWarnings("unchecked")
    private static HttpResponse<String> asText(HttpResponse<?> response) {
        return response.body() instanceof String ? (HttpResponse<String>) response : null;
    }
}
