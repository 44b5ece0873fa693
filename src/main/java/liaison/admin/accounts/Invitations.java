package liaison.admin.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.accounts.NewAccount;
import liaison.accounts.PasswordHasher;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.notifications.Mailer;
import liaison.system.Messages;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invitations: an account opened by an administrator, and a one-time link, valid 72 hours, with which the person
 * sets their password. The link goes by e-mail when a mail server is configured, after the account is committed;
 * otherwise (or when sending fails) it is shown to the administrator, once. The e-mail carries the link and the
 * portal's name only (DESIGN.md §8).
 */
public final class Invitations {
    public static final Duration VALID_FOR = Duration.ofHours(72);
    private static final Logger LOG = LoggerFactory.getLogger(Invitations.class);

    /** An invitation made; {@code shownLink} is set when the administrator must pass the link on themselves. */
    public record Sent(long accountId, String shownLink, boolean mailFailed) {
    }

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final Optional<Mailer> mailer;
    private final String baseUrl;
    private final Messages messages;

    public Invitations(Jdbi jdbi, AuditLog audit, Clock clock, PasswordHasher hasher, Optional<Mailer> mailer,
                       String baseUrl, Messages messages) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.hasher = hasher;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    /** Opens the account and sends its link; empty when the e-mail address has an account already. */
    public Optional<Sent> invite(Account actor, NewAccount account, String clientIp) {
        String token = Tokens.newToken();
        // nobody knows this password: the account cannot sign in until the link has set one
        String unusable = hasher.hash(Tokens.newToken());
        long id;
        try {
            id = jdbi.inTransaction(h -> {
                if (h.attach(AccountAdminDao.class).emailTaken(account.email())) {
                    return -1L;
                }
                Instant now = clock.instant();
                long created = h.attach(AccountDao.class).create(account, unusable, now);
                h.attach(AccountAdminDao.class).insertInvite(created, Tokens.hash(token), actor.id(), now,
                        now.plus(VALID_FOR));
                audit.append(h, event("account.invited", actor, created, clientIp)
                        .details("agency " + account.agencyId() + "; roles " + account.roles()));
                return created;
            });
        } catch (UnableToExecuteStatementException e) {
            if (!jdbi.onDemand(AccountAdminDao.class).emailTaken(account.email())) {
                throw e;
            }
            id = -1; // opened by someone else between the check and the insert
        }
        return id < 0 ? Optional.empty() : Optional.of(deliver(actor, id, account.email(), token, clientIp));
    }

    /** A new link for an invitation not yet accepted; earlier links stop working. */
    public Sent resend(Account actor, Account target, String clientIp) {
        String token = Tokens.newToken();
        jdbi.useTransaction(h -> {
            Instant now = clock.instant();
            AccountAdminDao dao = h.attach(AccountAdminDao.class);
            dao.expireInvites(target.id(), now);
            dao.insertInvite(target.id(), Tokens.hash(token), actor.id(), now, now.plus(VALID_FOR));
            audit.append(h, event("account.invite-resent", actor, target.id(), clientIp));
        });
        return deliver(actor, target.id(), target.email(), token, clientIp);
    }

    /** The invitation of this link, whatever its state; empty when the link names none. */
    public Optional<InviteToken> find(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbi.onDemand(AccountAdminDao.class).invite(Tokens.hash(token));
    }

    public boolean usable(InviteToken invite) {
        return invite.usableAt(clock.instant());
    }

    /**
     * Sets the password (already checked against the password rules) and uses the link up; false when the link
     * was used, expired or disabled meanwhile.
     */
    public boolean accept(String token, String password, String clientIp) {
        String hash = hasher.hash(password);
        return jdbi.inTransaction(h -> {
            AccountAdminDao dao = h.attach(AccountAdminDao.class);
            Instant now = clock.instant();
            InviteToken invite = dao.lockInvite(Tokens.hash(token)).orElse(null);
            if (invite == null || !invite.usableAt(now) || dao.useToken(invite.id(), now) != 1) {
                return false;
            }
            dao.setPassword(invite.accountId(), hash, now);
            audit.append(h, AuditEvent.of("account.invite-accepted").by(invite.accountId(), invite.email(), null)
                    .on("account", invite.accountId()).details("password set").from(clientIp));
            return true;
        });
    }

    /** After commit: the e-mail, or the link for the administrator when there is no mail server or it failed. */
    private Sent deliver(Account actor, long accountId, String email, String token, String clientIp) {
        String link = baseUrl + "/invite/" + token;
        if (mailer.isEmpty()) {
            return new Sent(accountId, link, false);
        }
        try {
            mailer.get().send(email, messages.get("invite.mail.subject"),
                    messages.get("invite.mail.body", link, VALID_FOR.toHours()));
            return new Sent(accountId, null, false);
        } catch (RuntimeException e) {
            LOG.warn("Invitation e-mail for account {} not sent: {}", accountId, e.getMessage());
            audit.append(event("account.invite-mail-failed", actor, accountId, clientIp));
            return new Sent(accountId, link, true);
        }
    }

    private static AuditEvent event(String action, Account actor, long accountId, String clientIp) {
        return AuditEvent.of(action).by(actor.id(), actor.email(), actor.agencyId()).on("account", accountId)
                .from(clientIp);
    }
}
