package liaison.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.agencies.AgencyDao;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.requests.AttachmentPolicy;
import liaison.requests.AttachmentService;
import liaison.requests.BusinessCalendar;
import liaison.requests.Disposition;
import liaison.requests.Enforcement;
import liaison.requests.Filing;
import liaison.requests.FilingService;
import liaison.requests.ItemAnswer;
import liaison.requests.NewCourtOrder;
import liaison.requests.Priority;
import liaison.requests.Request;
import liaison.requests.RequestClock;
import liaison.requests.RequestDao;
import liaison.requests.RequestPolicy;
import liaison.requests.RequestType;
import liaison.requests.RequestWorkflow;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.requests.Subject;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo's requests (DESIGN.md §2): the eight administrative subpoenas of the story — four from ERO New York
 * to the New York City Department of Correction, four from ERO Denver to the Denver Sheriff Department — in
 * different states of their life, and a few information requests and release notifications. Every person,
 * number and event is invented.
 *
 * <p>Everything goes through the real services, so it is on the timelines, the clock ledgers and the audit log.
 * The services run on a clock of their own that walks through the last four weeks, one step at a time in order,
 * so the history reads as it would have happened; it never passes the real present.
 */
public final class DemoRequests {
    static final String FICTIONAL = "FICTIONAL DEMO DATA: every person, number and event in this request is "
            + "invented. ";
    static final String NYC_BASIS = "Administrative, not judicial, process. NYC Admin. Code § 9-131: release "
            + "dates and custody status are shared only with a judicial warrant or a court order.";
    static final String DENVER_BASIS = "Administrative, not judicial, process. Denver Public Safety Enforcement "
            + "Priorities Act (2017): no records beyond release notification without a judicial warrant.";

    private static final ZoneId LOCAL = ZoneId.of("America/New_York");

    private final Jdbi jdbi;
    private final AuditLog realAudit;
    private final Clock realClock;
    private final StepClock clock;
    private final BusinessCalendar calendar = BusinessCalendar.federal();
    private final FilingService filings;
    private final RequestWorkflow workflow;
    private final AttachmentService attachments;
    private final Enforcement enforcement;
    private final List<Step> steps = new ArrayList<>();

    /** One thing someone does at one moment. */
    private record Step(Instant at, Runnable action) {
    }

    /** A request the script files, known by its id once the filing step has run. */
    private static final class Ref {
        private long id;
    }

    public DemoRequests(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.realAudit = audit;
        this.realClock = clock;
        this.clock = new StepClock(clock.instant());
        AuditLog stepAudit = new AuditLog(jdbi, this.clock);
        RequestClock requestClock = new RequestClock(calendar);
        RequestPolicy policy = new RequestPolicy();
        this.filings = new FilingService(jdbi, stepAudit, this.clock, requestClock);
        this.workflow = new RequestWorkflow(jdbi, stepAudit, this.clock, requestClock, policy);
        this.attachments = new AttachmentService(jdbi, stepAudit, this.clock, new AttachmentPolicy(policy));
        this.enforcement = new Enforcement(jdbi, this.clock, workflow, requestClock, policy, attachments);
    }

    /** Files and moves every demo request; call once, on the freshly seeded demo agencies and accounts. */
    public void seed() {
        People p = new People();
        newYorkSubpoenas(p);
        denverSubpoenas(p);
        otherRequests(p);
        steps.sort(Comparator.comparing(Step::at));
        for (Step step : steps) {
            clock.set(step.at());
            step.action().run();
        }
        realAudit.append(AuditEvent.of("demo.requests-seeded")
                .details(steps.size() + " steps of fictional demo requests, dated over the last four weeks"));
    }

    // --- the story

    private void newYorkSubpoenas(People p) {
        Set<RequestedItem> items = EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS,
                RequestedItem.HOME_WORK_ADDRESS, RequestedItem.BOOKING_RECORD);
        Ref homicide = subpoena(at(20, 10), p.nyRequester, p.nycDoc, items, new Subject("Tomasz Vrelnik",
                "Tomo Vrel", LocalDate.of(1984, 3, 17), "Male", "Borduria", "A000000101", "DEMO00101", null,
                "DEMO-NYC-0101"), "The subject is wanted in his home country on a warrant for homicide. The "
                + "Department arrested him on a local assault charge and released him months ago without notice "
                + "to this office. This subpoena compels the records of that release and his last known address.");
        approve(homicide, at(19, 11), p.nyApprover);
        attachSubpoena(homicide, at(19, 11).plusSeconds(300), p.nyApprover, "Tomasz Vrelnik");
        acknowledge(homicide, at(18, 10), p.nycClerk);
        answer(homicide, at(12, 15), p.nycClerk, withheld(items, NYC_BASIS), false, summary(
                "Declined: an administrative subpoena is not a judicial warrant (NYC Admin. Code § 9-131)."));

        Ref bail = subpoena(at(11, 10), p.nyRequester, p.nycDoc, items, new Subject("Anselm Krediq", null,
                LocalDate.of(1991, 8, 2), "Male", "Syldavia", "A000000102", "DEMO00102", null, null),
                "The subject was arrested for attempted rape and released on bail, despite two earlier arrests. "
                + "He is subject to a final order of removal. This subpoena compels his custody status, release "
                + "date and address.");
        approve(bail, at(10, 10), p.nyApprover);
        acknowledge(bail, at(9, 11), p.nycClerk);
        step(at(8, 14), () -> workflow.askClarification(p.nycClerk, bail.id, version(bail, p.nycClerk),
                "Our records hold two people with this name and date of birth. Please give the NYSID or the "
                + "booking number of the arrest you mean."));

        Ref warrant = subpoena(at(3, 10), p.nyRequester, p.nycDoc, items, new Subject("Dorian Paskewitz-Oro",
                "D. Oro", LocalDate.of(1979, 11, 23), "Male", "Freedonia", "A000000103", "DEMO00103", "DEMO-NY-0103",
                "DEMO-NYC-0103"), "The subject faces drug charges in this city and is the subject of an "
                + "outstanding federal warrant for illegal re-entry after removal. This subpoena compels his "
                + "release date and time so that the warrant can be executed.");
        approve(warrant, at(2, 11), p.nyApprover);

        subpoena(at(1, 10), p.nyRequester, p.nycDoc, items, new Subject("Lucan Merrowby", null,
                LocalDate.of(1988, 5, 9), "Male", "Sylvania", "A000000104", null, null, "DEMO-NYC-0104"),
                "The subject was released once before under the same policy, without notice to this office, and "
                + "was arrested again last week. This subpoena compels his release date and booking record.");
    }

    private void denverSubpoenas(People p) {
        Set<RequestedItem> narrowed = EnumSet.of(RequestedItem.HOME_WORK_ADDRESS, RequestedItem.EMERGENCY_CONTACTS,
                RequestedItem.CURRENT_CHARGES, RequestedItem.BOND_BAIL);
        Ref ignored = subpoena(at(19, 12), p.denverRequester, p.denverSheriff, narrowed, 5,
                new Subject("Fenno Raskaveli", null, LocalDate.of(1986, 1, 30), "Male", "San Lorenzo",
                        "A000000201", "DEMO00201", null, "DEMO-DEN-0201"), "The subject was arrested for "
                        + "aggravated assault. The Department has not answered this office's requests by phone.");
        approve(ignored, at(18, 14), p.denverApprover);

        Set<RequestedItem> custody = EnumSet.of(RequestedItem.CUSTODY_STATUS, RequestedItem.HOME_WORK_ADDRESS,
                RequestedItem.EMERGENCY_CONTACTS);
        Ref closed = subpoena(at(17, 11), p.denverRequester, p.denverSheriff, custody, new Subject(
                "Evander Quillon", null, LocalDate.of(1993, 6, 14), "Male", "Grand Fenwick", "A000000202",
                null, null, "DEMO-DEN-0202"), "The subject was arrested for vehicular assault and released on "
                + "bond. This subpoena compels his custody status and the address he gave at release.");
        approve(closed, at(17, 15), p.denverApprover);
        acknowledge(closed, at(16, 10), p.denverClerk);
        Map<RequestedItem, ItemAnswer> partial = withheld(custody, DENVER_BASIS);
        partial.put(RequestedItem.CUSTODY_STATUS, new ItemAnswer(RequestedItem.CUSTODY_STATUS,
                Disposition.PROVIDED, "Not in custody: released on bond three weeks before this subpoena.", null));
        answer(closed, at(14, 13), p.denverClerk, partial, false, summary(
                "Custody status provided; the address and contacts need a judicial warrant."));
        step(at(13, 10), () -> workflow.close(p.denverRequester, closed.id, version(closed, p.denverRequester)));

        // refused, referred, and ordered by the court to produce a narrowed set: back with the Department
        Set<RequestedItem> asked = EnumSet.copyOf(narrowed);
        asked.addAll(EnumSet.of(RequestedItem.BOOKING_RECORD, RequestedItem.CRIMINAL_HISTORY));
        Ref declined = subpoena(at(10, 13), p.denverRequester, p.denverSheriff, asked, new Subject(
                "Marek Ostrovny-Hale", "Marek Hale", LocalDate.of(1982, 12, 1), "Male", "Elbonia", "A000000203",
                "DEMO00203", null, "DEMO-DEN-0203"), "The subject was convicted of a felony before his removal "
                + "and re-entered. This subpoena compels his address, emergency contacts, charges, bond, booking "
                + "record and criminal history.");
        approve(declined, at(9, 9), p.denverApprover);
        acknowledge(declined, at(8, 10), p.denverClerk);
        answer(declined, at(6, 15), p.denverClerk, withheld(asked, DENVER_BASIS), false, summary(
                "Declined: the Department shares these records only with a judicial warrant."));
        step(at(5, 11), () -> enforcement.refer(p.denverApprover, declined.id, version(declined, p.denverApprover),
                "Referred to the U.S. Attorney's Office for the District of Colorado, which moves the U.S. District "
                + "Court to compel production."));
        courtOrder(declined, at(2, 14), at(3, 12).atZone(LOCAL).toLocalDate(), p.denverApprover, narrowed);

        Ref acknowledged = subpoena(at(6, 10), p.denverRequester, p.denverSheriff, narrowed, new Subject(
                "Caspian Drewlitt", null, LocalDate.of(1990, 4, 22), "Male", "Genovia", "A000000204", null,
                null, "DEMO-DEN-0204"), "The subject is held on a burglary charge and has a prior removal order. "
                + "This subpoena compels his address, emergency contacts, current charges and bond records.");
        approve(acknowledged, at(5, 14), p.denverApprover);
        acknowledge(acknowledged, at(4, 9), p.denverClerk);
    }

    private void otherRequests(People p) {
        Set<RequestedItem> release = EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS);
        Ref withdrawn = file(at(15, 9), p.nyRequester, p.nycDoc, RequestType.INFORMATION_REQUEST, Priority.ROUTINE,
                release, null, new Subject("Rufus Hallendorf", null, LocalDate.of(1975, 9, 5), "Male", "Sylvania",
                        "A000000105", null, null, null), "Is the subject in the Department's custody, and when "
                        + "is he due to be released?");
        step(at(14, 16), () -> workflow.withdraw(p.nyRequester, withdrawn.id, version(withdrawn, p.nyRequester),
                "The subject was found in federal custody in another district; no longer needed."));

        Set<RequestedItem> full = EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS,
                RequestedItem.CURRENT_CHARGES, RequestedItem.BOOKING_RECORD);
        Ref juniper = file(at(5, 10), p.nyRequester, p.juniper, RequestType.INFORMATION_REQUEST, Priority.ROUTINE,
                full, null, new Subject("Bastian Cordlewright", null, LocalDate.of(1987, 2, 11), "Male",
                        "Freedonia", "A000000106", null, null, "DEMO-JCJ-0106"), "Please send the subject's "
                        + "custody status, charges, booking record and expected release date.");
        acknowledge(juniper, at(5, 13), p.juniperClerk);
        step(at(4, 10), () -> attachments.store(p.juniperClerk, juniper.id, "booking-record-DEMO-JCJ-0106.pdf",
                pdf("BOOKING RECORD - FICTIONAL DEMO DOCUMENT", "Juniper County Jail (fictional)",
                        "Booking number: DEMO-JCJ-0106", "Name: Bastian Cordlewright (invented)",
                        "Charge: theft of a bicycle (invented)", "Every person and number here is invented."),
                Optional.of(RequestedItem.BOOKING_RECORD), null));
        Instant releaseAt = ZonedDateTime.of(calendar.addBusinessDays(today(), 4), LocalTime.of(10, 0), LOCAL)
                .toInstant();
        Map<RequestedItem, ItemAnswer> given = new LinkedHashMap<>();
        given.put(RequestedItem.RELEASE_DATE_TIME, provided(RequestedItem.RELEASE_DATE_TIME,
                "Scheduled release " + releaseAt.atZone(LOCAL).toLocalDate() + " at 10:00 local time."));
        given.put(RequestedItem.CUSTODY_STATUS, provided(RequestedItem.CUSTODY_STATUS, "In custody, sentenced."));
        given.put(RequestedItem.CURRENT_CHARGES, provided(RequestedItem.CURRENT_CHARGES,
                "Theft of a bicycle (invented)."));
        given.put(RequestedItem.BOOKING_RECORD, provided(RequestedItem.BOOKING_RECORD,
                "Attached: booking-record-DEMO-JCJ-0106.pdf"));
        answer(juniper, at(4, 11), p.juniperClerk, given, false, new StructuredAnswer("DEMO-JCJ-0106", releaseAt,
                "Juniper County Jail, main facility (fictional)", "Sentence completed", "Theft of a bicycle (invented)",
                "None", "Answered in full under the county's open policy."));
        // the office reads the produced booking record: the first line of the request's chain of custody
        step(at(3, 9), () -> attachments.download(p.nyRequester, juniper.id,
                attachments.list(juniper.id).get(0).id(), null));

        file(at(2, 15), p.nyRequester, p.juniper, RequestType.RELEASE_NOTIFICATION, Priority.ROUTINE, release, null,
                new Subject("Ignatius Welmore", null, LocalDate.of(1995, 7, 7), "Male", "Borduria", "A000000107",
                        null, null, "DEMO-JCJ-0107"), "Please tell this office the date and time of the subject's "
                        + "release, at least 48 hours ahead.");

        Ref notHeld = file(at(3, 14), p.denverRequester, p.denverSheriff, RequestType.INFORMATION_REQUEST,
                Priority.ROUTINE, release, null, new Subject("Piotr Zemblanov", null, LocalDate.of(1980, 10, 19),
                        "Male", "Elbonia", "A000000205", null, null, null), "Is the subject in the "
                        + "Department's custody?");
        Map<RequestedItem, ItemAnswer> none = new LinkedHashMap<>();
        release.forEach(i -> none.put(i, new ItemAnswer(i, Disposition.NOT_HELD, null, null)));
        answer(notHeld, at(2, 10), p.denverClerk, none, true, summary("No one of this name or number is held."));

        Instant now = realClock.instant();
        Ref emergency = file(now.minus(Duration.ofMinutes(100)), p.denverRequester, p.denverSheriff,
                RequestType.RELEASE_NOTIFICATION, Priority.EMERGENCY, release, null, new Subject("Oswin Tarrowby",
                        null, LocalDate.of(1989, 1, 26), "Male", "Syldavia", "A000000206", "DEMO00206", null,
                        "DEMO-DEN-0206"), "Threat to life: the subject has threatened a witness who lives near "
                        + "the jail. If he is released today, this office must know the hour beforehand.");
        acknowledge(emergency, now.minus(Duration.ofMinutes(70)), p.denverClerk);
    }

    // --- the script's verbs: each adds a step

    /** A subpoena with a return date ten business days after filing. */
    private Ref subpoena(Instant at, Account by, long agency, Set<RequestedItem> items, Subject s, String story) {
        return subpoena(at, by, agency, items, 10, s, story);
    }

    private Ref subpoena(Instant at, Account by, long agency, Set<RequestedItem> items, int returnDays, Subject s,
                         String story) {
        LocalDate returnDate = calendar.addBusinessDays(at.atZone(LOCAL).toLocalDate(), returnDays);
        return file(at, by, agency, RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE, items, returnDate, s,
                story);
    }

    private Ref file(Instant at, Account by, long agency, RequestType type, Priority priority,
                     Set<RequestedItem> items, LocalDate returnDate, Subject subject, String story) {
        Ref ref = new Ref();
        step(at, () -> {
            String authority = type == RequestType.ADMINISTRATIVE_SUBPOENA ? Filing.SUBPOENA_AUTHORITY : null;
            Filing filing = new Filing(0, 0, 0, type, priority, items, FICTIONAL + story, authority, returnDate,
                    List.of(agency), List.of(subject), null, 0);
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

    private void approve(Ref r, Instant at, Account approver) {
        step(at, () -> workflow.approve(approver, r.id, version(r, approver)));
    }

    private void acknowledge(Ref r, Instant at, Account clerk) {
        step(at, () -> workflow.acknowledge(clerk, r.id, version(r, clerk)));
    }

    private void answer(Ref r, Instant at, Account clerk, Map<RequestedItem, ItemAnswer> items, boolean notInCustody,
                        StructuredAnswer structured) {
        step(at, () -> workflow.answer(clerk, r.id, version(r, clerk), items, notInCustody, structured,
                DemoPolicies.reliance(jdbi, clerk.agencyId(), items)));
    }

    /** The signed subpoena, as the approving officer attaches it when serving. */
    private void attachSubpoena(Ref r, Instant at, Account approver, String subject) {
        step(at, () -> {
            Request request = jdbi.onDemand(RequestDao.class).findVisible(r.id, approver.agencyId()).orElseThrow();
            attachments.store(approver, r.id, "subpoena-" + request.trackingNumber() + ".pdf", pdf(
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
    private void courtOrder(Ref r, Instant at, LocalDate orderDate, Account approver, Set<RequestedItem> ordered) {
        step(at, () -> {
            String caseNumber = String.format("1:%02d-mc-90%03d (DEMO)", orderDate.getYear() % 100, r.id % 1000);
            LocalDate returnDate = calendar.addBusinessDays(today(), 10);
            byte[] document = pdf("ORDER COMPELLING PRODUCTION - FICTIONAL DEMO DOCUMENT",
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

    private void step(Instant at, Runnable action) {
        steps.add(new Step(at, action));
    }

    private int version(Ref r, Account viewer) {
        return jdbi.onDemand(RequestDao.class).findVisible(r.id, viewer.agencyId()).orElseThrow().version();
    }

    // --- dates: business days back from today, at a local hour of the office

    private Instant at(int businessDaysAgo, int hour) {
        LocalDate day = today();
        for (int counted = 0; counted < businessDaysAgo; ) {
            day = day.minusDays(1);
            if (calendar.isBusinessDay(day)) {
                counted++;
            }
        }
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), LOCAL).toInstant();
    }

    private LocalDate today() {
        return realClock.instant().atZone(LOCAL).toLocalDate();
    }

    // --- answers and documents

    private static Map<RequestedItem, ItemAnswer> withheld(Set<RequestedItem> items, String basis) {
        Map<RequestedItem, ItemAnswer> answers = new LinkedHashMap<>();
        items.forEach(i -> answers.put(i, new ItemAnswer(i, Disposition.WITHHELD, null, basis)));
        return answers;
    }

    private static ItemAnswer provided(RequestedItem item, String value) {
        return new ItemAnswer(item, Disposition.PROVIDED, value, null);
    }

    private static StructuredAnswer summary(String text) {
        return new StructuredAnswer(null, null, null, null, null, null, text);
    }

    /** A one-page PDF of plain ASCII lines: enough to be a real document the portal stores and serves. */
    static byte[] pdf(String... lines) {
        StringBuilder text = new StringBuilder("BT /F1 12 Tf 72 720 Td 18 TL");
        for (String line : lines) {
            text.append(" (").append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") Tj T*");
        }
        text.append(" ET");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> out.append(String.format("%010d 00000 n \n", o)));
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The demo accounts and agencies the script uses, read once. */
    private final class People {
        final Account nyRequester = account("requester@ero-ny.example");
        final Account nyApprover = account("approver@ero-ny.example");
        final Account denverRequester = account("requester@ero-denver.example");
        final Account denverApprover = account("approver@ero-denver.example");
        final Account nycClerk = account("clerk@nyc-doc.example");
        final Account denverClerk = account("clerk@denver-sheriff.example");
        final Account juniperClerk = account("clerk@county-jail.example");
        final long nycDoc = agency("New York City Department of Correction");
        final long denverSheriff = agency("Denver Sheriff Department");
        final long juniper = agency("Juniper County Jail");

        private Account account(String email) {
            AccountDao dao = jdbi.onDemand(AccountDao.class);
            return dao.signInRecord(email).flatMap(r -> dao.find(r.id()))
                    .orElseThrow(() -> new IllegalStateException("no demo account " + email));
        }

        private long agency(String name) {
            return jdbi.onDemand(AgencyDao.class).findByName(name).orElseThrow().id();
        }
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
