package dev.threadlab.testing;

import dev.threadlab.runs.Simulation;
import dev.threadlab.server.LabBackend;
import dev.threadlab.server.LabSettings;
import io.javalin.Javalin;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A real backend on a free loopback port, with a real HTTP client, for functional tests. Either started
 * by hand ({@link #start}) or, as a JUnit extension, once per test class:
 * {@code @RegisterExtension static final TestServer server = TestServer.perClass();}
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private final Supplier<Javalin> starter;
    private Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Javalin app) {
        this.starter = () -> app;
        this.app = app;
    }

    private TestServer(Supplier<Javalin> starter) {
        this.starter = starter;
    }

    /** A server started before the class's first test on a fresh data directory, stopped after its last. */
    public static TestServer perClass() {
        return perClass(() -> LabSettings.forTest(tempDataDir()));
    }

    /** As {@link #perClass()}, with the given settings. */
    public static TestServer perClass(Supplier<LabSettings> settings) {
        return new TestServer(() -> LabBackend.start(settings.get()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        app = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
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

    /** As {@link #start(LabSettings)}, with a stand-in for the engine's runs (to count or hold them). */
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

    /** The running Javalin (for what only its Jetty server shows, such as its HTTP sessions). */
    public Javalin app() {
        return app;
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
