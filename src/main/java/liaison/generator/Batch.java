package liaison.generator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Rows of one table, written with one LOAD DATA LOCAL INFILE of tab-separated text made here: the server's bulk
 * path, with no statement to parse and no parameter for the driver to encode. Values: String, Long, Integer,
 * Boolean, Instant (written as the portal stores one), LocalDate or null.
 *
 * <p>Each row is written as UTF-8 bytes into one buffer as it is added, and the buffer is kept for the next rows
 * after a flush: the generator's profile showed half its time in building this text through Strings and
 * StringBuilders, and its heap churning through a copy of every chunk as a String and again as bytes.
 */
final class Batch {
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final ZoneOffset OFFSET = ZONE.getRules().isFixedOffset()
            ? ZONE.getRules().getOffset(Instant.EPOCH) : null;

    private final String table;
    private final String[] columns;
    private final String load;
    private byte[] text = new byte[1 << 14];
    private int length;
    private int rows;
    /** The day last written ("yyyy-MM-dd "), since most instants of a chunk fall on few days. */
    private long day = Long.MIN_VALUE;
    private final byte[] dayText = new byte[11];

    Batch(String table, String... columns) {
        this.table = table;
        this.columns = columns;
        this.load = "LOAD DATA LOCAL INFILE 'generated.tsv' INTO TABLE " + table + " CHARACTER SET utf8mb4"
                + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                + String.join(", ", columns) + ")";
    }

    void add(Object... row) {
        if (row.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + row.length + " values for " + columns.length + " columns");
        }
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                put('\t');
            }
            append(row[i]);
        }
        put('\n');
        rows++;
    }

    int size() {
        return rows;
    }

    String table() {
        return table;
    }

    /** Writes every row held and forgets them. */
    void flush(Connection c) throws SQLException {
        if (rows == 0) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(
                    new ByteArrayInputStream(text, 0, length));
            s.execute(load);
        }
        length = 0;
        rows = 0;
    }

    /** The text held, as the server would read it (for tests). */
    String text() {
        return new String(text, 0, length, StandardCharsets.UTF_8);
    }

    private void append(Object v) {
        if (v == null) {
            put('\\');
            put('N');
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Long n) {
            number(n);
        } else if (v instanceof Integer n) {
            number(n);
        } else if (v instanceof Instant t) {
            instant(t);
        } else if (v instanceof Boolean flag) {
            put(flag ? '1' : '0');
        } else if (v instanceof LocalDate d) {
            date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        } else {
            string(v.toString());
        }
    }

    private void string(String s) {
        room(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> escaped('\\');
                case '\t' -> escaped('t');
                case '\n' -> escaped('n');
                default -> {
                    if (ch < 0x80) {
                        text[length++] = (byte) ch;
                    } else {
                        // rare (generated names are ASCII): the rest of the text through the JDK's encoder
                        byte[] rest = s.substring(i).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                                .getBytes(StandardCharsets.UTF_8);
                        room(rest.length);
                        System.arraycopy(rest, 0, text, length, rest.length);
                        length += rest.length;
                        return;
                    }
                }
            }
        }
    }

    private void escaped(char ch) {
        text[length++] = '\\';
        text[length++] = (byte) ch;
    }

    private void number(long n) {
        room(20);
        if (n < 0) {
            if (n == Long.MIN_VALUE) {
                string(Long.toString(n));
                return;
            }
            text[length++] = '-';
            n = -n;
        }
        int digits = 1;
        for (long p = 10; digits < 19 && n >= p; p *= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            text[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        length += digits;
    }

    /**
     * An instant as the portal stores one: JDBI binds it as a Timestamp, which the driver writes as the wall-clock
     * time in the JVM's zone (the portal runs in UTC).
     */
    private void instant(Instant t) {
        room(26);
        if (OFFSET == null) {
            LocalDateTime d = LocalDateTime.ofInstant(t, ZONE);
            date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            put(' ');
            time(d.toLocalTime().toSecondOfDay(), d.getNano());
            return;
        }
        long seconds = t.getEpochSecond() + OFFSET.getTotalSeconds();
        long epochDay = Math.floorDiv(seconds, 86_400);
        if (epochDay != day) {
            LocalDate d = LocalDate.ofEpochDay(epochDay);
            int at = length;
            date(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            put(' ');
            System.arraycopy(text, at, dayText, 0, 11);
            length = at;
            day = epochDay;
        }
        System.arraycopy(dayText, 0, text, length, 11);
        length += 11;
        time((int) Math.floorMod(seconds, 86_400), t.getNano());
    }

    private void date(int year, int month, int dayOfMonth) {
        room(11);
        digits(year, 4);
        put('-');
        digits(month, 2);
        put('-');
        digits(dayOfMonth, 2);
    }

    private void time(int secondOfDay, int nano) {
        room(16);
        digits(secondOfDay / 3600, 2);
        put(':');
        digits(secondOfDay / 60 % 60, 2);
        put(':');
        digits(secondOfDay % 60, 2);
        put('.');
        digits(nano / 1000, 6);
    }

    /** {@code value} in exactly {@code width} digits, zero-padded (a year past 9999 never comes here). */
    private void digits(int value, int width) {
        for (int i = length + width - 1; i >= length; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    private void put(char ch) {
        room(1);
        text[length++] = (byte) ch;
    }

    private void room(int more) {
        if (length + more > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + more));
        }
    }
}
