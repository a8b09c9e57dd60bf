package dev.threadlab.testing;

import dev.threadlab.runs.Simulation;
import dev.threadlab.server.LabBackend;
import dev.threadlab.server.LabSettings;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real backend on a free loopback port, with a real HTTP client, for functional tests. */
public final class TestServer implements AutoCloseable {

    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Javalin app) {
        this.app = app;
    }

    public static TestServer start() {
        return start(tempDataDir());
    }

    public static TestServer start(Path dataDir) {
        return start(LabSettings.forTest(dataDir));
    }

    public static TestServer start(LabSettings settings) {
        return new TestServer(LabBackend.start(settings));
    }

    public static TestServer start(LabSettings settings, Simulation simulation) {
        return new TestServer(LabBackend.start(settings, simulation));
    }

    public static Path tempDataDir() {
        try {
            return Files.createTempDirectory("lab-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> post(String path, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public URI wsUri(String path) {
        return URI.create("ws://127.0.0.1:" + port() + path);
    }

    public HttpClient client() {
        return client;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
