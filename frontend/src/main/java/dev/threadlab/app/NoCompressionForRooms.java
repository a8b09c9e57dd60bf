package dev.threadlab.app;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * A room's WebSocket upgrade without the client's {@code permessage-deflate} offer. Room messages are
 * a few hundred bytes and go to up to 2,000 students at once: compressing them saves nothing but makes
 * the server deflate every message once per student (measured with 1,000 students: p99 fan-out
 * 202 ms with compression, 19-142 ms without; see backend/ROOMS.md). Run streams keep compression:
 * their event batches are large and go to one client.
 */
final class NoCompressionForRooms extends Request.Wrapper {

    private final HttpFields headers;

    private NoCompressionForRooms(Request request) {
        super(request);
        this.headers = HttpFields.build(request.getHeaders()).remove(HttpHeader.SEC_WEBSOCKET_EXTENSIONS).asImmutable();
    }

    static Request of(Request request, String path) {
        boolean roomUpgrade = path.startsWith("/ws/rooms/")
                && request.getHeaders().contains(HttpHeader.SEC_WEBSOCKET_EXTENSIONS);
        return roomUpgrade ? new NoCompressionForRooms(request) : request;
    }

    @Override
    public HttpFields getHeaders() {
        return headers;
    }
}
