package liaison.reports;

import java.util.EnumSet;
import java.util.Set;
import liaison.requests.Deadlines;
import liaison.requests.RequestState;

/**
 * What a report counts, each as the triggers of V63 keep it in {@code report_days} (side, name, value) and as SQL
 * counts it from the requests (the same value and condition): the two must agree, and the kept-versus-counted tests
 * (ReportDaysTest) hold them to it. Side L counts a request on the day it was served on the local agency, side F on
 * the day the office filed it (drafts are not filed).
 */
enum Measure {
    TYPE('L', "type", "r.request_type", ""),
    ANSWERED('L', "answered", "''", " AND r.answered_at IS NOT NULL AND r.due_at IS NOT NULL"),
    ON_TIME('L', "onTime", "''",
            " AND r.answered_at IS NOT NULL AND r.due_at IS NOT NULL AND r.answered_at <= r.due_at"),
    ACK('L', "ack", "r.ack_business_days", " AND r.ack_business_days >= 0"),
    ANSWER('L', "answer", "r.answer_business_days", " AND r.answer_business_days >= 0"),
    OUTCOME('L', "outcome", "r.outcome", " AND r.outcome IS NOT NULL AND r.answered_at IS NOT NULL"),
    /**
     * On the clock now, kept by the due date: overdue now are those due before today, and those due earlier today
     * (counted at the view). Read as one number.
     */
    DUE('L', "due", "DATE(r.due_at)", onClock()),
    WITHHELD('L', "withheld", "CONCAT(COALESCE(i.basis_kind, 'OTHER'), CASE WHEN i.basis_kind = 'CITATION'"
            + " AND i.basis_citation IS NOT NULL THEN CONCAT(':', i.basis_citation) ELSE '' END)",
            " AND i.disposition = 'WITHHELD'"),
    STAGE('F', "stage", ReportQueries.STAGE, " AND r.request_type = 'ADMINISTRATIVE_SUBPOENA'"),
    /** Open, by the agency addressed. */
    OPEN('F', "open", "r.agency_id", " AND r.state IN " + RequestState.sqlList(RequestState.open())),
    /** Business days to answer, as "agency:days". */
    AGENCY_DAYS('F', "agencyDays", "CONCAT(r.agency_id, ':', r.answer_business_days)",
            " AND r.answer_business_days >= 0"),
    /** On the clock now, kept as "agency:due date"; read as the agency's overdue now. */
    DUE_BY('F', "dueBy", "CONCAT(r.agency_id, ':', DATE(r.due_at))", onClock());


    static final Set<Measure> LOCAL = EnumSet.range(TYPE, WITHHELD);
    static final Set<Measure> FEDERAL = EnumSet.range(STAGE, DUE_BY);

    final char side;
    final String kept;
    final String value;
    final String condition;

    Measure(char side, String kept, String value, String condition) {
        this.side = side;
        this.kept = kept;
        this.value = value;
        this.condition = condition;
    }

    /** A method, not a constant: the constants' arguments are evaluated before the enum's static fields. */
    private static String onClock() {
        return " AND r.due_at IS NOT NULL AND NOT r.clock_paused AND r.state IN "
                + RequestState.sqlList(Deadlines.ON_THE_CLOCK);
    }

    boolean local() {
        return side == 'L';
    }

    /** Whether the measure is what is on the clock, by due date: read as overdue now or not at all. */
    boolean clocked() {
        return this == DUE || this == DUE_BY;
    }

    /**
     * A kept row's value as the report reads it: what is on the clock is read by whose it is alone (nothing, or the
     * agency), its due date only deciding whether it is read ({@link #keptOverdue}), so the kept rows are summed to a
     * number per agency by the database rather than sent by due date (a year's overdue-by-agency rows: 15,000).
     */
    String keptRead() {
        return switch (this) {
            case DUE -> "''";
            case DUE_BY -> "SUBSTRING_INDEX(x.value, ':', 1)";
            default -> "x.value";
        };
    }

    /** For what is on the clock, the kept row's condition of being overdue: due before {@code :today} ("2026-12-04"). */
    static String keptOverdue() {
        return "SUBSTRING_INDEX(x.value, ':', -1) < :today";
    }

    /** A request's value as the report reads it (see {@link #keptRead}), and for what is on the clock, its condition. */
    String liveRead() {
        return switch (this) {
            case DUE -> "''";
            case DUE_BY -> "r.agency_id";
            default -> value;
        };
    }

    /** What is on the clock counts when due before the stored start of today ({@code :todayStart}). */
    String liveCondition() {
        return condition + (clocked() ? " AND r.due_at < :todayStart" : "");
    }

    /** The requests' column whose day the measure counts by. */
    String time() {
        return local() ? "r.submitted_at" : "r.created_at";
    }

    /** The tables the measure counts from, joined. */
    String from() {
        return this == WITHHELD ? " FROM request_items i JOIN requests r ON r.id = i.request_id" : " FROM requests r";
    }

    /** Whose requests count: the scope's, then the side's own condition (filed: not a draft). */
    String whose(Scope s) {
        if (local()) {
            return (s.side() == Scope.Side.LOCAL ? " AND r.agency_id = :agency" : "")
                    + (s.counterpart() != null ? " AND r.office_id = :counterpart" : "");
        }
        return " AND r.state <> 'DRAFT'" + (s.side() == Scope.Side.FEDERAL ? " AND r.office_id = :agency" : "")
                + (s.counterpart() != null ? " AND r.agency_id = :counterpart" : "");
    }
}
