package liaison.explain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Every SELECT the portal's JDBI runs while a page is being visited, EXPLAINed on the spot with the same bound
 * values (on a connection of its own), and judged: a full scan of a large table, a sort or temporary table of many
 * of its rows, or the same statement run over and over for one page (a query per row) is a finding.
 */
final class Plans implements SqlLogger {
    /** A table holding more rows than this is large (the generated database's request-sized tables). */
    static final long LARGE = 1_000;
    /**
     * A sort of at most this many rows found through an index is no sort of the table: one request's events, say.
     * A queue, a list or a search sorts more than this at scale, so it must read its rows in order from an index.
     */
    static final long FEW = 20;
    /**
     * A page reads at most this many rows of a large table through an index (ANALYZE's r_rows): more means it
     * reads a whole agency's or office's rows to show a page of them, which grows with the data like a scan does.
     */
    static final long READ_MOST = 200;
    private static final Pattern SIDE_EFFECTS = Pattern.compile(
            "(?i)FOR\\s+UPDATE|LOCK\\s+IN\\s+SHARE\\s+MODE|NEXT\\s+VALUE|NEXTVAL|GET_LOCK|RELEASE_LOCK|SLEEP\\(");
    /** The same statement run more often than this for one page: one query per row of a list. */
    static final int REPEATS = 3;
    /** Tables that grow with people and agencies, not with requests (5,000 accounts): these may be scanned. */
    private static final Set<String> SMALL_BY_NATURE = Set.of("agencies", "accounts", "account_roles");
    private static final Pattern TABLE_REF = Pattern.compile(
            "(?i)\\b(?:FROM|JOIN)\\s+`?([a-z_][a-z0-9_]*)`?(?:\\s+(?:AS\\s+)?`?([a-z_][a-z0-9_]*)`?)?");
    private static final Set<String> NOT_ALIASES = Set.of("where", "on", "join", "left", "right", "inner", "outer",
            "cross", "natural", "straight_join", "order", "group", "limit", "using", "force", "use", "ignore",
            "union", "for", "lock", "window", "having", "set", "select", "as");

    /** What one page view ran: its statements, each with its plan's findings. */
    record Seen(int view, String page, String sql, List<String> plan, List<String> findings) {
    }

    private final DataSource data;
    private final Map<String, Long> sizes;
    private final List<Seen> seen = new ArrayList<>();
    private volatile String page = "(no page)";
    /** Which view of a page the statements are of: one page may be visited several times (queue pages). */
    private volatile int view;

    Plans(DataSource data, Map<String, Long> sizes) {
        this.data = data;
        this.sizes = sizes;
    }

    /** Exact row counts of the schema's tables, after the data is in. */
    static Map<String, Long> sizes(DataSource data) throws SQLException {
        Map<String, Long> sizes = new HashMap<>();
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                s.execute("ANALYZE TABLE `" + table + "`");
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    r.next();
                    sizes.put(table.toLowerCase(Locale.ROOT), r.getLong(1));
                }
            }
        }
        return sizes;
    }

    /** The statements from now on are this page's. */
    void visiting(String page) {
        this.page = page;
        this.view++;
    }

    synchronized List<Seen> statements() {
        return List.copyOf(seen);
    }

    /** Statements run more than {@link #REPEATS} times for one view of a page, as findings. */
    synchronized List<String> repeated() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int last = -1;
        List<String> found = new ArrayList<>();
        for (Seen s : seen) {
            if (s.view() != last) {
                counts.clear();
                last = s.view();
            }
            // a words search's statement runs once per span of filing months, newest first (search.FiledMonths):
            // about log2 of the months filed in, whatever the rows
            boolean perSpan = s.sql().contains(":filedFirst");
            if (counts.merge(s.sql(), 1, Integer::sum) == REPEATS + 1 && !perSpan) {
                found.add(s.page() + ": run more than " + REPEATS + " times for one view (a query per row):\n"
                        + s.sql());
            }
        }
        return found;
    }

    @Override
    public void logAfterExecution(StatementContext ctx) {
        String sql = ctx.getRenderedSql().strip();
        String head = sql.toUpperCase(Locale.ROOT);
        if (!(head.startsWith("SELECT") || head.startsWith("WITH") || head.startsWith("("))) {
            return;
        }
        List<String> plan = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        try {
            judge(ctx, sql, plan, findings);
        } catch (SQLException e) {
            findings.add("EXPLAIN failed: " + e.getMessage());
        }
        synchronized (this) {
            seen.add(new Seen(view, page, sql.replaceAll("\\s+", " "), plan, findings));
        }
    }

    private void judge(StatementContext ctx, String sql, List<String> plan, List<String> findings)
            throws SQLException {
        Map<String, String> tables = tablesByAlias(sql);
        // ANALYZE runs the statement and tells the rows it really read; a locking read or one with a side effect
        // (a sequence's next value) is only EXPLAINed: run again here, it would wait on the page's own locks
        boolean analyze = !SIDE_EFFECTS.matcher(sql).find();
        try (Connection c = data.getConnection();
             PreparedStatement explain = c.prepareStatement((analyze ? "ANALYZE " : "EXPLAIN ")
                     + ctx.getParsedSql().getSql())) {
            bind(ctx, explain);
            try (ResultSet r = explain.executeQuery()) {
                while (r.next()) {
                    long read = analyze ? rows(r.getString("r_rows")) : 0;
                    String alias = String.valueOf(r.getString("table"));
                    String type = String.valueOf(r.getString("type"));
                    long rows = rows(r.getString("rows"));
                    String extra = String.valueOf(r.getString("Extra"));
                    String table = tables.getOrDefault(alias.toLowerCase(Locale.ROOT), alias);
                    boolean large = isLarge(table, rows);
                    String where = table + (alias.equals(table) ? "" : " " + alias) + " (key " + r.getString("key")
                            + ", ~" + rows + " rows" + (analyze ? ", read " + read : "") + ", " + extra + ")";
                    plan.add(r.getString("select_type") + " " + type + " " + where);
                    if (large && type.equals("ALL")) {
                        findings.add("full scan of " + where);
                    } else if (large && type.equals("index") && rows > LARGE) {
                        findings.add("full index scan of " + where);
                    }
                    if (large && rows > FEW && (extra.contains("Using filesort") || extra.contains("Using temporary"))) {
                        findings.add("sort/temporary table of " + where);
                    }
                    if (large && read > READ_MOST && !type.equals("ALL")) {
                        findings.add("many rows read through an index, for a page of few: " + where);
                    }
                }
            }
        }
    }

    /** EXPLAIN's estimate of rows, e.g. "168", or "168 (50%)" for a hash join's. */
    private static long rows(String estimate) {
        Matcher digits = Pattern.compile("^\\d+").matcher(estimate == null ? "" : estimate.strip());
        return digits.find() ? Long.parseLong(digits.group()) : 0;
    }

    /** A base table counted large, or a derived table or subquery of many rows. */
    private boolean isLarge(String table, long rows) {
        Long size = sizes.get(table.toLowerCase(Locale.ROOT));
        if (size == null) {
            return rows > LARGE;
        }
        return size > LARGE && !SMALL_BY_NATURE.contains(table.toLowerCase(Locale.ROOT));
    }

    /** The statement's arguments, in the order of its placeholders, bound as JDBI bound them. */
    private static void bind(StatementContext ctx, PreparedStatement explain) throws SQLException {
        ParsedParameters params = ctx.getParsedSql().getParameters();
        for (int i = 0; i < params.getParameterCount(); i++) {
            Optional<Argument> argument = params.isPositional() ? ctx.getBinding().findForPosition(i)
                    : ctx.getBinding().findForName(params.getParameterNames().get(i), ctx);
            argument.orElseThrow(() -> new IllegalStateException("unbound parameter in " + ctx.getRenderedSql()))
                    .apply(i + 1, explain, ctx);
        }
    }

    /** Alias (and name) to table, for EXPLAIN's table column, which gives aliases. */
    static Map<String, String> tablesByAlias(String sql) {
        Map<String, String> tables = new HashMap<>();
        Matcher m = TABLE_REF.matcher(sql);
        while (m.find()) {
            String table = m.group(1).toLowerCase(Locale.ROOT);
            tables.put(table, table);
            String alias = m.group(2);
            if (alias != null && !NOT_ALIASES.contains(alias.toLowerCase(Locale.ROOT))) {
                tables.putIfAbsent(alias.toLowerCase(Locale.ROOT), table);
            }
        }
        return tables;
    }
}
