package liaison.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import liaison.accounts.Account;
import liaison.answers.Answering;
import liaison.answers.AnswersModule;
import liaison.attachments.AttachmentService;
import liaison.attachments.AttachmentsModule;
import liaison.audit.AuditLog;
import liaison.deadlines.BusinessCalendar;
import liaison.enforcement.Enforcement;
import liaison.enforcement.EnforcementModule;
import liaison.enforcement.NewCourtOrder;
import liaison.filing.Filing;
import liaison.filing.FilingModule;
import liaison.filing.FilingService;
import liaison.policies.PoliciesModule;
import liaison.requests.Affirmation;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Priority;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestType;
import liaison.requests.RequestWorkflow;
import liaison.requests.RequestedItem;
import liaison.requests.RequestsModule;
import liaison.requests.StructuredAnswer;
import liaison.requests.Subject;
import liaison.system.Infrastructure;
import liaison.system.Messages;
import org.jdbi.v3.core.Jdbi;

/**
 * The script the demo requests are written in (see {@link DemoRequests}): its verbs each add a step, something
 * someone does at one moment; {@link #run} then plays the steps in order of time, with the services on a clock of
 * their own set to each step's moment, so the timelines, the clock ledgers and the audit log read as they would have
 * happened. The clock never passes the real present.
 */
final class DemoScript {
    static final ZoneId LOCAL = ZoneId.of("America/New_York");

    final BusinessCalendar calendar = BusinessCalendar.federal();
    final RequestWorkflow workflow;
    final Answering answering;
    final AttachmentService attachments;
    final Enforcement enforcement;

    private final Jdbi jdbi;
    private final Clock realClock;
    private final StepClock clock;
    private final FilingService filings;
    private final List<Step> steps = new ArrayList<>();
    private final Messages messages = new Messages();

    /** One thing someone does at one moment. */
    private record Step(Instant at, Runnable action) {
    }

    /** A request the script files, known by its id once the filing step has run. */
    static final class Ref {
        private long id;

        long id() {
            return id;
        }
    }

    DemoScript(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.realClock = clock;
        this.clock = new StepClock(clock.instant());
        // the portal's own modules, on the script's clock
        var infra = new Infrastructure(jdbi, this.clock, messages);
        AuditLog stepAudit = new AuditLog(jdbi, this.clock);
        var requests = new RequestsModule(infra, stepAudit);
        var policies = new PoliciesModule(infra, stepAudit);
        var files = new AttachmentsModule(infra, stepAudit, requests);
        this.filings = new FilingModule(infra, stepAudit, requests, policies.service()).service();
        this.workflow = requests.workflow();
        this.attachments = files.service();
        this.enforcement = new EnforcementModule(infra, requests, files).service();
        this.answering = new AnswersModule(infra, stepAudit, requests, policies.service(), files, "").answering();
    }

    /** Plays every step added so far, earliest first (at the same moment, in the order added); returns how many. */
    int run() {
        steps.sort(Comparator.comparing(Step::at));
        for (Step step : steps) {
            clock.set(step.at());
            step.action().run();
        }
        return steps.size();
    }

    // --- the script's verbs: each adds a step

    /** A subpoena with a return date ten business days after filing. */
    Ref subpoena(Instant at, Account by, long agency, Set<RequestedItem> items, Subject s, String story) {
        return subpoena(at, by, agency, items, 10, s, story);
    }

    Ref subpoena(Instant at, Account by, long agency, Set<RequestedItem> items, int returnDays, Subject s,
                 String story) {
        LocalDate returnDate = calendar.addBusinessDays(at.atZone(LOCAL).toLocalDate(), returnDays);
        return file(at, by, agency, RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, items, returnDate, s,
                story);
    }

    Ref file(Instant at, Account by, long agency, RequestType type, Priority priority,
             Set<RequestedItem> items, LocalDate returnDate, Subject subject, String story) {
        Ref ref = new Ref();
        step(at, () -> {
            String authority = type == RequestType.ADMINISTRATIVE_SUBPOENA ? Filing.SUBPOENA_AUTHORITY : null;
            Filing filing = new Filing(0, 0, 0, type, priority, items, DemoRequests.FICTIONAL + story, authority,
                    returnDate, List.of(agency), List.of(subject), null, 0);
            long draft = filings.saveDraft(by, filing).orElseThrow();
            String tracking = filings.submit(by, draft, 0).orElseThrow().get(0);
            Request filed = jdbi.onDemand(RequestDao.class).ofOffice(by.agencyId(), Long.MAX_VALUE, 1).get(0);
            if (!filed.trackingNumber().equals(tracking)) {
                throw new IllegalStateException("demo request " + tracking + " not found after filing");
            }
            ref.id = filed.id();
        });
        return ref;
    }

    void approve(Ref r, Instant at, Account approver) {
        step(at, () -> {
            Request seen = jdbi.onDemand(RequestDao.class).findVisible(r.id, approver.agencyId()).orElseThrow();
            workflow.approve(approver, r.id, seen.version(), Affirmation.statement(messages, approver, seen));
        });
    }

    void acknowledge(Ref r, Instant at, Account clerk) {
        step(at, () -> workflow.acknowledge(clerk, r.id, version(r, clerk)));
    }

    void answer(Ref r, Instant at, Account clerk, Map<RequestedItem, ItemAnswer> items, boolean notInCustody,
                StructuredAnswer structured) {
        step(at, () -> answering.answer(clerk, r.id, version(r, clerk), items, notInCustody, structured,
                DemoPolicies.reliance(jdbi, clerk.agencyId(), items)));
    }

    /** The signed subpoena, as the approving officer attaches it when serving. */
    void attachSubpoena(Ref r, Instant at, Account approver, String subject) {
        step(at, () -> {
            Request request = jdbi.onDemand(RequestDao.class).findVisible(r.id, approver.agencyId()).orElseThrow();
            attachments.store(approver, r.id, "subpoena-" + request.trackingNumber() + ".pdf", DemoPdf.pdf(
                    "ADMINISTRATIVE SUBPOENA - FICTIONAL DEMO DOCUMENT",
                    "Tracking number: " + request.trackingNumber(),
                    "To: " + request.agencyName(),
                    "Subject: " + subject + " (invented person), " + request.subject().aNumber(),
                    "Authority: 8 U.S.C. 1225(d); 8 CFR 287.4",
                    "Return date: " + request.returnDate(),
                    "Signed: " + approver.displayName() + ", approving officer (demo account)",
                    "Every person and number in this document is invented."), Optional.empty(), null);
        });
    }

    /** An invented order of the U.S. District Court, narrowed to {@code ordered}, with a return date ten business days on. */
    void courtOrder(Ref r, Instant at, LocalDate orderDate, Account approver, Set<RequestedItem> ordered) {
        step(at, () -> {
            String caseNumber = String.format("1:%02d-mc-90%03d (DEMO)", orderDate.getYear() % 100, r.id % 1000);
            LocalDate returnDate = calendar.addBusinessDays(today(), 10);
            byte[] document = DemoPdf.pdf("ORDER COMPELLING PRODUCTION - FICTIONAL DEMO DOCUMENT",
                    "United States District Court for the District of Colorado (invented order)",
                    "Case " + caseNumber + ", dated " + orderDate,
                    "The Denver Sheriff Department shall produce, by " + returnDate + ":",
                    "home / work address, emergency contacts, current charges and bond records.",
                    "Every person, number and order here is invented.");
            enforcement.recordCourtOrder(approver, r.id, version(r, approver), new NewCourtOrder(
                    "U.S. District Court for the District of Colorado", caseNumber, orderDate, returnDate, ordered,
                    "court-order-" + caseNumber.replace(" (DEMO)", "").replace(':', '-') + ".pdf", document), null);
        });
    }

    void step(Instant at, Runnable action) {
        steps.add(new Step(at, action));
    }

    /** The request's current version, as this person sees it: read when the step runs. */
    int version(Ref r, Account viewer) {
        return jdbi.onDemand(RequestDao.class).findVisible(r.id, viewer.agencyId()).orElseThrow().version();
    }

    // --- dates: business days back from today, at a local hour of the office

    Instant at(int businessDaysAgo, int hour) {
        LocalDate day = today();
        for (int counted = 0; counted < businessDaysAgo; ) {
            day = day.minusDays(1);
            if (calendar.isBusinessDay(day)) {
                counted++;
            }
        }
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), LOCAL).toInstant();
    }

    LocalDate today() {
        return realClock.instant().atZone(LOCAL).toLocalDate();
    }

    /** The real present, which the script's clock never passes. */
    Instant now() {
        return realClock.instant();
    }

    // --- answers

    static Map<RequestedItem, ItemAnswer> withheld(Set<RequestedItem> items, String basis) {
        Map<RequestedItem, ItemAnswer> answers = new LinkedHashMap<>();
        items.forEach(i -> answers.put(i, new ItemAnswer(i, Disposition.WITHHELD, null, basis)));
        return answers;
    }

    static ItemAnswer provided(RequestedItem item, String value) {
        return new ItemAnswer(item, Disposition.PROVIDED, value, null);
    }

    static StructuredAnswer summary(String text) {
        return new StructuredAnswer(null, null, null, null, null, null, text);
    }

    /** The services' clock while the script runs: set to each step's moment, never past the real present. */
    private static final class StepClock extends Clock {
        private final Instant limit;
        private Instant now;

        StepClock(Instant limit) {
            this.limit = limit;
            this.now = limit;
        }

        void set(Instant at) {
            now = at.isAfter(limit) ? limit : at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
