package liaison.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.agencies.AgencyDao;
import liaison.answers.Answering;
import liaison.attachments.Attachment;
import liaison.attachments.AttachmentService;
import liaison.filing.Filing;
import liaison.filing.FilingService;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Priority;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestType;
import liaison.requests.RequestWorkflow;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.requests.Subject;

/**
 * Requests filed, served and answered through the real services, for tests outside {@code liaison.requests}
 * (certified answers, disclosures). Information requests go straight to the agency; subpoenas are approved first.
 */
public final class AnsweredRequests {
    public static final String NY_REQUESTER = "requester@ero-ny.example";
    public static final String NY_APPROVER = "approver@ero-ny.example";
    public static final String DENVER_REQUESTER = "requester@ero-denver.example";
    public static final String DENVER_APPROVER = "approver@ero-denver.example";
    public static final String NYC_CLERK = "clerk@nyc-doc.example";
    public static final String DENVER_CLERK = "clerk@denver-sheriff.example";
    public static final String NYC_DOC = "New York City Department of Correction";
    public static final String DENVER_SHERIFF = "Denver Sheriff Department";

    public final TestApp app;
    public final FilingService filings;
    public final RequestWorkflow workflow;
    public final Answering answering;
    public final AttachmentService attachments;

    public AnsweredRequests(TestApp app) {
        this.app = app;
        this.filings = app.modules().filing().service();
        this.workflow = app.modules().requests().workflow();
        this.answering = app.modules().answers().answering();
        this.attachments = app.modules().attachments().service();
    }

    public Account account(String email) {
        AccountDao dao = app.database.jdbi().onDemand(AccountDao.class);
        return dao.signInRecord(email).flatMap(r -> dao.find(r.id())).orElseThrow();
    }

    public static Subject subject(String name, String aNumber, String bookingNumber) {
        return new Subject(name, null, LocalDate.of(1980, 1, 1), "Male", "Testland", aNumber, null, null,
                bookingNumber);
    }

    /** Files one request by {@code requesterEmail}'s office to {@code agencyName}, served on it; returns it. */
    public Request file(String requesterEmail, String agencyName, RequestType type, Subject subject,
                        Set<RequestedItem> items) {
        Account requester = account(requesterEmail);
        long agency = app.database.jdbi().onDemand(AgencyDao.class).findByName(agencyName).orElseThrow().id();
        boolean subpoena = type == RequestType.ADMINISTRATIVE_SUBPOENA;
        var filing = new Filing(0, 0, 0, type, Priority.ROUTINE, items, "Needed for a removal case.",
                subpoena ? Filing.SUBPOENA_AUTHORITY : null, subpoena ? LocalDate.of(2026, 11, 30) : null,
                List.of(agency), List.of(subject), null, 0);
        long draft = filings.saveDraft(requester, filing).orElseThrow();
        String tracking = filings.submit(requester, draft, 0).orElseThrow().get(0);
        Request filed = app.database.jdbi().onDemand(RequestDao.class)
                .ofOffice(requester.agencyId(), Long.MAX_VALUE, 1).get(0);
        if (!filed.trackingNumber().equals(tracking)) {
            throw new IllegalStateException("not the request just filed: " + tracking);
        }
        if (subpoena) {
            Account approver = account(requesterEmail.equals(NY_REQUESTER) ? NY_APPROVER : DENVER_APPROVER);
            workflow.approve(approver, filed.id(), filed.version(), RequestFixture.AFFIRMED);
        }
        return reload(filed.id());
    }

    /** A value starting so answers the item as withheld, the rest being the basis: "WITHHELD:§ 9-131". */
    public static final String WITHHELD = "WITHHELD:";

    /**
     * Answers every item of the request: provided with the value given, withheld when the value starts with
     * {@link #WITHHELD}, not held when {@code values} has none.
     */
    public Request answer(String clerkEmail, long id, Map<RequestedItem, String> values, StructuredAnswer structured) {
        Request r = reload(id);
        Map<RequestedItem, ItemAnswer> items = new LinkedHashMap<>();
        for (RequestedItem item : r.items()) {
            String value = values.get(item);
            String withheld = value == null || !value.startsWith(WITHHELD) ? null : value.substring(WITHHELD.length());
            items.put(item, value == null ? new ItemAnswer(item, Disposition.NOT_HELD, null, null)
                    : withheld != null ? new ItemAnswer(item, Disposition.WITHHELD, null, withheld)
                    : new ItemAnswer(item, Disposition.PROVIDED, value, null));
        }
        answering.answer(account(clerkEmail), id, r.version(), items, false, structured);
        return reload(id);
    }

    /** Adds a PDF to the request as {@code email}; returns the stored file. */
    public Attachment attach(String email, long requestId, String fileName, String text) {
        byte[] pdf = ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        return attachments.store(account(email), requestId, fileName, pdf, Optional.empty(), null);
    }

    /** The request as the portal's own jobs read it (no person's rights). */
    public Request reload(long id) {
        return app.database.jdbi().inTransaction(h -> h.attach(RequestDao.class).lockForSystem(id).orElseThrow());
    }
}
