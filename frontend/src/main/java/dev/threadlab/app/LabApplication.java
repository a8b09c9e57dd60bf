package dev.threadlab.app;

import dev.threadlab.server.LabBackend;
import dev.threadlab.server.LabSettings;
import io.javalin.Javalin;

/**
 * The whole lab in one JVM and on one port: the Vaadin UI at {@code /}, the REST API at
 * {@code /api/*}, WebSockets at {@code /ws/*} (DESIGN.md §1).
 */
public final class LabApplication implements AutoCloseable {

    private final Javalin javalin;

    private LabApplication(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts the lab; port 0 in the settings picks a free port (tests). */
    public static LabApplication start(LabSettings settings) {
        OwnJar.keepOpen();
        Javalin javalin = Javalin.create(cfg -> {
            LabBackend.configure(cfg, settings);
            cfg.jetty.modifyServer(server -> server.setHandler(new LabRouting(VaadinContext.create(server))));
        });
        javalin.start();
        ApiLocation.set("http://127.0.0.1:" + javalin.port());
        return new LabApplication(javalin);
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    public static void main(String[] args) {
        LabSettings settings;
        try {
            settings = LabSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("thread-lab: " + e.getMessage());
            System.exit(2);
            return;
        }
        LabApplication lab = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(lab::close, "lab-shutdown"));
        System.out.println("Thread Lab is ready: http://localhost:" + lab.port() + "/  (API: /api, WebSockets: /ws)");
    }
}
