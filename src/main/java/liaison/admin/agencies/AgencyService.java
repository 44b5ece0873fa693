package liaison.admin.agencies;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.admin.accounts.AccountAdminDao;
import liaison.agencies.Agency;
import liaison.agencies.AgencyDao;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.system.Pages;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The system admin's changes to agencies, each in one transaction with its audit entry. Deactivating an agency
 * deactivates its active accounts with it (nobody of a closed agency signs in); reactivating it brings back exactly
 * those, and not the ones an administrator or the 90-day rule had deactivated.
 */
final class AgencyService {
    /** How an edit ended. */
    public enum Saved { DONE, NOT_FOUND, NAME_TAKEN }

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public AgencyService(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of every agency, by name after {@code afterName}. */
    public Pages<Agency> page(String afterName) {
        return Pages.of(jdbi.onDemand(AgencyDao.class).page(afterName, Pages.SIZE + 1), Agency::name);
    }

    public Optional<AgencyDetails> find(long id) {
        return jdbi.onDemand(AgencyAdminDao.class).find(id);
    }

    /** The new agency's id; empty when the name is taken. */
    public Optional<Long> create(Account actor, AgencyForm.Values values, String clientIp) {
        try {
            return jdbi.inTransaction(h -> {
                AgencyAdminDao dao = h.attach(AgencyAdminDao.class);
                if (dao.nameTaken(values.name(), 0)) {
                    return Optional.empty();
                }
                long id = dao.insert(values, clock.instant());
                audit.append(h, event("agency.created", actor, id, clientIp)
                        .details(values.kind() + ": " + values.name()));
                return Optional.of(id);
            });
        } catch (UnableToExecuteStatementException e) {
            return nameTakenMeanwhile(values.name(), e);
        }
    }

    public Saved update(Account actor, long id, AgencyForm.Values values, String clientIp) {
        try {
            return jdbi.inTransaction(h -> {
                AgencyAdminDao dao = h.attach(AgencyAdminDao.class);
                if (dao.find(id).isEmpty()) {
                    return Saved.NOT_FOUND;
                }
                if (dao.nameTaken(values.name(), id)) {
                    return Saved.NAME_TAKEN;
                }
                dao.update(id, values);
                audit.append(h, event("agency.updated", actor, id, clientIp).details(values.name()));
                return Saved.DONE;
            });
        } catch (UnableToExecuteStatementException e) {
            nameTakenMeanwhile(values.name(), e);
            return Saved.NAME_TAKEN;
        }
    }

    /** False when there is no such agency. */
    public boolean deactivate(Account actor, long id, String clientIp) {
        return jdbi.inTransaction(h -> {
            if (h.attach(AgencyAdminDao.class).find(id).isEmpty()) {
                return false;
            }
            if (h.attach(AgencyAdminDao.class).setActive(id, false) == 1) {
                AccountAdminDao accounts = h.attach(AccountAdminDao.class);
                Instant now = clock.instant();
                List<Long> ids = accounts.activeOfAgency(id);
                for (long accountId : ids) {
                    accounts.deactivate(accountId, now, AccountAdminDao.WITH_AGENCY);
                    accountEvent(h, "account.deactivated", actor, accountId, clientIp);
                }
                audit.append(h, event("agency.deactivated", actor, id, clientIp)
                        .details(ids.size() + " accounts deactivated with it"));
            }
            return true;
        });
    }

    /** False when there is no such agency. */
    public boolean reactivate(Account actor, long id, String clientIp) {
        return jdbi.inTransaction(h -> {
            if (h.attach(AgencyAdminDao.class).find(id).isEmpty()) {
                return false;
            }
            if (h.attach(AgencyAdminDao.class).setActive(id, true) == 1) {
                AccountAdminDao accounts = h.attach(AccountAdminDao.class);
                List<Long> ids = accounts.inactiveWithAgency(id);
                for (long accountId : ids) {
                    accounts.reactivate(accountId);
                    accountEvent(h, "account.reactivated", actor, accountId, clientIp);
                }
                audit.append(h, event("agency.reactivated", actor, id, clientIp)
                        .details(ids.size() + " accounts reactivated with it"));
            }
            return true;
        });
    }

    private void accountEvent(Handle h, String action, Account actor, long accountId, String clientIp) {
        audit.append(h, AuditEvent.of(action).by(actor.id(), actor.email(), actor.agencyId())
                .on("account", accountId).details("with its agency").from(clientIp));
    }

    /** A unique-name clash that the check before the insert could not see: empty; anything else is thrown on. */
    private Optional<Long> nameTakenMeanwhile(String name, UnableToExecuteStatementException e) {
        if (!jdbi.onDemand(AgencyAdminDao.class).nameTaken(name, 0)) {
            throw e;
        }
        return Optional.empty();
    }

    private static AuditEvent event(String action, Account actor, long agencyId, String clientIp) {
        return AuditEvent.of(action).by(actor.id(), actor.email(), actor.agencyId()).on("agency", agencyId)
                .from(clientIp);
    }
}
