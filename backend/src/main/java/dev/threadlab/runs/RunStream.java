package dev.threadlab.runs;

import dev.threadlab.api.ProblemException;
import dev.threadlab.api.QueryParams;
import dev.threadlab.api.SimulationSlots;
import dev.threadlab.json.EventWriter;
import dev.threadlab.json.LabJson;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code WS /ws/runs/{id}?from=SEQ}: streams the run's events from {@code SEQ} in batches, then the end
 * message, then closes normally (1000). A client that lost the connection reconnects with
 * {@code from = last seq seen + 1} and gets the rest, nothing lost or repeated.
 * <p>
 * Backpressure: each connection has one virtual thread that sends one batch and waits until it is written
 * before making the next, so the server holds at most one batch per client. A client that does not read
 * for {@code sendTimeout} is closed with 1008 and a reason saying so. Unknown runs close with 4404, a bad
 * {@code from} or a run the engine refuses with 4400, a run that cannot be computed now (every slot busy) with 1013,
 * each with the reason.
 * <p>
 * A stream opened while the run is computed ({@code POST /api/runs} with {@code Prefer: respond-async}) follows the
 * computation: it gets the events as the engine makes them, then {@code computed} with the summary as soon as the
 * run is done, then the rest of the events and the end, as any stream.
 * <p>
 * Fairness (200 browsers opening one big run at once, each offering {@code permessage-deflate}): Jetty deflates a
 * batch inside {@code sendText}, on the sender's thread, so a compressed stream is CPU work from end to end.
 * <ul>
 *   <li>A sender builds and hands over every batch in a simulation slot ({@link SimulationSlots}, one per core, taken
 *   in arrival order), kept events and regenerated ones alike, and gives the slot up while its client reads the
 *   batch, then queues again behind everyone else. Before, a replay held its slot for the whole stream, so every
 *   other stream and run waited for the slowest reader and then failed, and the kept batches were built outside any
 *   bound: 200 senders burning CPU at once left Jetty's own threads too little to even accept the upgrades.</li>
 *   <li>Each sender is a platform thread: the JDK does not time-slice virtual threads, and a sender whose small
 *   compressed batches never fill the socket would keep its carrier from its first batch to its last while the
 *   streams behind it got nothing until Jetty closed them as idle (1001).</li>
 *   <li>A stream that cannot get a slot, or fails in any way, is closed with a reason and a log line, never left
 *   open and silent.</li>
 * </ul>
 */
public final class RunStream {

    public static final int CLOSE_BAD_REQUEST = 4400;
    public static final int CLOSE_NOT_FOUND = 4404;
    public static final int CLOSE_TOO_SLOW = 1008;
    public static final int CLOSE_TRY_LATER = 1013;
    public static final int CLOSE_SERVER_ERROR = 1011;
    private static final Logger LOG = LoggerFactory.getLogger(RunStream.class);

    private final RunService runs;
    private final LabJson json;
    private final int batchEvents;
    private final long sendTimeoutMs;
    private final AtomicLong streaming = new AtomicLong();
    private final AtomicLong droppedSlow = new AtomicLong();
    private final SimulationSlots slots;

    public RunStream(RunService runs, LabJson json, int batchEvents, long sendTimeoutMs, SimulationSlots slots) {
        this.slots = slots;
        this.runs = runs;
        this.json = json;
        this.batchEvents = batchEvents;
        this.sendTimeoutMs = sendTimeoutMs;
    }

    /** Streams in progress now. */
    public long streaming() {
        return streaming.get();
    }

    /** Clients dropped so far for not reading. */
    public long droppedSlowClients() {
        return droppedSlow.get();
    }

    public void configure(WsConfig ws) {
        ws.onConnect(this::connected);
    }

    private void connected(WsConnectContext ctx) {
        String runId = ctx.pathParam("id");
        long from;
        try {
            from = QueryParams.parse("from", ctx.queryParam("from"), 0, 0, Long.MAX_VALUE);
        } catch (ProblemException e) {
            ctx.closeSession(CLOSE_BAD_REQUEST, reason(e.getMessage()));
            return;
        }
        Session session = ctx.session;
        // finding the run may mean waiting for its computation, or recomputing it: not on Jetty's thread
        Thread.ofPlatform().daemon().name("ws-run-" + runId).start(() -> new Sender(session, runId, from).stream());
    }

    /** The close code of a run that cannot be streamed, from the HTTP status its request would have had. */
    static int closeCode(int status) {
        return switch (status) {
            case 404 -> CLOSE_NOT_FOUND;
            case 429, 503 -> CLOSE_TRY_LATER;
            default -> CLOSE_BAD_REQUEST;
        };
    }

    /** A close reason must fit in 123 bytes of UTF-8. */
    static String reason(String message) {
        if (message.getBytes(StandardCharsets.UTF_8).length <= 123) {
            return message;
        }
        String text = message;
        while ((text + "…").getBytes(StandardCharsets.UTF_8).length > 123) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "…";
    }

    /** The client stopped reading or went away. */
    private static final class Stopped extends RuntimeException {

        Stopped(Throwable cause) {
            super(null, cause, false, false);
        }
    }

    private final class Sender {

        /** How long a stream following a computation waits for more events before it looks again. */
        private static final long FOLLOW_WAIT_MS = 50;

        private final Session session;
        private final String runId;
        private StoredRun run;
        private long from;
        private final ByteArrayOutputStream batch = new ByteArrayOutputStream();
        /** True while this sender holds a simulation slot (sending the kept events, or replaying the rest). */
        private boolean inSlot;
        private long batchFirst;
        private int batchCount;

        Sender(Session session, String runId, long from) {
            this.session = session;
            this.runId = runId;
            this.from = from;
        }

        void stream() {
            streaming.incrementAndGet();
            try {
                Optional<LiveRun> live = runs.live(runId);   // empty once the run is stored
                if (live.isPresent()) {
                    from = follow(live.get());
                }
                try {
                    run = runs.find(runId);
                } catch (ProblemException e) {
                    LOG.info("Run stream {} to {} refused: {}", runId, session.getRemoteSocketAddress(), e.getMessage());
                    session.close(closeCode(e.status()), reason(e.getMessage()), Callback.NOOP);
                    return;
                }
                if (live.isPresent()) {
                    send(new StreamMessage.Computed(run.summaryJson()));
                }
                long next = slots.call(this::sendKept);
                if (next < run.eventCount()) {
                    sendReplayed(next);
                }
                send(new StreamMessage.End(run.summaryJson()));
                session.close(1000, "end of run", Callback.NOOP);
            } catch (Stopped e) {
                if (e.getCause() instanceof TimeoutException && session.isOpen()) {
                    droppedSlow.incrementAndGet();
                    LOG.info("Run stream {} from {}: client too slow, closed with {}", runId,
                            session.getRemoteSocketAddress(), CLOSE_TOO_SLOW);
                    session.close(CLOSE_TOO_SLOW, reason("client too slow: a batch was not read within "
                            + sendTimeoutMs + " ms; reconnect with ?from= to resume"), Callback.NOOP);
                } else {
                    LOG.info("Run stream {} to {} ended: the client went away", runId,
                            session.getRemoteSocketAddress());
                }
            } catch (ProblemException e) {
                int code = e.status() == 429 ? CLOSE_TRY_LATER : CLOSE_SERVER_ERROR;
                LOG.warn("Run stream {} closed with {}: {}", runId, code, e.getMessage());
                session.close(code, reason(e.getMessage()), Callback.NOOP);
            } catch (RuntimeException e) {
                LOG.error("Run stream {} failed", runId, e);
                session.close(CLOSE_SERVER_ERROR, "the stream failed; reconnect with ?from= to resume", Callback.NOOP);
            } finally {
                streaming.decrementAndGet();
            }
        }

        /**
         * Sends the events of a run being computed as the engine makes them, until it has no more to keep: the first
         * frame is drawn while the rest is computed. Answers the seq to go on from. (The computation holds a slot.)
         */
        private long follow(LiveRun live) {
            long next = from;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                int count;
                try {
                    count = next > Integer.MAX_VALUE ? 0 : live.read((int) next, batchEvents, out, FOLLOW_WAIT_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Stopped(e);
                }
                if (count > 0) {
                    send(new StreamMessage.Events(out.toByteArray(), next, count));
                    out.reset();
                    next += count;
                } else if (live.finished()) {
                    return next;
                } else if (!session.isOpen()) {
                    throw new Stopped(null);
                }
            }
        }

        /** In a slot of its own: serializing and deflating the kept events is CPU work like a replay. */
        private long sendKept() {
            inSlot = true;
            EventLog kept = run.kept();
            long next = Math.min(from, kept.count());
            while (next < kept.count()) {
                int end = (int) Math.min(next + batchEvents, kept.count());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                kept.writeRange((int) next, end, out);
                send(new StreamMessage.Events(out.toByteArray(), next, end - (int) next));
                next = end;
            }
            inSlot = false;
            return Math.max(next, from);
        }

        private void sendReplayed(long start) {
            EventWriter writer = new EventWriter(json.mapper());
            inSlot = true;
            runs.replay(run, start, event -> {
                if (batchCount > 0) {
                    batch.write(',');
                } else {
                    batchFirst = event.seq();
                }
                batch.writeBytes(writer.toBytes(event));
                if (++batchCount == batchEvents) {
                    flush();
                }
            });
            inSlot = false;
            flush();
        }

        private void flush() {
            if (batchCount > 0) {
                send(new StreamMessage.Events(batch.toByteArray(), batchFirst, batchCount));
                batch.reset();
                batchCount = 0;
            }
        }

        private void send(StreamMessage message) {
            CompletableFuture<Void> written = new CompletableFuture<>();
            session.sendText(StreamMessage.encode(message),
                    Callback.from(() -> written.complete(null), written::completeExceptionally));
            if (inSlot) {
                slots.outside(() -> awaitWritten(written));
            } else {
                awaitWritten(written);
            }
        }

        private void awaitWritten(CompletableFuture<Void> written) {
            try {
                written.get(sendTimeoutMs, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new Stopped(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped(e);
            }
        }
    }
}
