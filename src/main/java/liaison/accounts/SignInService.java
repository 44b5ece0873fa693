package liaison.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * The first sign-in step: checks a sign-in name and password, counts failures toward the lockout, and records every
 * attempt in the audit log. A name that matches no account is counted and locked the same way (by a digest of the
 * name), so "account locked" is said of any name after five failures and tells nobody whether an account exists;
 * and a locked name is refused without checking the password, so a lock cannot be used to go on guessing it.
 */
final class SignInService {
    /** Longest sign-in name looked up; anything longer cannot be an account (RFC 5321 limit). */
    public static final int MAX_EMAIL = 254;
    static final int MAX_PASSWORD = 1024;

    enum Status { ACCEPTED, FAILED, LOCKED }

    /** What the password step decided; {@code account} only when accepted. */
    record PasswordResult(Status status, SecurityRecord account) {
        static final PasswordResult FAILED = new PasswordResult(Status.FAILED, null);
        static final PasswordResult LOCKED = new PasswordResult(Status.LOCKED, null);
    }

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

    /** The password step; the caller must not tell which part was wrong. */
    PasswordResult checkPassword(String email, String password, String clientIp) {
        String name = normalise(email);
        if (name.isEmpty() || name.length() > MAX_EMAIL || password == null || password.isEmpty()
                || password.length() > MAX_PASSWORD) {
            audit.append(AuditEvent.of("sign-in.failed").details("malformed sign-in").from(clientIp));
            return PasswordResult.FAILED;
        }
        AccountSecurityDao dao = jdbi.onDemand(AccountSecurityDao.class);
        Instant now = clock.instant();
        Optional<SecurityRecord> record = dao.byEmail(name);
        if (record.isEmpty()) {
            return unknownName(dao, name, password, clientIp, now);
        }
        SecurityRecord found = record.get();
        if (found.lockout().lockedAt(now)) {
            audit.append(failed(found, clientIp).details("account locked"));
            return PasswordResult.LOCKED;
        }
        boolean passwordMatches = hasher.verify(password, found.passwordHash());
        if (!passwordMatches || !found.active()) {
            Lockout after = dao.recordFailure(found.id(), now);
            audit.append(failed(found, clientIp).details(passwordMatches ? "account inactive" : "wrong password"));
            return lockedNow(found, after, now, clientIp) ? PasswordResult.LOCKED : PasswordResult.FAILED;
        }
        return new PasswordResult(Status.ACCEPTED, found);
    }

    private PasswordResult unknownName(AccountSecurityDao dao, String name, String password, String clientIp,
                                       Instant now) {
        String nameHash = digest(name);
        if (dao.nameLockout(nameHash).map(l -> l.lockedAt(now)).orElse(false)) {
            audit.append(AuditEvent.of("sign-in.failed").details("unknown sign-in name, locked").from(clientIp));
            return PasswordResult.LOCKED;
        }
        hasher.verifyDecoy(password);
        Lockout after = dao.recordNameFailure(nameHash, now);
        audit.append(AuditEvent.of("sign-in.failed").details("unknown sign-in name").from(clientIp));
        return after.lockedAt(now) ? PasswordResult.LOCKED : PasswordResult.FAILED;
    }

    /** Audits a lock that this failure caused; says whether there is one. */
    boolean lockedNow(SecurityRecord account, Lockout after, Instant now, String clientIp) {
        if (!after.lockedAt(now)) {
            return false;
        }
        audit.append(AuditEvent.of("sign-in.locked").by(account.id(), account.email(), null)
                .on("account", account.id()).details(Lockout.MAX_FAILURES + " failed attempts").from(clientIp));
        return true;
    }

    static AuditEvent failed(SecurityRecord account, String clientIp) {
        return AuditEvent.of("sign-in.failed").by(account.id(), account.email(), null).on("account", account.id())
                .from(clientIp);
    }

    public void signedOut(Account account, String clientIp) {
        audit.append(AuditEvent.of("sign-out").by(account.id(), account.email(), account.agencyId())
                .on("account", account.id()).from(clientIp));
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String digest(String name) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
