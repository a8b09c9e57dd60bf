package dev.threadlab.rooms.qr;

import java.nio.charset.StandardCharsets;

/**
 * A QR code (ISO/IEC 18004) for short text: byte mode, error correction level M, versions 1–10 (up to 213 bytes of
 * UTF-8), the mask chosen by the standard's penalty score. Enough for a room's link on a projector; no external
 * service sees the link. Immutable.
 */
public final class QrCode {

    public static final int MIN_VERSION = 1;
    public static final int MAX_VERSION = 10;
    /** Error correction codewords per block and number of blocks at level M, indexed by version (Table 9). */
    private static final int[] ECC_PER_BLOCK = {-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26};
    private static final int[] BLOCKS = {-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5};
    /** Level M's two format bits (Table 12: L=01, M=00, Q=11, H=10). */
    private static final int LEVEL_M_BITS = 0;

    private final int version;
    private final int mask;
    private final boolean[][] modules;

    private QrCode(int version, int mask, boolean[][] modules) {
        this.version = version;
        this.mask = mask;
        this.modules = modules;
    }

    /** Encodes {@code text} (UTF-8) in the smallest version that holds it, with the best-scoring mask. */
    public static QrCode encode(String text) {
        return encode(text, -1);
    }

    /**
     * Encodes with a fixed mask (0–7), or the best-scoring one when {@code mask} is -1.
     *
     * @throws IllegalArgumentException if the text needs more than version 10
     */
    public static QrCode encode(String text, int mask) {
        if (mask < -1 || mask > 7) {
            throw new IllegalArgumentException("mask must be -1 (automatic) or 0..7, got " + mask);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int version = smallestVersionFor(bytes.length);
        byte[] codewords = Codewords.withErrorCorrection(dataCodewords(bytes, version), version,
                BLOCKS[version], ECC_PER_BLOCK[version]);
        ModuleGrid grid = new ModuleGrid(version);
        grid.drawFunctionPatterns();
        grid.drawCodewords(codewords);
        int chosen = mask >= 0 ? mask : bestMask(grid);
        grid.applyMask(chosen);
        grid.drawFormatBits(LEVEL_M_BITS, chosen);
        return new QrCode(version, chosen, grid.modules());
    }

    private static int bestMask(ModuleGrid grid) {
        int best = 0;
        int bestPenalty = Integer.MAX_VALUE;
        for (int m = 0; m < 8; m++) {
            grid.applyMask(m);
            grid.drawFormatBits(LEVEL_M_BITS, m);
            int penalty = Penalty.of(grid.modules());
            if (penalty < bestPenalty) {
                best = m;
                bestPenalty = penalty;
            }
            grid.applyMask(m); // XOR again undoes it
        }
        return best;
    }

    private static int smallestVersionFor(int byteCount) {
        for (int v = MIN_VERSION; v <= MAX_VERSION; v++) {
            int countBits = v <= 9 ? 8 : 16;
            if (4 + countBits + 8L * byteCount <= 8L * dataCapacity(v)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Text too long for a version " + MAX_VERSION + " QR code: "
                + byteCount + " bytes, at most 213");
    }

    /** Data codewords of a version at level M: all codewords minus the error correction ones. */
    static int dataCapacity(int version) {
        return ModuleGrid.rawDataModules(version) / 8 - ECC_PER_BLOCK[version] * BLOCKS[version];
    }

    /** Mode indicator 0100 (byte), character count, the bytes, terminator, then pad codewords 0xEC 0x11 … (§7.4). */
    private static byte[] dataCodewords(byte[] bytes, int version) {
        int capacity = dataCapacity(version);
        BitBuffer bits = new BitBuffer();
        bits.append(0b0100, 4);
        bits.append(bytes.length, version <= 9 ? 8 : 16);
        for (byte b : bytes) {
            bits.append(b & 0xFF, 8);
        }
        bits.append(0, Math.min(4, capacity * 8 - bits.length()));
        bits.append(0, (8 - bits.length() % 8) % 8);
        for (int pad = 0xEC; bits.length() < capacity * 8; pad ^= 0xEC ^ 0x11) {
            bits.append(pad, 8);
        }
        return bits.toBytes();
    }

    public int version() {
        return version;
    }

    public int mask() {
        return mask;
    }

    /** Modules per side: 17 + 4·version. */
    public int size() {
        return modules.length;
    }

    /** True for a dark module at column {@code x}, row {@code y} (0,0 is the top left). */
    public boolean isDark(int x, int y) {
        return modules[y][x];
    }

    /** The code as a scalable SVG image with a four-module quiet zone: one path, dark on white. */
    public String toSvg() {
        int border = 4;
        int side = size() + 2 * border;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (modules[y][x]) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>\n";
    }

    /** A growable sequence of bits, most significant first. */
    private static final class BitBuffer {
        private final java.util.BitSet bits = new java.util.BitSet();
        private int length;

        void append(int value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                bits.set(length++, ((value >>> i) & 1) != 0);
            }
        }

        int length() {
            return length;
        }

        byte[] toBytes() {
            byte[] out = new byte[length / 8];
            for (int i = 0; i < length; i++) {
                if (bits.get(i)) {
                    out[i >>> 3] |= (byte) (0x80 >>> (i & 7));
                }
            }
            return out;
        }
    }
}
