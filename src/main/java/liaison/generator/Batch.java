package liaison.generator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one table, written with one LOAD DATA LOCAL INFILE of tab-separated text made here: the server's bulk
 * path, with no statement to parse and no parameter for the driver to encode. Values: String, Long, Integer,
 * Boolean, Instant (written as the portal stores one), LocalDate or null.
 */
final class Batch {
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final ZoneOffset OFFSET = ZONE.getRules().isFixedOffset()
            ? ZONE.getRules().getOffset(Instant.EPOCH) : null;

    private final String table;
    private final String[] columns;
    private final List<Object[]> rows = new ArrayList<>();

    Batch(String table, String... columns) {
        this.table = table;
        this.columns = columns;
    }

    void add(Object... row) {
        if (row.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + row.length + " values for " + columns.length + " columns");
        }
        rows.add(row);
    }

    int size() {
        return rows.size();
    }

    String table() {
        return table;
    }

    /** Writes every row held and forgets them. */
    void flush(Connection c) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * columns.length * 16);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(text, row[i]);
            }
            text.append('\n');
        }
        try (Statement s = c.createStatement()) {
            s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(
                    new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
            s.execute("LOAD DATA LOCAL INFILE 'generated.tsv' INTO TABLE " + table + " CHARACTER SET utf8mb4"
                    + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                    + String.join(", ", columns) + ")");
        }
        rows.clear();
    }

    private static void append(StringBuilder b, Object v) {
        if (v == null) {
            b.append("\\N");
        } else if (v instanceof Instant t) {
            text(b, t);
        } else if (v instanceof Boolean flag) {
            b.append(flag ? '1' : '0');
        } else if (v instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                switch (ch) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    default -> b.append(ch);
                }
            }
        } else {
            b.append(v);
        }
    }

    /**
     * An instant as the portal stores one: JDBI binds it as a Timestamp, which the driver writes as the wall-clock
     * time in the JVM's zone (the portal runs in UTC).
     */
    static void text(StringBuilder b, Instant t) {
        LocalDateTime d = OFFSET != null ? LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), OFFSET)
                : LocalDateTime.ofInstant(t, ZONE);
        pad(b, d.getYear(), 4).append('-');
        pad(b, d.getMonthValue(), 2).append('-');
        pad(b, d.getDayOfMonth(), 2).append(' ');
        pad(b, d.getHour(), 2).append(':');
        pad(b, d.getMinute(), 2).append(':');
        pad(b, d.getSecond(), 2).append('.');
        pad(b, d.getNano() / 1000, 6);
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(v);
    }
}
