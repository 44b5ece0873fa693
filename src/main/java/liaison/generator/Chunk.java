package liaison.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The rows of a run of consecutive requests, table by table, in three groups that separate connections write. */
final class Chunk {
    final Batch filings = new Batch("filings", "id", "office_id", "created_by", "request_type", "priority", "items",
            "narrative", "legal_authority", "return_date", "submitted_at", "created_at", "updated_at");
    final Batch requests = new Batch("requests", "id", "tracking_number", "filing_id", "office_id", "agency_id",
            "created_by", "last_changed_by", "request_type", "priority", "state", "outcome", "items", "narrative",
            "legal_authority", "return_date", "subject_name", "subject_aliases", "subject_dob", "subject_sex",
            "subject_citizenship", "a_number", "fbi_number", "state_id", "booking_number", "due_at", "clock_paused",
            "submitted_at", "answered_at", "closed_at", "created_at", "updated_at", "acknowledged_at",
            "ack_business_days", "answer_business_days");
    final Batch items = new Batch("request_items", "request_id", "item", "disposition", "answer_value", "basis",
            "basis_kind");
    final Batch answers = new Batch("request_answers", "request_id", "answered_by", "answered_at", "booking_number",
            "release_at", "facility", "release_type", "charges", "bond", "summary");
    final Batch disclosures = new Batch("disclosures", "id", "agency_id", "request_id", "occasion", "tracking_number",
            "request_type", "legal_process", "subject_name", "a_number", "booking_number", "answered_booking_number",
            "items", "office_id", "office_name", "recipient_id", "recipient_name", "disclosed_by",
            "disclosed_by_name", "disclosed_at");
    final Batch events = new Batch("request_events", "id", "request_id", "occurred_at", "actor_id", "kind",
            "from_state", "to_state", "details");
    final Batch clocks = new Batch("clock_events", "request_id", "occurred_at", "actor_id", "kind", "due_at", "basis",
            "reason");
    final Batch messages = new Batch("request_messages", "request_id", "author_id", "occurred_at", "kind", "body");
    final Batch notifications = new Batch("notifications", "account_id", "request_id", "event_id", "kind",
            "emergency", "created_at", "read_at");
    final Batch audit = new Batch("audit_log", "seq", "occurred_at", "actor_id", "actor_email", "agency_id", "action",
            "object_type", "object_id", "details", "client_ip", "prev_hash", "entry_hash");
    int requestCount;

    /** The tables each writer connection takes, in the order it writes them. */
    List<List<Batch>> groups() {
        return List.of(List.of(filings, requests, items, answers, disclosures), List.of(audit),
                List.of(events, clocks, messages, notifications));
    }

    static void write(List<Batch> group, Connection c) throws SQLException {
        for (Batch b : group) {
            b.flush(c);
        }
        c.commit();
    }
}
