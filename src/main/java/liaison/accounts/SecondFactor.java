package liaison.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * The second sign-in step: an authenticator code (TOTP) or a one-time recovery code, and enrollment at the first
 * sign-in. Wrong codes count toward the same lockout as wrong passwords; a correct password does not reset the
 * count, only a completed sign-in does, so knowing the password gives no more than five tries at the code.
 */
final class SecondFactor {
    /** Longer input cannot be a code: refused before any lookup. */
    static final int MAX_INPUT = 64;

    enum Result { ACCEPTED, WRONG, LOCKED }

    /** An enrollment's outcome: the recovery codes to show once, when accepted. */
    record Enrollment(Result result, List<String> recoveryCodes) {
    }

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final Totp totp;
    private final RecoveryCodes recoveryCodes = new RecoveryCodes();
    private final SignInService signIn;

    public SecondFactor(Jdbi jdbi, AuditLog audit, Clock clock, Totp totp, SignInService signIn) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
        this.totp = totp;
        this.signIn = signIn;
    }

    /** Checks a code from the authenticator app or a recovery code, for an enrolled account. */
    Result verify(long accountId, String input, String clientIp) {
        AccountSecurityDao dao = jdbi.onDemand(AccountSecurityDao.class);
        SecurityRecord account = dao.byId(accountId).orElseThrow();
        Instant now = clock.instant();
        if (account.lockout().lockedAt(now)) {
            return Result.LOCKED;
        }
        String typed = compact(input);
        String how;
        boolean accepted;
        if (Totp.looksLikeCode(typed)) {
            how = "authenticator code";
            OptionalLong step = totp.matchingStep(account.totpSecret(), typed, account.lastTotpStep());
            // the update only succeeds for a step later than the last used: two requests with one code, one wins
            accepted = step.isPresent() && dao.useStep(accountId, step.getAsLong()) == 1;
        } else {
            how = "recovery code";
            accepted = typed.length() <= MAX_INPUT && dao.useRecoveryCode(accountId, RecoveryCodes.hash(typed), now) == 1;
            if (accepted) {
                how += ", " + dao.unusedRecoveryCodes(accountId) + " left";
            }
        }
        return accepted ? succeeded(dao, account, now, how, clientIp) : failed(dao, account, now, clientIp);
    }

    /** Confirms enrollment with a code from the app set up with {@code secret}; then issues recovery codes. */
    Enrollment enroll(long accountId, String secret, String input, String clientIp) {
        AccountSecurityDao dao = jdbi.onDemand(AccountSecurityDao.class);
        SecurityRecord account = dao.byId(accountId).orElseThrow();
        Instant now = clock.instant();
        if (account.lockout().lockedAt(now)) {
            return new Enrollment(Result.LOCKED, List.of());
        }
        OptionalLong step = totp.matchingStep(secret, compact(input), null);
        if (step.isEmpty()) {
            return new Enrollment(failed(dao, account, now, clientIp), List.of());
        }
        List<String> codes = recoveryCodes.generate();
        dao.enroll(accountId, secret, step.getAsLong(), codes.stream().map(RecoveryCodes::hash).toList(), now);
        audit.append(AuditEvent.of("mfa.enrolled").by(account.id(), account.email(), null).on("account", account.id())
                .details(codes.size() + " recovery codes issued").from(clientIp));
        return new Enrollment(succeeded(dao, account, now, "MFA enrollment", clientIp), codes);
    }

    private Result succeeded(AccountSecurityDao dao, SecurityRecord account, Instant now, String how,
                             String clientIp) {
        dao.signedIn(account.id(), now);
        audit.append(AuditEvent.of("sign-in.succeeded").by(account.id(), account.email(), agencyOf(account.id()))
                .on("account", account.id()).details(how).from(clientIp));
        return Result.ACCEPTED;
    }

    private Result failed(AccountSecurityDao dao, SecurityRecord account, Instant now, String clientIp) {
        Lockout after = dao.recordFailure(account.id(), now);
        audit.append(SignInService.failed(account, clientIp).details("wrong code"));
        return signIn.lockedNow(account, after, now, clientIp) ? Result.LOCKED : Result.WRONG;
    }

    private Long agencyOf(long accountId) {
        return jdbi.onDemand(AccountDao.class).find(accountId).map(Account::agencyId).orElse(null);
    }

    /** Codes are often typed with spaces ("123 456") or pasted with a newline. */
    static String compact(String input) {
        return input == null ? "" : input.replaceAll("\\s", "");
    }
}
