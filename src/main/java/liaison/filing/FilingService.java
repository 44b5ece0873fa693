package liaison.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import liaison.accounts.Account;
import liaison.agencies.Agency;
import liaison.agencies.AgencyDao;
import liaison.agencies.AgencyKind;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.requests.Items;
import liaison.requests.Priority;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestType;
import liaison.requests.RequestWorkflow;
import liaison.requests.Subject;
import liaison.requests.WorkflowException;
import liaison.system.FormKeys;
import liaison.system.Role;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Drafting and filing. Submitting a filing of N subjects to M agencies creates N×M requests in one transaction,
 * each with its own tracking number; subpoenas wait for an approving officer, the others reach the agency at once.
 */
public final class FilingService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final RequestWorkflow workflow;

    /** {@code workflow}: each new request is filed through it, in this service's transaction. */
    public FilingService(Jdbi jdbi, AuditLog audit, Clock clock, RequestWorkflow workflow) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.workflow = workflow;
    }

    /** Saves a draft of the actor's office; empty when it changed since it was opened (stale form). */
    public Optional<Long> saveDraft(Account actor, Filing filing) {
        requireRequester(actor);
        return jdbi.inTransaction(h -> save(h, actor, filing, clock.instant()));
    }

    private Optional<Long> save(Handle h, Account actor, Filing filing, Instant now) {
        Filing own = new Filing(filing.id(), actor.agencyId(), actor.id(), filing.type(), filing.priority(),
                filing.items(), filing.narrative(), filing.legalAuthority(), filing.returnDate(),
                filing.recipients(), filing.subjects(), null, filing.version());
        requireLocalAgencies(h, own.recipients());
        Optional<Long> id = h.attach(FilingDao.class).save(own, now);
        id.ifPresent(saved -> audit.append(h, AuditEvent.of(own.id() == 0 ? "filing.created" : "filing.updated")
                .by(actor.id(), actor.email(), actor.agencyId()).on("filing", saved)));
        return id;
    }

    /** What sending the form did: saved the draft, filed it (with the tracking numbers made), or nothing (stale). */
    public record Result(long draftId, Optional<List<String>> tracking, boolean stale) {
    }

    /**
     * Saves the form's filing and, when {@code submit}, files it: all in one transaction, so a failure (the
     * database gone) leaves nothing half-done, and a stale form changes nothing. The form's key is claimed first
     * ({@link FormKeys}): the same form sent again throws {@link FormKeys.AlreadySent}; {@code reply} says where
     * the answer leads and its message, kept with the key for a second sending.
     */
    public Result send(Account actor, Filing filing, boolean submit, Optional<FormKeys.Sent> key,
                     Function<Result, FormKeys.Reply> reply) {
        requireRequester(actor);
        return jdbi.inTransaction(h -> {
            Instant now = clock.instant();
            FormKeys.claim(h, key, actor.id(), now);
            Optional<Long> saved = save(h, actor, filing, now);
            Result sent;
            if (saved.isEmpty()) {
                sent = new Result(filing.id(), Optional.empty(), true);
            } else if (!submit) {
                sent = new Result(saved.get(), Optional.empty(), false);
            } else {
                // a new draft is inserted at version 0; saving an existing one moves it on by one
                Optional<List<String>> tracking = submit(h, actor, saved.get(),
                        filing.id() == 0 ? 0 : filing.version() + 1);
                sent = new Result(tracking.isEmpty() ? filing.id() : saved.get(), tracking, tracking.isEmpty());
            }
            if (sent.stale()) {
                h.rollback(); // nothing saved, the key unclaimed: the form comes back to be sent again
            } else {
                FormKeys.complete(h, key, actor.id(), reply.apply(sent));
            }
            return sent;
        });
    }

    /** One line of the drafts list. */
    public record DraftLine(long id, RequestType type, Priority priority, List<String> subjects, int recipients) {
    }

    /** The office's drafts, newest first. */
    public List<DraftLine> drafts(Account actor) {
        return jdbi.onDemand(FilingDao.class).drafts(actor.agencyId()).stream()
                .map(r -> new DraftLine(r.id(), r.type(), r.priority(), r.subjectNames() == null ? List.of()
                        : java.util.Arrays.stream(r.subjectNames().split(FilingDao.NAME_SEPARATOR, -1))
                                .filter(n -> !n.isBlank()).toList(), r.recipients()))
                .toList();
    }

    /** The agencies a request can be filed to: the active local agencies. */
    public List<Agency> recipients() {
        return jdbi.onDemand(AgencyDao.class).activeLocal();
    }

    public Optional<Filing> draft(Account actor, long id) {
        requireRequester(actor);
        return jdbi.onDemand(FilingDao.class).find(id, actor.agencyId()).filter(Filing::isDraft);
    }

    public boolean deleteDraft(Account actor, long id) {
        requireRequester(actor);
        return jdbi.inTransaction(h -> {
            boolean deleted = h.attach(FilingDao.class).deleteDraft(id, actor.agencyId()) == 1;
            if (deleted) {
                audit.append(h, AuditEvent.of("filing.deleted").by(actor.id(), actor.email(), actor.agencyId())
                        .on("filing", id));
            }
            return deleted;
        });
    }

    /**
     * Open requests of the actor's own office already addressed to the same agency about the same identifiers, for
     * a warning. Other offices' are never named (the agency's clerks see those, on the request's page).
     */
    public List<Request> duplicates(Account actor, Filing filing) {
        requireRequester(actor);
        RequestDao dao = jdbi.onDemand(RequestDao.class);
        List<Request> found = new ArrayList<>();
        for (long agencyId : filing.recipients()) {
            for (Subject s : filing.subjects()) {
                if (blank(s.aNumber()) && blank(s.fbiNumber()) && blank(s.bookingNumber())) {
                    continue;
                }
                dao.openOfOfficeWithIdentifier(actor.agencyId(), agencyId, nullIfBlank(s.aNumber()),
                        nullIfBlank(s.fbiNumber()), nullIfBlank(s.bookingNumber())).stream()
                        .filter(r -> found.stream().noneMatch(f -> f.id() == r.id())).forEach(found::add);
            }
        }
        return found;
    }

    /** Files a validated draft; returns the tracking numbers created, or empty when the draft was stale. */
    public Optional<List<String>> submit(Account actor, long filingId, int version) {
        requireRequester(actor);
        return jdbi.inTransaction(h -> submit(h, actor, filingId, version));
    }

    private Optional<List<String>> submit(Handle h, Account actor, long filingId, int version) {
        FilingDao filings = h.attach(FilingDao.class);
        if (filings.lockRow(filingId, actor.agencyId()).filter(r -> r.submittedAt() == null).isEmpty()) {
            throw new liaison.requests.WorkflowException(WorkflowException.Reason.NOT_FOUND, "no such draft");
        }
        Filing filing = filings.find(filingId, actor.agencyId()).orElseThrow();
        if (filing.version() != version) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        filings.markSubmitted(filingId, version, now);
        List<String> tracking = new ArrayList<>();
        for (Subject subject : filing.subjects()) {
            for (long agencyId : filing.recipients()) {
                tracking.add(create(h, actor, filing, subject, agencyId, now));
            }
        }
        audit.append(h, AuditEvent.of("filing.submitted").by(actor.id(), actor.email(), actor.agencyId())
                .on("filing", filingId).details(String.join(", ", tracking)));
        return Optional.of(tracking);
    }

    private String create(Handle h, Account actor, Filing filing, Subject subject, long agencyId, Instant now) {
        RequestDao dao = h.attach(RequestDao.class);
        String tracking = String.format("LIA-%d-%06d", Year.now(clock.withZone(ZoneOffset.UTC)).getValue(),
                dao.nextTrackingDigits());
        return workflow.file(h, actor, filing.type(), (handle, state, at) -> {
            long id = handle.attach(FilingDao.class).insertRequest(tracking, filing, actor.id(), agencyId, state,
                    Items.join(filing.items()), subject, at);
            filing.items().forEach(item -> dao.insertItem(id, item));
            return id;
        }).trackingNumber();
    }

    private static void requireRequester(Account actor) {
        if (!actor.has(Role.REQUESTER) || actor.agencyKind() != AgencyKind.FEDERAL_OFFICE) {
            throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED, "only requesters of a federal office file");
        }
    }

    private static void requireLocalAgencies(Handle h, List<Long> agencyIds) {
        AgencyDao agencies = h.attach(AgencyDao.class);
        for (long id : agencyIds) {
            if (agencies.find(id).filter(a -> a.kind() == AgencyKind.LOCAL_AGENCY && a.active()).isEmpty()) {
                throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED, "recipient is not a local agency");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s.strip();
    }
}
