package dev.threadlab.server;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * Bounds the total time a client may take to send a request's headers (a "slowloris" sending one byte every few
 * seconds resets Jetty's idle timeout forever, and Jetty has no header timeout of its own).
 *
 * <p>Each HTTP/1.1 connection is looked at every quarter of {@code timeoutMs}. The clock restarts whenever a request
 * arrives (its headers were complete) or while one is being answered; a connection that has been between requests,
 * without a complete request, for {@code timeoutMs} is closed. One that sends nothing at all is closed earlier by the
 * idle timeout; a connection upgraded to a WebSocket is no longer looked at. Written by hand because neither Jetty
 * nor Javalin offers it (Go's {@code ReadHeaderTimeout} is the model).
 */
final class HeaderDeadline implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

    private final Scheduler scheduler;
    private final long timeoutMs;

    private HeaderDeadline(Scheduler scheduler, long timeoutMs) {
        this.scheduler = scheduler;
        this.timeoutMs = timeoutMs;
    }

    /** Adds the deadline to every connection the connector makes. */
    static void install(Connector connector, long timeoutMs) {
        connector.addBean(new HeaderDeadline(connector.getScheduler(), timeoutMs));
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            new Watch(http).schedule();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        // a closed connection's watch ends at its next look
    }

    /** One connection's clock. */
    private final class Watch implements Runnable {
        private final HttpConnection connection;
        private long requestsSeen = -1;
        private long idleSinceNanos = System.nanoTime();

        Watch(HttpConnection connection) {
            this.connection = connection;
        }

        void schedule() {
            scheduler.schedule(this, Math.max(1, timeoutMs / 4), TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            var endPoint = connection.getEndPoint();
            if (!endPoint.isOpen() || endPoint.getConnection() != connection) {
                return;   // closed, or upgraded to a WebSocket
            }
            long in = connection.getMessagesIn();
            boolean answering = in > connection.getMessagesOut();
            long now = System.nanoTime();
            if (answering || in != requestsSeen) {
                requestsSeen = in;
                idleSinceNanos = now;
            } else if (TimeUnit.NANOSECONDS.toMillis(now - idleSinceNanos) >= timeoutMs) {
                LOG.info("Closed the connection from {}: no complete request headers within {} ms",
                        endPoint.getRemoteSocketAddress(), timeoutMs);
                connection.close();
                return;
            }
            schedule();
        }
    }
}
