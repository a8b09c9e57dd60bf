package dev.threadlab.server;

import dev.threadlab.api.ProblemException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What every API request and WebSocket upgrade must satisfy before a route sees it:
 * <ul>
 *   <li>security headers on every answer ({@code X-Content-Type-Options}, {@code Referrer-Policy}: the teacher's token
 *   is in the page URL, and a CSP that lets an API answer run nothing);</li>
 *   <li>a body only as {@code application/json} (else 415): a cross-site page may post {@code text/plain} or a form
 *   without a CORS preflight, never {@code application/json};</li>
 *   <li>a WebSocket only from a page of the lab's own origin or of {@code LAB_ALLOWED_ORIGINS} (else 403): browsers
 *   send {@code Origin} with every upgrade, and a page elsewhere must not open a teacher's connection with the
 *   teacher's link. A client that sends no {@code Origin} is not a browser and is not restricted.</li>
 * </ul>
 */
public final class RequestPolicy {

    public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    private static final Set<HandlerType> WITH_BODY = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH);

    private final Set<String> allowedOrigins;

    RequestPolicy(Set<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    void install(JavalinConfig cfg) {
        cfg.routes.before(this::secure);
        cfg.routes.wsBeforeUpgrade(this::checkOrigin);
    }

    private void secure(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", API_CSP);
        if (WITH_BODY.contains(ctx.method()) && hasBody(ctx) && !isJson(ctx.contentType())) {
            throw new ProblemException(415, "Unsupported Media Type", "The request body must be sent as "
                    + "Content-Type: application/json" + (ctx.contentType() == null ? "." : ", not "
                    + shown(ctx.contentType()) + "."));
        }
    }

    private void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || allowedOrigins.contains(origin) || isSameOrigin(origin, ctx.header("Host"))) {
            return;
        }
        throw new ProblemException(403, "Forbidden", "WebSockets open only from the lab's own pages (or an origin in "
                + "LAB_ALLOWED_ORIGINS); this page's origin is " + shown(origin) + ".");
    }

    static boolean isSameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            String expected = uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
            String given = host.toLowerCase(Locale.ROOT);
            return given.equals(expected) || given.equals(uri.getHost().toLowerCase(Locale.ROOT))
                    && (port == 80 || port == 443);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasBody(Context ctx) {
        return ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null || ctx.contentType() != null;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }

    private static String shown(String text) {
        String clean = text.replaceAll("[^\\x20-\\x7e]", "?");
        return "\"" + (clean.length() > 80 ? clean.substring(0, 80) + "…" : clean) + "\"";
    }
}
