package liaison.requests;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liaison.accounts.Account;
import liaison.system.Pages;

/**
 * What waits for an approving officer: subpoenas to sign and subpoenas they may refer for enforcement. Their home
 * shows the first few of each with how many there are; GET /requests/waiting and GET /requests/referable page
 * through all of them. An office can hold thousands of either at scale, and a home page listing a hundred of each
 * rendered at 0.07x the benchmark's fortunes route (issue 14).
 */
final class ApprovalLists {
    /** How many of each list the home page shows. */
    static final int SHORT = 10;
    /**
     * Counting stops here, and the page says "more than" this: counting referable subpoenas reads the office's
     * candidates (requests_referable) until it has found this many, as the first page of the full list does, and
     * an exact count would read all of them.
     */
    static final int CAP = 100;
    /** A referable row's key when it has no due date (NULL sorts first). */
    private static final String UNDATED = "none";

    private final RequestViews views;
    private final RequestRoutes routes;

    /** A list's first rows on the home page and how many there are ({@code count} above {@link #CAP}: more). */
    record Shortlist(List<RequestRoutes.Row> rows, int count) {
        public boolean capped() {
            return count > CAP;
        }

        public boolean more() {
            return count > rows.size();
        }

        public int cap() {
            return CAP;
        }
    }

    ApprovalLists(RequestViews views, RequestRoutes routes) {
        this.views = views;
        this.routes = routes;
    }

    /** The oldest waiting for approval, and how many wait. */
    Shortlist waiting(Account approver) {
        return new Shortlist(routes.rows(views.waiting(approver, 0, SHORT)), views.countWaiting(approver, CAP + 1));
    }

    /** The referable due longest ago, and how many there are. */
    Shortlist referable(Account approver) {
        return new Shortlist(routes.rows(views.referable(approver, null, 0, SHORT)),
                views.countReferable(approver, CAP + 1));
    }

    /** GET /requests/waiting: every subpoena of the office waiting for approval, oldest first, a page at a time. */
    void waitingPage(Context ctx) {
        Account approver = RequestRoutes.account(ctx);
        long after = id(Pages.after(ctx));
        Pages<RequestRoutes.Row> page = Pages.of(routes.rows(views.waiting(approver, after, Pages.SIZE + 1)),
                row -> String.valueOf(row.request().id()));
        render(ctx, approver, "approval", page, views.countWaiting(approver, CAP + 1));
    }

    /** GET /requests/referable: every subpoena the officer may refer for enforcement, oldest due first. */
    void referablePage(Context ctx) {
        Account approver = RequestRoutes.account(ctx);
        String after = Pages.after(ctx);
        int cut = after.lastIndexOf('~');
        long afterId = cut < 0 ? 0 : id(after.substring(cut + 1));
        Instant afterDue = afterId == 0 ? null : due(after.substring(0, cut));
        if (afterId != 0 && afterDue == null && !after.startsWith(UNDATED + "~")) {
            afterId = 0; // not a key this page made: the first page
        }
        Pages<RequestRoutes.Row> page = Pages.of(routes.rows(views.referable(approver, afterDue, afterId,
                Pages.SIZE + 1)), ApprovalLists::referableKey);
        render(ctx, approver, "referable", page, views.countReferable(approver, CAP + 1));
    }

    /** The keyset key of a referable row: its due instant (or "none") and id, as "2026-11-02T14:00:00Z~123". */
    private static String referableKey(RequestRoutes.Row row) {
        Instant due = row.request().dueAt();
        return (due == null ? UNDATED : due.toString()) + "~" + row.request().id();
    }

    private static void render(Context ctx, Account approver, String list, Pages<RequestRoutes.Row> page,
                               int count) {
        Map<String, Object> model = new HashMap<>();
        model.put("heading", RequestRoutes.heading(approver));
        model.put("list", list);
        model.put("page", page);
        model.put("count", count);
        model.put("cap", CAP);
        model.put("later", !Pages.after(ctx).isEmpty());
        ctx.render("requests/approvals", model);
    }

    private static long id(String text) {
        try {
            return Math.max(0, Long.parseLong(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant due(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
