package liaison.search;

/**
 * The orders a search can list in, each over one instant column and then the id (keyset pagination). A request
 * without that instant (a draft has no filing date, an answered one no due date) comes last either way.
 */
enum Sort {
    FILED_NEWEST("r.submitted_at", true),
    FILED_OLDEST("r.submitted_at", false),
    DUE_SOONEST("r.due_at", false),
    DUE_LATEST("r.due_at", true);

    private final String column;
    private final boolean descending;

    Sort(String column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    /** The sort expression: the column, a missing value replaced by one that sorts last. */
    String expression() {
        return "COALESCE(" + column + ", TIMESTAMP'" + (descending ? "1971-01-01" : "9999-12-31") + " 00:00:00')";
    }

    String order() {
        return " ORDER BY " + expression() + (descending ? " DESC, r.id DESC" : ", r.id");
    }

    /** Rows after the key ({@code :afterAt}, {@code :afterId}) in this order. */
    String after() {
        return " AND (" + expression() + ", r.id) " + (descending ? "<" : ">") + " (:afterAt, :afterId)";
    }
}
