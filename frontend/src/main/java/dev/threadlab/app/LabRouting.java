package dev.threadlab.app;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.List;

/**
 * Sends {@code /api/*} and {@code /ws/*} to the backend (Javalin's context) and everything else
 * to the Vaadin UI, on one port.
 *
 * <p>It is a {@link Handler.Sequence} on purpose: Javalin attaches its own servlet context by
 * calling {@code addHandler} on the server's handler when that handler is a sequence (docs/STACK.md),
 * so the backend is always the <em>last</em> child and the Vaadin context the first.
 */
final class LabRouting extends Handler.Sequence {

    LabRouting(Handler vaadin) {
        super(vaadin);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        List<Handler> children = getHandlers();
        String path = Request.getPathInContext(request);
        if (isBackendPath(path)) {
            return children.getLast().handle(NoCompressionForRooms.of(request, path), response, callback);
        }
        PageHeaders.addTo(response);
        return children.getFirst().handle(request, response, callback);
    }

    static boolean isBackendPath(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/ws") || path.startsWith("/ws/");
    }
}
