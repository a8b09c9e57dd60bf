package dev.threadlab.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where failures become {@code application/problem+json} answers (RFC 9457).
 * No request ever sees a stack trace: unexpected exceptions are logged and answered with a
 * generic 500 problem.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    public static void install(JavalinConfig cfg) {
        cfg.routes.exception(ProblemException.class, (e, ctx) -> write(ctx, e));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, new ProblemException(e.getStatus(), titleFor(e.getStatus()), e.getMessage())));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            if (e instanceof org.eclipse.jetty.http.HttpException jetty && jetty.getCode() < 500) {
                // Jetty refusing what it cannot decode (a query such as ?name=%ff), met while Javalin reads it
                write(ctx, new ProblemException(jetty.getCode(), titleFor(jetty.getCode()),
                        "The request cannot be read: its URL or query is malformed (check the percent-encoding)."));
                return;
            }
            if (isClientGone(e)) {
                // the client closed the connection mid-body: nobody to answer, nothing failed here
                LOG.info("{} {} from {}: the client went away before its request was read", ctx.method(), ctx.path(),
                        ctx.ip());
                ctx.status(400);
                return;
            }
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, new ProblemException(500, "Internal Server Error",
                    "The server failed unexpectedly; the failure has been logged."));
        });
        cfg.routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                write(ctx, ProblemException.notFound("No API endpoint at " + ctx.method() + " " + ctx.path()));
            }
        });
        cfg.routes.error(405, ctx -> {
            if (!isProblem(ctx)) {
                write(ctx, new ProblemException(405, "Method Not Allowed",
                        ctx.method() + " is not allowed on " + ctx.path()));
            }
        });
    }

    /** A body cut off by the client (Jetty's EofException, or a closed stream), anywhere in the cause chain. */
    static boolean isClientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.io.EofException || t instanceof java.io.EOFException
                    || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    public static void write(Context ctx, ProblemException e) {
        if (e.status() >= 500) {
            LOG.warn("{} {} from {} -> {}: {}", ctx.method(), ctx.path(), ctx.ip(), e.status(), e.getMessage());
        } else {
            LOG.info("{} {} from {} refused -> {}: {}", ctx.method(), ctx.path(), ctx.ip(), e.status(), e.getMessage());
        }
        ctx.status(e.status()).json(body(e, ctx.path())).contentType(CONTENT_TYPE);
    }

    /** The RFC 9457 document of a problem; {@code instance} is left out when null. */
    static Map<String, Object> body(ProblemException e, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", e.title());
        body.put("status", e.status());
        body.put("detail", e.getMessage());
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!e.errors().isEmpty()) {
            body.put("errors", e.errors());
        }
        return body;
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(CONTENT_TYPE);
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "HTTP " + status;
        };
    }
}
