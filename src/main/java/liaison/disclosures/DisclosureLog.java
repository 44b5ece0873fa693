package liaison.disclosures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import liaison.accounts.Account;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.system.CsvWriter;
import liaison.system.Formats;
import liaison.system.Pages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jdbi.v3.core.Jdbi;

/**
 * Reading a local agency's disclosure accounting: a page of the list, or every match as CSV. Both are about people,
 * so both are audited with what was searched for. The agency is always the reader's own, bound in the query.
 */
final class DisclosureLog {
    static final int PAGE = Pages.SIZE;
    private static final int BATCH = 500;
    static final List<String> CSV_HEADERS = List.of("Disclosed at (ISO 8601)", "Occasion", "Tracking number",
            "Request type", "Legal process", "Subject", "A-number", "Booking number", "Booking number (answered)",
            "Items disclosed", "Documents (SHA-256)", "To office", "To person", "Disclosed by");

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final DisclosurePolicy policy;

    public DisclosureLog(Jdbi jdbi, AuditLog audit, DisclosurePolicy policy) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.policy = policy;
    }

    public DisclosurePolicy policy() {
        return policy;
    }

    /** Up to {@value #PAGE} + 1 rows before {@code beforeId}: one more than a page tells there is a next one. */
    List<Disclosure> page(Account reader, DisclosureSearch.Filter f, long beforeId, String clientIp) {
        long agency = agencyOf(reader);
        audit.append(event(reader, "disclosures.viewed", f, clientIp));
        return jdbi.onDemand(DisclosureDao.class).page(agency, f, beforeId, PAGE + 1);
    }

    /** Writes every match as CSV, newest first, in batches; the export is audited before it starts. */
    void export(Account reader, DisclosureSearch.Filter f, String clientIp, Appendable out) {
        long agency = agencyOf(reader);
        audit.append(event(reader, "disclosures.exported", f, clientIp));
        Formats formats = Formats.of(reader);
        DisclosureDao dao = jdbi.onDemand(DisclosureDao.class);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_HEADERS.toArray(String[]::new)).get();
        try {
            // not closed: that would close the response's stream, which is the caller's
            CSVPrinter csv = new CSVPrinter(out, format);
            long before = Long.MAX_VALUE;
            List<Disclosure> batch;
            do {
                batch = dao.page(agency, f, before, BATCH);
                for (Disclosure d : batch) {
                    csv.printRecord(Arrays.asList(formats.iso(d.disclosedAt()), d.occasion().name(),
                            d.trackingNumber(), d.requestType().label(), d.legalProcess().label(), d.subjectName(),
                            d.aNumber(), d.bookingNumber(), d.answeredBookingNumber(), d.itemLabels(),
                            d.documents(), d.officeName(), d.recipientName(), d.disclosedByName()).stream()
                            .map(DisclosureLog::cell).toList());
                }
                before = batch.isEmpty() ? before : batch.get(batch.size() - 1).id();
            } while (batch.size() == BATCH);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell as text, never read as a formula by a spreadsheet (OWASP "CSV injection"): text that starts with
     * = + - @ or a control character gets a leading apostrophe.
     */
    static String cell(String value) {
        return CsvWriter.neutralise(value);
    }

    private long agencyOf(Account reader) {
        if (!policy.canList(reader)) {
            throw new IllegalStateException("the route lets only local agencies' clerks and admins through");
        }
        return reader.agencyId();
    }

    private static AuditEvent event(Account reader, String action, DisclosureSearch.Filter f, String clientIp) {
        return AuditEvent.of(action).by(reader.id(), reader.email(), reader.agencyId())
                .on("agency", reader.agencyId()).from(clientIp).details(f.describe());
    }
}
