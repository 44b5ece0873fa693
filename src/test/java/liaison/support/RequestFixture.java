package liaison.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.agencies.AgencyDao;
import liaison.answers.Answering;
import liaison.filing.Filing;
import liaison.filing.FilingService;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Priority;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import liaison.requests.RequestWorkflow;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.requests.Subject;

/**
 * Requests for HTTP tests, made through the real services (filing, then workflow moves) on the test app's
 * database, and brought to the state a test needs. Test data never goes around the workflow.
 */
public final class RequestFixture {
    public static final String NY_REQUESTER = "requester@ero-ny.example";
    public static final String NY_APPROVER = "approver@ero-ny.example";
    /** The statement tests affirm when they approve through the workflow. */
    public static final String AFFIRMED = "I have reviewed this subpoena and approve its service.";
    public static final String NYC_CLERK = "clerk@nyc-doc.example";
    public static final String NYC_ADMIN = "admin@nyc-doc.example";
    public static final String DENVER_CLERK = "clerk@denver-sheriff.example";
    public static final String DENVER_REQUESTER = "requester@ero-denver.example";
    public static final String COUNTY_CLERK = "clerk@county-jail.example";
    public static final String SYSADMIN = "sysadmin@liaison.example";
    public static final String NYC_DOC = "New York City Department of Correction";
    public static final String COUNTY_JAIL = "Juniper County Jail";
    public static final Set<RequestedItem> ITEMS = EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS);
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    public final TestApp app;
    public final FilingService filings;
    public final RequestWorkflow workflow;
    public final Answering answering;
    private int subjects;

    public RequestFixture(TestApp app) {
        this.app = app;
        this.filings = app.modules().filing().service();
        this.workflow = app.modules().requests().workflow();
        this.answering = app.modules().answers().answering();
    }

    public Account account(String email) {
        AccountDao dao = app.database.jdbi().onDemand(AccountDao.class);
        return dao.find(dao.signInRecord(email).orElseThrow().id()).orElseThrow();
    }

    public long agency(String name) {
        return app.database.jdbi().onDemand(AgencyDao.class).findByName(name).orElseThrow().id();
    }

    /** Files one request of ERO New York to NYC DOC about a new subject; returns its id. */
    public long file(RequestType type) {
        return file(type, Priority.ROUTINE, NYC_DOC, 1).get(0);
    }

    /** Files one request per new subject, all at once; returns their ids in filing order. */
    public List<Long> file(RequestType type, Priority priority, String agencyName, int count) {
        List<Subject> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            subjects++;
            people.add(new Subject("Test Subject " + subjects, "Alias " + subjects, LocalDate.of(1985, 3, 14), "Male",
                    "Testland", String.format("A%09d", 100_000 + subjects), "FBI" + subjects, "NY" + subjects,
                    "B" + subjects));
        }
        boolean subpoena = type == RequestType.ADMINISTRATIVE_SUBPOENA;
        var filing = new Filing(0, 0, 0, type, priority, ITEMS, "Needed for a removal case.",
                subpoena ? Filing.SUBPOENA_AUTHORITY : null, subpoena ? LocalDate.of(2026, 11, 20) : null,
                List.of(agency(agencyName)), people, null, 0);
        Account requester = account(NY_REQUESTER);
        long draft = filings.saveDraft(requester, filing).orElseThrow();
        List<String> tracking = filings.submit(requester, draft, 0).orElseThrow();
        return tracking.stream().map(this::idOf).toList();
    }

    /** A request of ERO New York to NYC DOC in {@code state}, brought there by the workflow. */
    public long inState(RequestState state) {
        return switch (state) {
            case PENDING_APPROVAL -> file(RequestType.ADMINISTRATIVE_SUBPOENA);
            case DRAFT -> {
                long id = file(RequestType.ADMINISTRATIVE_SUBPOENA);
                workflow.returnToRequester(account(NY_APPROVER), id, version(id), "Add the facility.");
                yield id;
            }
            case SUBMITTED -> file(RequestType.INFORMATION_REQUEST);
            case CLARIFICATION_REQUESTED -> {
                long id = file(RequestType.INFORMATION_REQUEST);
                workflow.askClarification(account(NYC_CLERK), id, version(id), "Which facility?");
                yield id;
            }
            case ANSWERED -> {
                long id = file(RequestType.INFORMATION_REQUEST);
                answering.answer(account(NYC_CLERK), id, version(id), Map.of(
                        RequestedItem.RELEASE_DATE_TIME, new ItemAnswer(RequestedItem.RELEASE_DATE_TIME,
                                Disposition.PROVIDED, "2026-12-01 09:00", null),
                        RequestedItem.CUSTODY_STATUS, new ItemAnswer(RequestedItem.CUSTODY_STATUS,
                                Disposition.PROVIDED, "In custody", null)), false, StructuredAnswer.NONE);
                yield id;
            }
            default -> throw new IllegalArgumentException("no fixture for " + state);
        };
    }

    public int version(long id) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT version FROM requests WHERE id = :id")
                .bind("id", id).mapTo(Integer.class).one());
    }

    public RequestState state(long id) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT state FROM requests WHERE id = :id")
                .bind("id", id).mapTo(String.class).map(RequestState::valueOf).one());
    }

    /** The version a page's forms carry, as a person's browser would send it back. */
    public static String versionOn(String page) {
        Matcher m = VERSION.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no form with a version on the page");
        }
        return m.group(1);
    }

    private long idOf(String trackingNumber) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM requests WHERE tracking_number = :t")
                .bind("t", trackingNumber).mapTo(Long.class).one());
    }
}
