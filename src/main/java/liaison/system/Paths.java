package liaison.system;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * The one way to read a record's id from the address. Anything but a positive number that fits (letters, a
 * sign, zero, an id too long for its column) names nothing: 404, like an id that exists nowhere, never a 500.
 */
public final class Paths {
    private Paths() {
    }

    /** The {@code {id}} of the address. */
    public static long id(Context ctx) {
        return id(ctx, "id");
    }

    /** The path parameter {@code name}, a positive number up to {@link Long#MAX_VALUE}. */
    public static long id(Context ctx, String name) {
        return positive(ctx.pathParam(name), Long.MAX_VALUE);
    }

    /** The path parameter {@code name}, a positive number up to {@link Integer#MAX_VALUE} (an INT column). */
    public static int number(Context ctx, String name) {
        return (int) positive(ctx.pathParam(name), Integer.MAX_VALUE);
    }

    static long positive(String raw, long max) {
        // digits only: parseLong would also take a sign; 19 digits is the most a long can hold
        if (raw != null && !raw.isEmpty() && raw.length() <= 19 && raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                long n = Long.parseLong(raw);
                if (n > 0 && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // more than Long.MAX_VALUE: answered below
            }
        }
        throw new NotFoundResponse();
    }
}
