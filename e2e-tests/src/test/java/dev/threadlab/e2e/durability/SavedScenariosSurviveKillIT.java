package dev.threadlab.e2e.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/DESIGN.md / issue 4: once {@code POST /api/scenarios} has answered 201, the scenario is on disk and
 * survives a {@code kill -9} of the server at any moment, even in the middle of other saves.
 */
@Timeout(180)
class SavedScenariosSurviveKillIT {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_scenario_answered_201_is_still_there_after_kill_minus_9_in_the_middle_of_saving() throws Exception {
        Path data = Files.createTempDirectory("lab-kill9");
        Map<String, String> acknowledged = new LinkedHashMap<>();
        try (LabProcess lab = LabProcess.start(data);
             ExecutorService savers = Executors.newFixedThreadPool(4)) {
            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                running.add(savers.submit(() -> {
                    while (!killed.get()) {
                        save(lab.baseUrl(), scenario(next.getAndIncrement()), acknowledged);
                    }
                }));
            }
            while (acknowledgedCount(acknowledged) < 60) {
                Thread.onSpinWait();
            }
            lab.killHard();   // four saves are in flight right now: they may fail, but must not lie
            killed.set(true);
            for (Future<?> saver : running) {
                saver.get();
            }
        }

        try (LabProcess restarted = LabProcess.start(data)) {
            for (Map.Entry<String, String> saved : acknowledged.entrySet()) {
                HttpResponse<String> back = http.send(HttpRequest.newBuilder(
                        URI.create(restarted.baseUrl() + "/api/scenarios/" + saved.getKey())).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(back.statusCode()).as("scenario %s after kill -9", saved.getKey()).isEqualTo(200);
                assertThat(back.body()).as("scenario %s after kill -9", saved.getKey()).isEqualTo(saved.getValue());
            }
        }
    }

    private static int acknowledgedCount(Map<String, String> acknowledged) {
        synchronized (acknowledged) {
            return acknowledged.size();
        }
    }

    private void save(String baseUrl, String body, Map<String, String> acknowledged) {
        try {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/scenarios"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(created.body());
            if (created.statusCode() == 201 && id.find()) {
                synchronized (acknowledged) {
                    acknowledged.put(id.group(1), body);
                }
            }
        } catch (Exception connectionLostToTheKill) {
            // not acknowledged, so nothing was promised
        }
    }

    private static String scenario(int i) {
        return "{\"schema\":1,\"title\":\"Saved " + i + "\",\"objects\":[{\"id\":\"counter\",\"type\":\"int\",\"value\":" + i
                + "}],\"threads\":[{\"id\":\"worker\",\"body\":[{\"op\":\"increment\",\"target\":\"counter\"}]}]}";
    }
}
