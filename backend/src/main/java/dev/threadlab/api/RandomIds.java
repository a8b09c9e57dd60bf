package dev.threadlab.api;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Unguessable ids for share links and runs: 96 bits from {@link SecureRandom}, Base64url without padding
 * (16 characters, safe in URLs and paths).
 */
public final class RandomIds {

    private static final int BYTES = 12;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{16}");

    private final SecureRandom random = new SecureRandom();

    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True if {@code id} could have been made by {@link #next()}; anything else cannot exist. */
    public static boolean looksValid(String id) {
        return SHAPE.matcher(id).matches();
    }
}
