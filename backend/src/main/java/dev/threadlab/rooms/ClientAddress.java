package dev.threadlab.rooms;

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
 */
public final class ClientAddress {

    /** The browser's address, as the UI saw it. */
    public static final String HEADER = "X-Lab-Client-Address";
    /** Proof that the request comes from this process's UI: {@link #key()}. */
    public static final String KEY_HEADER = "X-Lab-Client-Key";

    private static final String KEY = new Secrets().newToken();
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    /** A random secret of this JVM, known to the UI running in it and to nobody else. */
    public static String key() {
        return KEY;
    }

    public static String of(Context ctx) {
        String own = ctx.ip();
        String named = ctx.header(HEADER);
        if (named == null || !IP_LITERAL.matcher(named).matches() || !isLoopback(own)
                || !isKey(ctx.header(KEY_HEADER))) {
            return own;
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
