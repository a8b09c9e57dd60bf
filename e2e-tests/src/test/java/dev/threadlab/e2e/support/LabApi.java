package dev.threadlab.e2e.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The lab's HTTP API as a script sees it, to check that the browser shows what the API says. */
public final class LabApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LabApi() {
    }

    /** {@code POST path} with a JSON body; the answer must be 200 or 201. */
    public static JsonNode post(String path, String json) {
        return send("POST " + path, HttpRequest.newBuilder(URI.create(RunningLab.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static JsonNode get(String path) {
        return send("GET " + path, HttpRequest.newBuilder(URI.create(RunningLab.baseUrl() + path)).GET().build());
    }

    private static JsonNode send(String what, HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
