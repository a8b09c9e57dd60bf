package dev.threadlab.rooms;

import dev.threadlab.cluster.TrustedProxies;
import io.javalin.http.Context;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * The address a room request is rate limited by. Usually the connection's own; but the lab's UI calls this API over
 * loopback on behalf of browsers, so it names the browser's address in {@link #HEADER}. That header is trusted only on
 * a loopback request that also carries this process's {@link #key()} in {@link #KEY_HEADER}: behind a reverse proxy on
 * the same host every request comes from loopback, and a browser must not pick its own address.
 *
 * <p>Behind a balancer ({@code LAB_TRUSTED_PROXIES}), a request from a trusted proxy is known by the client address
 * its {@code X-Forwarded-For} names ({@link TrustedProxies#clientOf}); from anyone else the header is ignored.
 */
public final class ClientAddress {

    /** The browser's address, as the UI saw it. */
    public static final String HEADER = "X-Lab-Client-Address";
    /** Proof that the request comes from this process's UI: {@link #key()}. */
    public static final String KEY_HEADER = "X-Lab-Client-Key";

    private static final String KEY = new Secrets().newToken();
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies proxies;

    public ClientAddress(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    /** The client of a connection from {@code peer} whose request said {@code forwardedFor} (may be null). */
    String client(String peer, String forwardedFor) {
        return proxies.clientOf(peer, forwardedFor);
    }

    /** A random secret of this JVM, known to the UI running in it and to nobody else. */
    public static String key() {
        return KEY;
    }

    /** The address to count this request's client by. */
    public String of(Context ctx) {
        String peer = ctx.ip();
        String named = ctx.header(HEADER);
        if (named == null || !IP_LITERAL.matcher(named).matches() || !isLoopback(peer)
                || !isKey(ctx.header(KEY_HEADER))) {
            return client(peer, ctx.header(FORWARDED_FOR));
        }
        return named;
    }

    private static boolean isKey(String presented) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                KEY.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopback(String ip) {
        String literal = ip == null ? "" : ip.replace("[", "").replace("]", "");
        try {
            // an IP literal: no name lookup
            return IP_LITERAL.matcher(literal).matches() && InetAddress.ofLiteral(literal).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
