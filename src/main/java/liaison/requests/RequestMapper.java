package liaison.requests;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps {@link RequestDao#SELECT} rows. */
public final class RequestMapper implements RowMapper<Request> {
    @Override
    public Request map(ResultSet rs, StatementContext ctx) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Request(
                rs.getLong("id"),
                rs.getString("tracking_number"),
                rs.getLong("filing_id"),
                rs.getLong("office_id"),
                rs.getString("office_name"),
                rs.getLong("agency_id"),
                rs.getString("agency_name"),
                rs.getString("agency_time_zone"),
                rs.getLong("created_by"),
                rs.getLong("last_changed_by"),
                RequestType.valueOf(rs.getString("request_type")),
                Priority.valueOf(rs.getString("priority")),
                RequestState.valueOf(rs.getString("state")),
                outcome == null ? null : Outcome.valueOf(outcome),
                Items.split(rs.getString("items")),
                rs.getString("narrative"),
                rs.getString("legal_authority"),
                date(rs.getDate("return_date")),
                new Subject(rs.getString("subject_name"), rs.getString("subject_aliases"),
                        date(rs.getDate("subject_dob")), rs.getString("subject_sex"),
                        rs.getString("subject_citizenship"), rs.getString("a_number"), rs.getString("fbi_number"),
                        rs.getString("state_id"), rs.getString("booking_number")),
                instant(rs.getTimestamp("due_at")),
                rs.getBoolean("clock_paused"),
                instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("answered_at")),
                instant(rs.getTimestamp("closed_at")),
                rs.getBoolean("court_ordered"),
                rs.getInt("version"));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
