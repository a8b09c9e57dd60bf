package dev.threadlab.app;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Response;

/**
 * Security headers of every UI answer. The Content-Security-Policy allows only this origin: scripts, styles, images,
 * fonts and connections (fetch, the run and room WebSockets) come from the lab itself; no plugin, no framing by
 * another site, no form posting elsewhere, no {@code <base>} pointing away. Vaadin Flow needs {@code 'unsafe-inline'}
 * (its bootstrap script and the components' inline styles) and {@code 'unsafe-eval'} (it runs server-sent
 * JavaScript with {@code new Function}); user text never becomes code (it is set as text, not HTML). The teacher's
 * token is in the page URL: {@code Referrer-Policy: no-referrer} keeps it from leaving with a link.
 */
final class PageHeaders {

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private PageHeaders() {
    }

    static void addTo(Response response) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
    }
}
