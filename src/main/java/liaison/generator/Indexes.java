package liaison.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Secondary indexes of the big tables, taken off before a large load into empty tables and built again after it
 * (InnoDB builds an index by sorting, far faster than keeping it in order row by row). Indexes a foreign key needs
 * (first column a foreign key's) stay. Read from information_schema, so a migration's new index is handled too.
 */
final class Indexes {
    static final List<String> TABLES = List.of("requests", "filings", "request_items", "request_events",
            "clock_events", "request_messages", "notifications", "disclosures", "audit_log");

    record Index(String table, String name, boolean unique, boolean fulltext, List<String> columns) {
        String definition() {
            return (fulltext ? "FULLTEXT " : unique ? "UNIQUE " : "") + "INDEX `" + name + "` ("
                    + String.join(", ", columns) + ")";
        }
    }

    private Indexes() {
    }

    static List<Index> droppable(Connection c) throws SQLException {
        Set<String> foreign = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE
                WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL""")) {
            while (r.next()) {
                foreign.add(r.getString(1) + "." + r.getString(2));
            }
        }
        Map<String, Index> found = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE, COLUMN_NAME, SUB_PART
                FROM information_schema.STATISTICS
                WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY'
                ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String table = r.getString(1);
                if (!TABLES.contains(table)) {
                    continue;
                }
                Index index = found.computeIfAbsent(table + "." + r.getString(2), k -> {
                    try {
                        return new Index(table, r.getString(2), r.getInt(3) == 0,
                                r.getString(4).equals("FULLTEXT"), new ArrayList<>());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                String column = r.getString(5);
                long part = r.getLong(6);
                index.columns().add("`" + column + "`" + (r.wasNull() ? "" : "(" + part + ")"));
            }
        }
        return found.values().stream()
                .filter(i -> !foreign.contains(i.table() + "." + i.columns().get(0).split("`")[1]))
                .toList();
    }

    static void drop(Connection c, List<Index> indexes) throws SQLException {
        for (Map.Entry<String, List<Index>> t : byTable(indexes).entrySet()) {
            execute(c, "ALTER TABLE " + t.getKey() + " " + t.getValue().stream()
                    .map(i -> "DROP INDEX `" + i.name() + "`").collect(Collectors.joining(", ")));
        }
    }

    /** Builds them again: the ordinary ones of a table in one statement, each full-text one alone. */
    static void restore(Connection c, List<Index> indexes) throws SQLException {
        for (Map.Entry<String, List<Index>> t : byTable(indexes).entrySet()) {
            List<Index> plain = t.getValue().stream().filter(i -> !i.fulltext()).toList();
            if (!plain.isEmpty()) {
                execute(c, "ALTER TABLE " + t.getKey() + " " + plain.stream().map(i -> "ADD " + i.definition())
                        .collect(Collectors.joining(", ")));
            }
            for (Index i : t.getValue().stream().filter(Index::fulltext).toList()) {
                execute(c, "ALTER TABLE " + t.getKey() + " ADD " + i.definition());
            }
        }
    }

    private static Map<String, List<Index>> byTable(List<Index> indexes) {
        return indexes.stream().collect(Collectors.groupingBy(Index::table, LinkedHashMap::new, Collectors.toList()));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
