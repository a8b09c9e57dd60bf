package dev.threadlab.api;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Jetty's own errors as {@code application/problem+json}, like every answer of the API ({@link Problems}): a URL
 * that cannot be decoded ({@code /api/presets/%ff%fe}, {@code /api/scenarios/%00}), a header too large, a body
 * that never finishes. Jetty answers those before any route runs, with an HTML page of its own by default.
 */
public final class JettyProblems extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JettyProblems.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every method gets a body saying what went wrong (Jetty's default writes none for DELETE, PUT or PATCH). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String path = request.getHttpURI().getCanonicalPath();
        LOG.info("{} {} refused by the server: {} {}", request.getMethod(), safe(path), code, HttpStatus.getMessage(code));
        Map<String, Object> body = Problems.body(new ProblemException(code, HttpStatus.getMessage(code), detail(code)),
                null);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(JSON.writeValueAsBytes(body)), callback);
    }

    private static String detail(int code) {
        return switch (code) {
            case 400 -> "The request is malformed: its URL, headers or body cannot be read (check the percent-encoding).";
            case 404 -> "There is nothing at this address.";
            case 408 -> "The request was not sent in time.";
            case 413 -> "The request body is too large.";
            case 414 -> "The URL is too long.";
            case 431 -> "The request headers are too large.";
            case 500 -> "The server failed unexpectedly; the failure has been logged.";
            default -> "The request cannot be answered (" + HttpStatus.getMessage(code) + ").";
        };
    }

    /** A path for the log: control characters shown as {@code ?}, at most 200 characters. */
    static String safe(String path) {
        if (path == null) {
            return "(undecodable path)";
        }
        String shown = path.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
    }
}
