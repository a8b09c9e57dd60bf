package dev.threadlab.testing;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stream reader that offers {@code permessage-deflate}, as every browser does (java.net.http's WebSocket
 * cannot): Jetty's own client. It counts messages and bytes and remembers the close.
 */
public final class DeflateReader implements Session.Listener.AutoDemanding {

    public record Closed(int code, String reason) {
    }

    private final long startNanos = System.nanoTime();
    private final AtomicInteger messages = new AtomicInteger();
    private final AtomicLong characters = new AtomicLong();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private volatile long firstMessageNanos;
    private volatile String lastMessage = "";
    private volatile String extensions = "";

    /** Starts connecting {@code client} to {@code uri}, offering compression. */
    public static DeflateReader open(WebSocketClient client, URI uri) {
        DeflateReader reader = new DeflateReader();
        ClientUpgradeRequest request = new ClientUpgradeRequest(uri);
        request.addExtensions("permessage-deflate");
        try {
            client.connect(reader, request).whenComplete((session, failure) -> {
                if (failure != null) {
                    reader.closed.completeExceptionally(failure);
                }
            });
        } catch (java.io.IOException e) {
            reader.closed.completeExceptionally(e);
        }
        return reader;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        extensions = String.valueOf(session.getUpgradeResponse().getExtensions());
    }

    @Override
    public void onWebSocketText(String message) {
        if (messages.getAndIncrement() == 0) {
            firstMessageNanos = System.nanoTime();
        }
        characters.addAndGet(message.length());
        lastMessage = message;
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        closed.complete(new Closed(statusCode, reason));
        callback.succeed();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        closed.completeExceptionally(cause);
    }

    public CompletableFuture<Closed> closed() {
        return closed;
    }

    public int messages() {
        return messages.get();
    }

    public long characters() {
        return characters.get();
    }

    public String lastMessage() {
        return lastMessage;
    }

    /** The extensions the server agreed to, as the client saw them. */
    public String extensions() {
        return extensions;
    }

    /** Milliseconds from the connect to the first message, or -1 if none came. */
    public long firstMessageMillis() {
        return firstMessageNanos == 0 ? -1 : (firstMessageNanos - startNanos) / 1_000_000;
    }
}
