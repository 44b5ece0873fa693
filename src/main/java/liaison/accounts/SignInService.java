package liaison.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/** Checks a sign-in name and password against the accounts, and records every attempt in the audit log. */
public final class SignInService {
    /** Longest sign-in name looked up; anything longer cannot be an account (RFC 5321 limit). */
    public static final int MAX_EMAIL = 254;
    static final int MAX_PASSWORD = 1024;

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public SignInService(Jdbi jdbi, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account signed in, or empty; the caller must not tell which part was wrong. */
    public Optional<Account> signIn(String email, String password, String clientIp) {
        String name = normalise(email);
        if (name.isEmpty() || name.length() > MAX_EMAIL || password == null || password.isEmpty()
                || password.length() > MAX_PASSWORD) {
            audit.append(AuditEvent.of("sign-in.failed").details("malformed sign-in").from(clientIp));
            return Optional.empty();
        }
        AccountDao dao = jdbi.onDemand(AccountDao.class);
        Optional<SignInRecord> record = dao.signInRecord(name);
        if (record.isEmpty()) {
            hasher.verifyDecoy(password);
            audit.append(AuditEvent.of("sign-in.failed").details("unknown sign-in name").from(clientIp));
            return Optional.empty();
        }
        SignInRecord found = record.get();
        boolean passwordMatches = hasher.verify(password, found.passwordHash());
        if (!passwordMatches || !found.active()) {
            dao.recordFailure(found.id(), clock.instant());
            audit.append(AuditEvent.of("sign-in.failed").by(found.id(), name, null).on("account", found.id())
                    .details(passwordMatches ? "account inactive" : "wrong password").from(clientIp));
            return Optional.empty();
        }
        dao.recordSignIn(found.id(), clock.instant());
        Account account = dao.find(found.id()).orElseThrow();
        audit.append(AuditEvent.of("sign-in.succeeded").by(account.id(), account.email(), account.agencyId())
                .on("account", account.id()).from(clientIp));
        return Optional.of(account);
    }

    public void signedOut(Account account, String clientIp) {
        audit.append(AuditEvent.of("sign-out").by(account.id(), account.email(), account.agencyId())
                .on("account", account.id()).from(clientIp));
    }

    /** Account as it is now, for every request: a deactivated account loses its session at once. */
    public Optional<Account> current(long accountId) {
        return jdbi.onDemand(AccountDao.class).find(accountId).filter(Account::active);
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
