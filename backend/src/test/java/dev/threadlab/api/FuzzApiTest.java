package dev.threadlab.api;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Thousands of malformed bodies from a seeded generator: none may get a 5xx or a stack trace. */
class FuzzApiTest {

    private static final int BODIES = 2_000;
    private static final String[] SEEDS = {
            """
            {"schema":1,"title":"t","runtime":{"model":"gil","cores":2,"seed":3},"objects":[{"id":"c","type":"int","value":0},
             {"id":"l","type":"Lock"},{"id":"q","type":"Queue","maxsize":1}],
             "threads":[{"id":"w","count":2,"body":[{"op":"repeat","times":2,"body":[{"op":"with","target":"l","body":[
               {"op":"read","target":"c","as":"x"},{"op":"write","target":"c","value":"x + 1"}]},{"op":"put","target":"q","value":1},
               {"op":"get","target":"q","as":"y"}]}]}]}""",
            """
            {"schema":1,"processes":[{"id":"p"}],"objects":[{"id":"e","type":"Event"},{"id":"s","type":"Semaphore","value":2}],
             "threads":[{"id":"main","body":[{"op":"set","target":"e"},{"op":"sleep","ms":1}]},
               {"id":"t","process":"p","timer":{"intervalMs":5},"body":[{"op":"print","text":"hi {i}"}]}]}"""};
    private static final String NOISE = "{}[]\",:-0123456789.eE+ aZ\\u\u00e9\u20ac";

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @ParameterizedTest
    @ValueSource(strings = {"/api/runs", "/api/scenarios"})
    void no_malformed_body_gets_a_server_error(String path) {
        SplittableRandom random = new SplittableRandom(path.hashCode());
        for (int i = 0; i < BODIES; i++) {
            String seed = SEEDS[random.nextInt(SEEDS.length)];
            byte[] body = mutate(path.equals("/api/runs") ? "{\"scenario\":" + seed + "}" : seed, random);

            HttpResponse<String> response = server.post(path, body);

            assertThat(response.statusCode()).as("body #%d: %s -> %s", i, new String(body, StandardCharsets.UTF_8),
                    response.body()).isLessThan(500);
            assertThat(response.body()).doesNotContain("\tat ", "Exception");
        }
    }

    private static byte[] mutate(String text, SplittableRandom random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            bytes = switch (random.nextInt(6)) {
                case 0 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
                case 1 -> splice(bytes, random.nextInt(bytes.length + 1), 1, new byte[0]);
                case 2 -> splice(bytes, random.nextInt(bytes.length + 1), 0,
                        String.valueOf(NOISE.charAt(random.nextInt(NOISE.length()))).getBytes(StandardCharsets.UTF_8));
                case 3 -> splice(bytes, random.nextInt(bytes.length + 1), 0, new byte[]{(byte) (0x80 + random.nextInt(128))});
                case 4 -> splice(bytes, random.nextInt(bytes.length + 1), 0,
                        ("9".repeat(1 + random.nextInt(40))).getBytes(StandardCharsets.US_ASCII));
                default -> replaceNumber(bytes, random);
            };
        }
        return bytes;
    }

    private static byte[] replaceNumber(byte[] bytes, SplittableRandom random) {
        String[] values = {"null", "true", "\"s\"", "[]", "{}", "-1", "1e400", "0.5", "-99999999999999999999", "[[[[[[1]]]]]]"};
        String text = new String(bytes, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(-?\\d+|\"[^\"]*\")").matcher(text);
        java.util.List<int[]> spots = new java.util.ArrayList<>();
        while (m.find()) {
            spots.add(new int[]{m.start(1), m.end(1)});
        }
        if (spots.isEmpty()) {
            return bytes;
        }
        int[] spot = spots.get(random.nextInt(spots.size()));
        return (text.substring(0, spot[0]) + values[random.nextInt(values.length)] + text.substring(spot[1]))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        int cut = Math.min(remove, bytes.length - at);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(insert);
        out.write(bytes, at + cut, bytes.length - at - cut);
        return out.toByteArray();
    }
}
