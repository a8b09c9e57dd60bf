package dev.threadlab.rooms.qr;

/**
 * Reed-Solomon error correction over GF(2^8) with the QR code's polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D) and
 * generator roots 2^0 … 2^(n-1) (ISO/IEC 18004:2015 §7.5.2).
 */
final class ReedSolomon {

    private final byte[] divisor;

    /** A coder that appends {@code degree} error correction codewords. */
    ReedSolomon(int degree) {
        divisor = new byte[degree];
        divisor[degree - 1] = 1;
        int root = 1;
        for (int i = 0; i < degree; i++) {
            for (int j = 0; j < degree; j++) {
                divisor[j] = (byte) multiply(divisor[j] & 0xFF, root);
                if (j + 1 < degree) {
                    divisor[j] ^= divisor[j + 1];
                }
            }
            root = multiply(root, 0x02);
        }
    }

    /** The error correction codewords of {@code data}: the remainder of data(x)·x^n divided by the generator. */
    byte[] remainder(byte[] data) {
        byte[] result = new byte[divisor.length];
        for (byte b : data) {
            int factor = (b ^ result[0]) & 0xFF;
            System.arraycopy(result, 1, result, 0, result.length - 1);
            result[result.length - 1] = 0;
            for (int i = 0; i < result.length; i++) {
                result[i] ^= (byte) multiply(divisor[i] & 0xFF, factor);
            }
        }
        return result;
    }

    /** Product of two field elements (Russian peasant multiplication modulo 0x11D). */
    static int multiply(int x, int y) {
        int z = 0;
        for (int i = 7; i >= 0; i--) {
            z = (z << 1) ^ ((z >>> 7) * 0x11D);
            z ^= ((y >>> i) & 1) * x;
        }
        return z;
    }
}
