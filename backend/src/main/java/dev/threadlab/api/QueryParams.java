package dev.threadlab.api;

import io.javalin.http.Context;

/** Reads numeric query parameters; a malformed or out-of-range one is a 400 problem naming it. */
public final class QueryParams {

    private QueryParams() {
    }

    public static long longParam(Context ctx, String name, long fallback, long min, long max) {
        return parse(name, ctx.queryParam(name), fallback, min, max);
    }

    public static int intParam(Context ctx, String name, int fallback, int min, int max) {
        return (int) parse(name, ctx.queryParam(name), fallback, min, max);
    }

    public static long parse(String name, String raw, long fallback, long min, long max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value < min || value > max) {
                throw ProblemException.badRequest("Query parameter " + name + " must be between " + min + " and "
                        + max + ", not " + value + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Query parameter " + name + " must be an integer, not \""
                    + abbreviate(raw) + "\".");
        }
    }

    private static String abbreviate(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
