package dev.threadlab.rooms;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A room's join code, read aloud in class: eight symbols from an alphabet without look-alikes (no 0/O, 1/I/L),
 * shown as two groups, {@code ABCD-EFGH}. 31^8 ≈ 8.5·10^11 codes: with join attempts limited to
 * {@link RoomLimits#failedJoinsPerMinute()} per client address, guessing one live room is futile within a room's lifetime.
 *
 * @param value the grouped form, {@code XXXX-XXXX}
 */
public record JoinCode(String value) {

    /** Digits 2–9 and the letters without I, L and O: 31 symbols. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    private static final java.util.regex.Pattern GROUPED =
            java.util.regex.Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

    public JoinCode {
        if (value == null || !GROUPED.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a join code: " + value);
        }
    }

    /** A fresh random code. Use a {@link java.security.SecureRandom}: codes must not be predictable. */
    public static JoinCode generate(RandomGenerator random) {
        StringBuilder raw = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            raw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return parse(raw.toString()).orElseThrow();
    }

    /**
     * Reads a code as a person types it: any case, with or without the dash or spaces. Empty when it cannot be a code
     * (wrong length, or a symbol outside the alphabet such as O or 1).
     */
    public static Optional<JoinCode> parse(String typed) {
        if (typed == null || typed.length() > 2 * LENGTH) {
            return Optional.empty();
        }
        String raw = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (raw.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < raw.length(); i++) {
            if (ALPHABET.indexOf(raw.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new JoinCode(raw.substring(0, 4) + "-" + raw.substring(4)));
    }

    @Override
    public String toString() {
        return value;
    }
}
