package liaison.system;

import io.javalin.http.Context;

/** A one-time message carried across a redirect (post-redirect-get) in the session. */
public final class Flash {
    private static final String KEY = "flash";

    private Flash() {
    }

    public static void success(Context ctx, String message) {
        ctx.sessionAttribute(KEY, message);
    }

    static String take(Context ctx) {
        return ctx.req().getSession(false) == null ? null : ctx.consumeSessionAttribute(KEY);
    }
}
