package dev.threadlab.rooms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer secrets of the classroom: the teacher token (128 random bits) and each student's resume token. Only their
 * SHA-256 is stored, and comparisons take constant time, so the database and timing reveal nothing usable.
 */
public final class Secrets {

    private static final int TOKEN_BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    /** A fresh 128-bit secret, Base64url without padding (22 characters). */
    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public SecureRandom random() {
        return random;
    }

    public static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** True when {@code token} hashes to {@code storedHash}; constant time in the hash's length. */
    public static boolean matches(String token, String storedHash) {
        if (token == null || storedHash == null || token.length() > 64) {
            return false;
        }
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
