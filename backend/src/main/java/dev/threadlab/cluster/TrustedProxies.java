package dev.threadlab.cluster;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The balancers whose {@code X-Forwarded-For} header is believed ({@code LAB_TRUSTED_PROXIES}: addresses or CIDR
 * blocks, comma-separated, e.g. {@code 127.0.0.1,10.0.0.0/8}). A request from anyone else is known by its own
 * address, whatever header it sends, so a client cannot choose the address its rate limits count against.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    private record Block(byte[] network, int prefixBits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefixBits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }

    /** Reads {@code LAB_TRUSTED_PROXIES}; null or blank trusts nobody. */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Block> blocks = new ArrayList<>();
        for (String entry : list.split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            int slash = item.indexOf('/');
            String ip = slash < 0 ? item : item.substring(0, slash);
            byte[] network = literal(ip);
            if (network == null) {
                throw new IllegalArgumentException("LAB_TRUSTED_PROXIES: \"" + item
                        + "\" is not an IP address or CIDR block (e.g. 10.0.0.5 or 10.0.0.0/8)");
            }
            int bits = network.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(item.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("LAB_TRUSTED_PROXIES: \"" + item + "\" has a prefix length"
                            + " outside 0.." + network.length * 8);
                }
            }
            blocks.add(new Block(network, bits));
        }
        return new TrustedProxies(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * The client's address: {@code peer} itself, unless {@code peer} is a trusted proxy and {@code forwardedFor}
     * names others; then the nearest address in it that is not a trusted proxy (the right-most one: proxies append).
     */
    public String clientOf(String peer, String forwardedFor) {
        if (forwardedFor == null || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                return client;   // not an address: nothing before it can be believed either
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    public boolean trusts(String ip) {
        byte[] address = literal(ip);
        return address != null && blocks.stream().anyMatch(b -> b.contains(address));
    }

    /** The bytes of an IP literal (IPv4 or IPv6, brackets allowed); null for anything else. No name lookup. */
    private static byte[] literal(String ip) {
        String bare = ip == null ? "" : ip.replace("[", "").replace("]", "");
        if (!IP_LITERAL.matcher(bare).matches()) {
            return null;
        }
        try {
            return InetAddress.ofLiteral(bare).getAddress();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
