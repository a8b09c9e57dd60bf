package dev.threadlab.app;

import org.eclipse.jetty.ee11.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.session.DefaultSessionIdManager;
import org.eclipse.jetty.session.HouseKeeper;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

import java.net.URL;

/** The Vaadin Flow web application as a Jetty ee11 context at "/", found by classpath scanning (no Spring). */
final class VaadinContext {

    private VaadinContext() {
    }

    /**
     * Jetty removes expired sessions when its house-keeper sweeps, every ten minutes by default; a session kept two
     * minutes ({@code BareSessions}) would then live twelve.
     */
    private static void sweepExpiredSessionsEveryMinute(Server server) {
        DefaultSessionIdManager ids = new DefaultSessionIdManager(server);
        HouseKeeper sweeper = new HouseKeeper();
        try {
            sweeper.setIntervalSec(60);
        } catch (Exception e) {
            throw new IllegalStateException("could not set the session sweep interval", e);
        }
        ids.setSessionHouseKeeper(sweeper);
        server.addBean(ids, true);
    }

    /**
     * @param server the server the context runs in: the jar mount of the web root belongs to it, so it
     *               outlives the context's own stop (else stopping reads a closed zip file system)
     */
    static WebAppContext create(Server server) {
        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        URL webRoot = VaadinContext.class.getResource("/webapp/ROOT.txt");
        if (webRoot == null) {
            throw new IllegalStateException("webapp/ROOT.txt is missing from the classpath; the UI module is broken");
        }
        Resource root = ResourceFactory.of(server).newResource(webRoot.toString().replace("/ROOT.txt", "/"));
        context.setBaseResource(root);
        context.setThrowUnavailableOnStartupException(true);
        // Scan our classes and the jars (or the one shaded jar) for Vaadin's @HandlesTypes initialisers.
        context.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, ".*\\.jar|.*/classes/.*");
        context.setConfigurationDiscovered(true);
        // a provider named here is found once; without one Vaadin searches the jar for translations on every page
        context.setInitParameter("i18n.provider", EnglishOnly.class.getName());
        context.getSessionHandler().setSessionCookie("JSESSIONID");
        // the session cookie is for the lab's own pages only: no script reads it, no other site sends it
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.STRICT);
        JakartaWebSocketServletContainerInitializer.configure(context, null);
        sweepExpiredSessionsEveryMinute(server);
        return context;
    }
}
