package liaison.policies;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import liaison.accounts.Account;
import liaison.agencies.Agency;
import liaison.agencies.AgencyDao;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.requests.LegalProcess;
import liaison.requests.Request;
import liaison.requests.RequestedItem;
import liaison.requests.WorkflowException;
import org.jdbi.v3.core.Jdbi;

/**
 * Agencies' information-sharing policies (DESIGN.md §6): publishing a new version, reading the current one or any
 * older one, and evaluating an item under a legal process, for the request form and the clerk's answer form.
 */
public final class PolicyService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public PolicyService(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agency whose policy a page shows. */
    public Optional<Agency> agency(long id) {
        return jdbi.onDemand(AgencyDao.class).find(id);
    }

    public Optional<PolicyVersion> current(long agencyId) {
        return jdbi.withHandle(h -> PolicyReads.current(h, agencyId));
    }

    public Optional<PolicyVersion> version(long id) {
        return jdbi.withHandle(h -> PolicyReads.version(h, id));
    }

    /** Version {@code number} of the agency's policy (1 is the first it published). */
    public Optional<PolicyVersion> version(long agencyId, int number) {
        return dao().version(agencyId, number);
    }

    /** The agency's versions, newest first, below {@code before}; one more than {@code limit} asks for a next page. */
    public List<PolicyDao.Line> versions(long agencyId, int before, int limit) {
        return dao().versions(agencyId, before, limit);
    }

    /** What the agency's current policy says for the item under the process; empty when it says nothing. */
    public Optional<Decision> evaluate(long agencyId, RequestedItem item, LegalProcess process) {
        return current(agencyId).flatMap(p -> p.decision(item, process));
    }

    /** The agency's date today, in its time zone: the earliest a new version may take effect on. */
    public LocalDate today(long agencyId) {
        String zone = dao().timeZone(agencyId).orElse("America/New_York");
        try {
            return LocalDate.ofInstant(clock.instant(), ZoneId.of(zone));
        } catch (DateTimeException e) {
            return LocalDate.ofInstant(clock.instant(), ZoneId.of("America/New_York"));
        }
    }

    /**
     * Publishes the next version of the admin's own agency's policy. Empty when a version was published since
     * the admin's form was opened at {@code basedOn} (0: there was none): nothing is published then.
     */
    public Optional<Integer> publish(Account admin, NewPolicy policy, int basedOn) {
        if (!PolicyRules.canPublish(admin)) {
            throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED, "only local agencies' admins publish");
        }
        if (policy.statement().isBlank() || Matrix.withholdsAnything(policy.rules()) && policy.citations().isEmpty()) {
            throw new IllegalArgumentException("a policy needs a statement, and citations when it withholds");
        }
        long agencyId = admin.agencyId();
        return jdbi.inTransaction(h -> {
            PolicyDao dao = h.attach(PolicyDao.class);
            dao.lockAgency(agencyId).orElseThrow();
            int last = dao.lastVersion(agencyId);
            if (last != basedOn) {
                return Optional.empty();
            }
            int number = last + 1;
            dao.insert(agencyId, number, policy, admin.id(), clock.instant());
            audit.append(h, AuditEvent.of("policy.published").by(admin.id(), admin.email(), agencyId)
                    .on("policy", agencyId + "/" + number).details("version " + number + ", effective "
                            + policy.effectiveOn() + ", " + policy.citations().size() + " citation(s)"));
            return Optional.of(number);
        });
    }

    /** What each recipient's current policy says about the items under the process, in the recipients' order. */
    public List<AgencyPreview> preview(Collection<Agency> recipients, Set<RequestedItem> items, LegalProcess process) {
        PolicyDao dao = dao();
        return recipients.stream().map(a -> {
            PolicyVersion p = dao.current(a.id()).orElse(null);
            List<AgencyPreview.Line> lines = items.stream().sorted()
                    .map(i -> new AgencyPreview.Line(i, Reading.of(p, i, process))).toList();
            return new AgencyPreview(a.id(), a.name(), p == null ? null : p.version(), lines);
        }).toList();
    }

    /** The suggestions for answering {@code r}: its agency's current policy, under the request's legal process. */
    public AnswerGuide guide(Request r) {
        return AnswerGuide.of(current(r.agencyId()).orElse(null), r);
    }

    /** The version an answered request relied on; the caller has checked the request is visible. */
    public Optional<PolicyVersion> reliedOn(long requestId) {
        return jdbi.withHandle(h -> PolicyReads.reliedOn(h, requestId));
    }

    private PolicyDao dao() {
        return jdbi.onDemand(PolicyDao.class);
    }
}
