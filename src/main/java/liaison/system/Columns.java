package liaison.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reading nullable columns as the portal's types, for row mappers written by hand: on pages read on every view
 * (the request's page) JDBI's ConstructorMapper, resolving each column's mapper for every result set, cost more CPU
 * than the rows. Each reads a column as JDBI's own column mappers do, so a hand mapper gives the same record.
 */
public final class Columns {
    private Columns() {
    }

    /** A TIMESTAMP as an instant (JDBI: {@code getTimestamp().toInstant()}), null for NULL. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A DATE as a local date, null for NULL. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A nullable whole number as a {@link Long}, null for NULL. */
    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A column holding an enum constant's name, null for NULL or empty (as JDBI reads it). */
    public static <E extends Enum<E>> E named(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null || value.isEmpty() ? null : Enum.valueOf(type, value);
    }
}
