package liaison.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * What a line of a request's timeline records. The stored value is the column's text (kept as it always was, so no
 * migration); the words for people come from messages.properties under {@link #messageKey()}; the audit action is
 * "request." followed by the stored value.
 */
public enum TimelineKind {
    FILED("filed"),
    APPROVED("approved"),
    RETURNED("returned"),
    RESUBMITTED("resubmitted"),
    ACKNOWLEDGED("acknowledged"),
    CLARIFICATION_REQUESTED("clarification-requested"),
    CLARIFICATION_GIVEN("clarification-given"),
    DUE_EXTENDED("due-extended"),
    ANSWERED("answered"),
    RELEASE_AMENDED("release-amended"),
    WITHDRAWN("withdrawn"),
    CLOSED("closed"),
    CLOSED_AUTOMATICALLY("closed-automatically"),
    NOTE_ADDED("note-added"),
    ATTACHMENT_ADDED("attachment-added"),
    REFERRED("referred"),
    COURT_ORDER_RECORDED("court-order-recorded"),
    ANSWER_SET_ASIDE("answer-set-aside");

    private final String stored;

    TimelineKind(String stored) {
        this.stored = stored;
    }

    /** The value in {@code request_events.kind}. */
    public String stored() {
        return stored;
    }

    public String messageKey() {
        return "request.event." + stored;
    }

    /** The audit log's action for this kind of change. */
    public String auditAction() {
        return "request." + stored;
    }

    public static TimelineKind ofStored(String stored) {
        for (TimelineKind k : values()) {
            if (k.stored.equals(stored)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown timeline kind " + stored);
    }

    /** Reads the stored column back into the enum. */
    public static final class Mapper implements ColumnMapper<TimelineKind> {
        @Override
        public TimelineKind map(ResultSet rs, int column, StatementContext ctx) throws SQLException {
            String value = rs.getString(column);
            return value == null ? null : ofStored(value);
        }
    }
}
