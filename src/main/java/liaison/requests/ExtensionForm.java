package liaison.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import liaison.deadlines.BusinessCalendar;

/**
 * The due-date extension form as posted: the new due date (a business day after the current due date, in the
 * future; the deadline is the end of that business day where the agency is) and why (required: it goes on the
 * clock ledger both sides see).
 */
final class ExtensionForm {
    /** The clock ledger's reason column holds this much. */
    static final int MAX_REASON = 1_000;
    static final String DATE = "extendDate";
    static final String REASON = "extendReason";

    /** An extension as the workflow takes it. */
    record Extension(Instant due, String reason) {
    }

    private ExtensionForm() {
    }

    /**
     * The extension, or empty when the form has errors (then recorded on {@code form}).
     *
     * @param currentDue the clock's due instant as it reads now (a paused clock's: where it would land now)
     */
    static Optional<Extension> read(ActionForm form, Request r, Optional<Instant> currentDue, Instant now,
                                    BusinessCalendar calendar) {
        ZoneId zone = ActionForm.zoneOf(r);
        LocalDate day = form.date(DATE, true);
        Instant due = null;
        if (day != null) {
            due = ZonedDateTime.of(day, BusinessCalendar.END_OF_BUSINESS_DAY, zone).toInstant();
            LocalDate current = currentDue.map(d -> d.atZone(zone).toLocalDate()).orElse(null);
            if (!due.isAfter(now)) {
                form.error(DATE, "request.error.extendPast", form.label(DATE));
            } else if (current != null && !day.isAfter(current)) {
                form.error(DATE, "request.error.extendNotLater", form.label(DATE), current.toString());
            } else if (!calendar.isBusinessDay(day)) {
                form.error(DATE, "request.error.extendNotBusinessDay", form.label(DATE), day.toString());
            }
        }
        String reason = form.text(REASON, MAX_REASON, true);
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Extension(due, reason));
    }
}
