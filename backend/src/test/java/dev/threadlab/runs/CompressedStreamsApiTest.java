package dev.threadlab.runs;

import dev.threadlab.testing.DeflateReader;
import dev.threadlab.testing.TestServer;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class of students opening the same big run at once, each browser offering permessage-deflate (issue 16, point 1:
 * before, a third of them got no event at all, only a 1001 idle timeout, because replays held their simulation slot
 * for the whole stream and compressing senders kept the CPU to themselves).
 */
@Timeout(600)
class CompressedStreamsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int READERS = 200;
    private static final String BIG_RUN = """
            {"scenario":{"schema":1,"title":"big","threads":[{"id":"w","count":2,"body":[
              {"op":"repeat","times":5000,"body":[{"op":"io","ms":1},{"op":"io","ms":2}]}]}]}}""";

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void two_hundred_compressed_readers_of_one_hundred_thousand_event_run_all_get_every_batch_and_the_end()
            throws Exception {
        HttpResponse<String> created = server.post("/api/runs", BIG_RUN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode summary = JSON.readTree(created.body());
        long events = summary.get("eventCount").asLong();
        assertThat(events).isGreaterThanOrEqualTo(100_000);
        long batches = (events + 1_999) / 2_000;
        WebSocketClient client = new WebSocketClient();
        client.setMaxTextMessageSize(64L << 20);
        client.start();
        try {
            List<DeflateReader> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                readers.add(DeflateReader.open(client,
                        server.wsUri("/ws/runs/" + summary.get("runId").asString() + "?from=0")));
            }
            CompletableFuture.allOf(readers.stream().map(DeflateReader::closed).toArray(CompletableFuture[]::new))
                    .handle((done, failure) -> null).get(540, TimeUnit.SECONDS);

            for (DeflateReader reader : readers) {
                assertThat(reader.closed().handle((closed, failure) -> failure == null ? closed : failure.toString())
                        .join()).isEqualTo(new DeflateReader.Closed(1000, "end of run"));
                assertThat(reader.extensions()).contains("permessage-deflate");
                assertThat(reader.messages()).isEqualTo(batches + 1);
                assertThat(reader.lastMessage()).startsWith("{\"type\":\"end\"");
            }
        } finally {
            client.stop();
        }
    }
}
