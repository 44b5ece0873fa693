package liaison.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.system.Messages;
import org.jdbi.v3.core.Jdbi;

/**
 * What can be done to an account's credentials: the person changes their password; an administrator unlocks it,
 * resets its MFA or makes the person choose a new password. The administrator operations check no permissions
 * and write no audit entry: the admin routes that call them do both, as they know who acts and on whose behalf.
 */
public final class AccountSecurity {
    /** The fields of the change-password form, as its errors are keyed. */
    public static final String CURRENT = "current";
    public static final String PASSWORD = "password";
    public static final String CONFIRM = "confirm";

    /** The outcome of a change: errors by field (empty when changed), and whether wrong tries locked the account. */
    public record Change(Map<String, String> errors, boolean locked) {
        public boolean done() {
            return errors.isEmpty();
        }
    }

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final PasswordRules rules;
    private final AuditLog audit;
    private final Clock clock;
    private final Messages messages;
    private final SignInService signIn;

    public AccountSecurity(Jdbi jdbi, PasswordHasher hasher, PasswordRules rules, AuditLog audit, Clock clock,
                           Messages messages, SignInService signIn) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
        this.signIn = signIn;
    }

    /** Ends a lockout at once and clears the count of failures; whether the account exists. */
    public boolean unlock(long accountId) {
        return dao().unlock(accountId) == 1;
    }

    /**
     * Forgets the authenticator and recovery codes: the person enrolls again at the next sign-in. Their sessions
     * end (the credentials stamp changes, see {@link SignInSessions}). Whether the account exists.
     */
    public boolean resetMfa(long accountId) {
        return dao().resetMfa(accountId);
    }

    /** The person must choose a new password before anything else, from their next request on. */
    public boolean forcePasswordChange(long accountId) {
        return dao().forcePasswordChange(accountId) == 1;
    }

    /**
     * Sets a password chosen on another page (the invitation's), which the caller has checked with
     * {@link PasswordRules}: hashed, dated, and any demand for a change cleared. Other sessions of the account end.
     */
    public void setPassword(long accountId, String password) {
        dao().setPassword(accountId, hasher.hash(password), clock.instant());
    }

    boolean mustChangePassword(long accountId) {
        return dao().byId(accountId).map(SecurityRecord::mustChangePassword).orElse(false);
    }

    /**
     * The person's own change: the current password must be right (a wrong one counts toward the lockout, as on
     * the sign-in page), the new one must pass {@link PasswordRules} and be typed twice alike.
     */
    Change changePassword(long accountId, String current, String password, String confirm, String clientIp) {
        AccountSecurityDao dao = dao();
        SecurityRecord account = dao.byId(accountId).orElseThrow();
        Instant now = clock.instant();
        Map<String, String> errors = new LinkedHashMap<>();
        boolean locked = false;
        if (current == null || current.isEmpty()) {
            errors.put(CURRENT, messages.get("changePassword.error.currentRequired"));
        } else if (current.length() > SignInService.MAX_PASSWORD || !hasher.verify(current, account.passwordHash())) {
            errors.put(CURRENT, messages.get("changePassword.error.currentWrong"));
            audit.append(SignInService.failed(account, clientIp).details("wrong current password"));
            locked = signIn.lockedNow(account, dao.recordFailure(accountId, now), now, clientIp);
        }
        rules.problem(password, account.email()).ifPresentOrElse(problem -> errors.put(PASSWORD, problem), () -> {
            if (!password.equals(confirm)) {
                errors.put(CONFIRM, messages.get("changePassword.error.mismatch"));
            } else if (!errors.containsKey(CURRENT) && hasher.verify(password, account.passwordHash())) {
                errors.put(PASSWORD, messages.get("changePassword.error.same"));
            }
        });
        if (errors.isEmpty()) {
            dao.setPassword(accountId, hasher.hash(password), now);
            audit.append(AuditEvent.of("account.password-changed").by(account.id(), account.email(), null)
                    .on("account", account.id()).from(clientIp));
        }
        return new Change(errors, locked);
    }

    private AccountSecurityDao dao() {
        return jdbi.onDemand(AccountSecurityDao.class);
    }
}
