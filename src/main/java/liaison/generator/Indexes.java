package liaison.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Secondary indexes and foreign keys of the big tables, taken off before a large load into empty tables and put
 * back after it. Kept during the load, each index takes its rows one by one in key order, a search down its tree
 * per row (the server's profile during a load with them: row_ins_sec_index_entry_low above a fifth of its time);
 * built after it, InnoDB sorts each index's entries once. The foreign keys go too, since an index a foreign key
 * needs cannot be dropped: the rows are consistent by construction, and the keys come back unchecked
 * ({@code foreign_key_checks = 0}, a change of metadata only). Read from information_schema, so a migration's new
 * index or key is handled too.
 */
final class Indexes {
    static final List<String> TABLES = List.of("requests", "filings", "request_items", "request_answers",
            "request_events", "clock_events", "request_messages", "notifications", "disclosures", "search_texts",
            "audit_log");
    /** Connections building indexes at once: one a core of the machine this was measured on. */
    private static final int BUILDERS = 2;

    record Index(String table, String name, boolean unique, boolean fulltext, List<String> columns) {
        String definition() {
            return (fulltext ? "FULLTEXT " : unique ? "UNIQUE " : "") + "INDEX `" + name + "` ("
                    + String.join(", ", columns) + ")";
        }
    }

    record ForeignKey(String table, String name, List<String> columns, String referenced, List<String> to,
                      String onDelete, String onUpdate) {
        String definition() {
            return "CONSTRAINT `" + name + "` FOREIGN KEY (" + quoted(columns) + ") REFERENCES `" + referenced + "` ("
                    + quoted(to) + ")" + rule("DELETE", onDelete) + rule("UPDATE", onUpdate);
        }

        /** RESTRICT is what information_schema says of a rule not given: not given again, as the schema had it. */
        private static String rule(String on, String rule) {
            return rule.equals("RESTRICT") ? "" : " ON " + on + " " + rule;
        }
    }

    /** What was taken off, to put back. */
    record Off(List<Index> indexes, List<ForeignKey> keys) {
        boolean isEmpty() {
            return indexes.isEmpty() && keys.isEmpty();
        }
    }

    private Indexes() {
    }

    /** Drops the big tables' foreign keys and secondary indexes, and says what they were. */
    static Off takeOff(Connection c) throws SQLException {
        Off off = new Off(indexes(c), foreignKeys(c));
        for (Map.Entry<String, List<ForeignKey>> t : byTable(off.keys(), ForeignKey::table).entrySet()) {
            execute(c, "ALTER TABLE " + t.getKey() + " " + t.getValue().stream()
                    .map(k -> "DROP FOREIGN KEY `" + k.name() + "`").collect(Collectors.joining(", ")));
        }
        for (Map.Entry<String, List<Index>> t : byTable(off.indexes(), Index::table).entrySet()) {
            execute(c, "ALTER TABLE " + t.getKey() + " " + t.getValue().stream()
                    .map(i -> "DROP INDEX `" + i.name() + "`").collect(Collectors.joining(", ")));
            if (t.getValue().stream().anyMatch(Index::fulltext)) {
                // made again without the hidden document ids its full-text index left: a full-text index added in
                // place to a table that had one matched no word at all, on MariaDB 10.11 and 11.4 alike (IndexesTest)
                execute(c, "ALTER TABLE " + t.getKey() + " FORCE");
            }
        }
        return off;
    }

    /**
     * Builds the indexes again, a table at a time on each of {@link #BUILDERS} connections (the ordinary ones of a
     * table in one statement, so it is read once; each full-text one alone), then adds the foreign keys back.
     */
    static void putBack(DataSource data, Off off) throws SQLException, InterruptedException {
        ConcurrentLinkedQueue<List<Index>> tables = new ConcurrentLinkedQueue<>();
        // the biggest first, so the two builders finish close together
        TABLES.stream().sorted((a, b) -> weight(b) - weight(a))
                .map(t -> off.indexes().stream().filter(i -> i.table().equals(t)).toList())
                .filter(l -> !l.isEmpty()).forEach(tables::add);
        List<Thread> builders = new ArrayList<>();
        List<SQLException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int b = 0; b < BUILDERS; b++) {
            Thread t = new Thread(() -> {
                try (Connection c = data.getConnection()) {
                    c.setAutoCommit(true);
                    for (List<Index> table; (table = tables.poll()) != null; ) {
                        build(c, table);
                    }
                } catch (SQLException e) {
                    failures.add(e);
                }
            }, "index-builder-" + b);
            t.start();
            builders.add(t);
        }
        for (Thread t : builders) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(true);
            execute(c, "SET SESSION foreign_key_checks = 0");
            for (Map.Entry<String, List<ForeignKey>> t : byTable(off.keys(), ForeignKey::table).entrySet()) {
                execute(c, "ALTER TABLE " + t.getKey() + " " + t.getValue().stream()
                        .map(k -> "ADD " + k.definition()).collect(Collectors.joining(", ")));
            }
        }
    }

    /** A rough size order of the tables, from a generated database: the audit log is half of it. */
    private static int weight(String table) {
        return List.of("request_items", "request_answers", "clock_events", "request_messages", "filings",
                "request_events", "disclosures", "notifications", "requests", "search_texts", "audit_log")
                .indexOf(table);
    }

    private static void build(Connection c, List<Index> table) throws SQLException {
        String name = table.get(0).table();
        List<Index> plain = table.stream().filter(i -> !i.fulltext()).toList();
        if (!plain.isEmpty()) {
            execute(c, "ALTER TABLE " + name + " " + plain.stream().map(i -> "ADD " + i.definition())
                    .collect(Collectors.joining(", ")));
        }
        for (Index i : table.stream().filter(Index::fulltext).toList()) {
            execute(c, "ALTER TABLE " + name + " ADD " + i.definition());
        }
    }

    private static List<Index> indexes(Connection c) throws SQLException {
        Map<String, Index> found = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE, COLUMN_NAME, SUB_PART
                FROM information_schema.STATISTICS
                WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY'
                ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""")) {
            while (r.next()) {
                String table = r.getString(1);
                if (!TABLES.contains(table)) {
                    continue;
                }
                String name = r.getString(2);
                Index index = found.get(table + "." + name);
                if (index == null) {
                    index = new Index(table, name, r.getInt(3) == 0, r.getString(4).equals("FULLTEXT"),
                            new ArrayList<>());
                    found.put(table + "." + name, index);
                }
                String column = r.getString(5);
                long part = r.getLong(6);
                index.columns().add("`" + column + "`" + (r.wasNull() ? "" : "(" + part + ")"));
            }
        }
        return List.copyOf(found.values());
    }

    private static List<ForeignKey> foreignKeys(Connection c) throws SQLException {
        Map<String, ForeignKey> found = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,
                    k.REFERENCED_COLUMN_NAME, f.DELETE_RULE, f.UPDATE_RULE
                FROM information_schema.KEY_COLUMN_USAGE k
                JOIN information_schema.REFERENTIAL_CONSTRAINTS f ON f.CONSTRAINT_SCHEMA = k.TABLE_SCHEMA
                    AND f.TABLE_NAME = k.TABLE_NAME AND f.CONSTRAINT_NAME = k.CONSTRAINT_NAME
                WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL
                ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""")) {
            while (r.next()) {
                String table = r.getString(1);
                if (!TABLES.contains(table)) {
                    continue;
                }
                ForeignKey key = found.get(table + "." + r.getString(2));
                if (key == null) {
                    key = new ForeignKey(table, r.getString(2), new ArrayList<>(), r.getString(4), new ArrayList<>(),
                            r.getString(6), r.getString(7));
                    found.put(table + "." + r.getString(2), key);
                }
                key.columns().add(r.getString(3));
                key.to().add(r.getString(5));
            }
        }
        return List.copyOf(found.values());
    }

    private static String quoted(List<String> columns) {
        return columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
    }

    private static <T> Map<String, List<T>> byTable(List<T> items, Function<T, String> table) {
        return items.stream().collect(Collectors.groupingBy(table, LinkedHashMap::new, Collectors.toList()));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
