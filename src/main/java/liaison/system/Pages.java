package liaison.system;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset pagination: a DAO is asked for one row more than a page; if it comes, there is a next page and its key
 * is the last shown row's sort key. No OFFSET, so a page costs the same wherever it is.
 */
public record Pages<T>(List<T> items, String nextKey) {
    public static final int SIZE = 25;
    private static final int MAX_KEY = 300;

    public static <T> Pages<T> of(List<T> rows, Function<T, String> key) {
        if (rows.size() <= SIZE) {
            return new Pages<>(rows, null);
        }
        List<T> shown = rows.subList(0, SIZE);
        return new Pages<>(shown, key.apply(shown.get(SIZE - 1)));
    }

    /** The key to start after, from the {@code after} query parameter; empty means the first page. */
    public static String after(Context ctx) {
        String after = ctx.queryParam("after");
        return after == null || after.length() > MAX_KEY ? "" : after;
    }

    public boolean hasNext() {
        return nextKey != null;
    }
}
