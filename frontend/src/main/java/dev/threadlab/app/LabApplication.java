package dev.threadlab.app;

import dev.threadlab.server.LabBackend;
import dev.threadlab.server.LabSettings;
import dev.threadlab.ui.client.LabApiClient;
import io.javalin.Javalin;
import org.eclipse.jetty.ee11.webapp.WebAppContext;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole lab in one JVM and on one port: the Vaadin UI at {@code /}, the REST API at
 * {@code /api/*}, WebSockets at {@code /ws/*} (docs/DESIGN.md §1).
 */
public final class LabApplication implements AutoCloseable {

    private final Javalin javalin;

    private LabApplication(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts the lab; port 0 in the settings picks a free port (tests). */
    public static LabApplication start(LabSettings settings) {
        OwnJar.keepOpen();
        AtomicReference<WebAppContext> ui = new AtomicReference<>();
        Javalin javalin = Javalin.create(cfg -> {
            LabBackend.configure(cfg, settings);
            cfg.jetty.modifyServer(server -> {
                ui.set(VaadinContext.create(server));
                server.setHandler(new LabRouting(ui.get()));
            });
        });
        javalin.start();
        // the UI speaks to the API of the server it runs in, as any script would (docs/DESIGN.md §1)
        ui.get().getServletContext().setAttribute(LabApiClient.class.getName(),
                new LabApiClient("http://127.0.0.1:" + javalin.port()));
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
