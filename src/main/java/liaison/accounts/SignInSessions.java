package liaison.accounts;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import liaison.system.Csrf;
import liaison.system.Destinations;
import liaison.system.SessionRules;
import liaison.system.Security;
import org.jdbi.v3.core.Jdbi;

/**
 * The sign-in state kept in the session (which lives in the database, so every instance sees it):
 * <ul>
 * <li>the step still to do after the password ("code" or "enroll"); until it is done no other route counts the
 * session as signed in;</li>
 * <li>when the password was accepted, for the 12-hour absolute limit (the 30-minute idle limit is Jetty's);</li>
 * <li>a stamp of the account's credentials (a digest of the password hash and MFA enrollment time): when the
 * password is changed or MFA reset, every other session's stamp no longer matches and that session ends at its
 * next request. Sessions are opaque blobs in JettySessions, so they are not looked up by account; the stamp
 * needs none of that and holds for every way a password can change.</li>
 * </ul>
 */
final class SignInSessions implements SessionRules {
    public static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);
    public static final String CODE_PATH = "/login/code";
    public static final String ENROLL_PATH = "/login/enroll";
    public static final String PASSWORD_PATH = "/account/password";
    static final String STEP = "liaison.signIn.step";
    static final String STARTED_AT = "liaison.signIn.startedAt";
    static final String STAMP = "liaison.signIn.stamp";
    static final String ENROLL_SECRET = "liaison.signIn.enrollSecret";
    private static final String STEP_CODE = "code";
    private static final String STEP_ENROLL = "enroll";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Destinations destinations;

    public SignInSessions(Jdbi jdbi, Clock clock, Destinations destinations) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.destinations = destinations;
    }

    /** After the password: the session now waits for the second factor (or its enrollment). */
    void passwordAccepted(BiConsumer<String, Object> session, SecurityRecord account) {
        session.accept(STEP, account.enrolled() ? STEP_CODE : STEP_ENROLL);
        session.accept(STARTED_AT, clock.millis());
        session.accept(STAMP, stamp(account));
        session.accept(ENROLL_SECRET, null);
        session.accept(AFTER_SIGN_IN, null);
        // the CSRF token of the pages before the password (or of an earlier sign-in) is no good from here on
        session.accept(Csrf.SESSION_ATTRIBUTE, null);
        session.accept(Security.FAILED_NAME, null);
        session.accept(Security.FAILED_ERROR, null);
    }

    /**
     * The second factor is done: a new session id, the credentials stamp taken again (enrollment changes it), and
     * where to go now: the address this sign-in was asked for, if it is a page of ours this person may open;
     * otherwise "/", their home.
     */
    String secondFactorDone(Context ctx, Account account) {
        long accountId = account.id();
        HttpSession session = ctx.req().getSession();
        ctx.req().changeSessionId();
        Csrf.renew(ctx);
        session.removeAttribute(STEP);
        session.removeAttribute(ENROLL_SECRET);
        restamp(ctx, accountId);
        Object after = session.getAttribute(AFTER_SIGN_IN);
        session.removeAttribute(AFTER_SIGN_IN);
        return after instanceof String path && destinations.mayOpen(account, path) ? path : "/";
    }

    /** After this session changed the password: it stays signed in, with a new id; all others end. */
    void passwordChanged(Context ctx, long accountId) {
        ctx.req().changeSessionId();
        restamp(ctx, accountId);
    }

    /** The enrollment secret offered to this session, made once and kept until the person confirms it. */
    String enrollmentSecret(Context ctx, Totp totp) {
        HttpSession session = ctx.req().getSession();
        if (session.getAttribute(ENROLL_SECRET) instanceof String secret) {
            return secret;
        }
        String secret = totp.newSecret();
        session.setAttribute(ENROLL_SECRET, secret);
        return secret;
    }

    /**
     * Every request's one statement about the person: the account as it is now, what its session is checked
     * against (the credentials stamp is compared on every request, so a password change ends other sessions at
     * their next one), and the number on the header's bell, read here too so a page costs no statement of its own
     * for it. A JFR profile of the benchmark's pages showed this check and the account lookup beside it (two
     * statements, each through a SqlObject proxy built anew per call) at 7 % of the portal's CPU.
     */
    private static final String CURRENT = AccountDao.COLUMNS + """
                   , a.password_hash, a.mfa_enrolled_at, a.must_change_password,
                   (SELECT COUNT(*) FROM notifications n WHERE n.account_id = a.id AND n.read_at IS NULL) AS unread
            """ + AccountDao.FROM + " WHERE a.id = :id";

    private record Current(Account account, String stamp, boolean mustChangePassword, int unread) {
    }

    private Optional<Current> current(long accountId) {
        AccountMapper accounts = new AccountMapper();
        return jdbi.withHandle(h -> h.createQuery(CURRENT).bind("id", accountId).map((rs, c) -> {
            Timestamp enrolled = rs.getTimestamp("mfa_enrolled_at");
            return new Current(accounts.map(rs, c),
                    stamp(rs.getString("password_hash"), enrolled == null ? null : enrolled.toInstant()),
                    rs.getBoolean("must_change_password"), rs.getInt("unread"));
        }).findOne());
    }

    @Override
    public State check(Context ctx, long accountId) {
        Optional<Current> found = current(accountId).filter(c -> c.account().active());
        if (found.isEmpty()) {
            // deactivated or deleted while signed in
            return State.ended(Security.LOGIN_URL);
        }
        Current current = found.get();
        HttpSession session = ctx.req().getSession(false);
        if (session == null || !(session.getAttribute(STARTED_AT) instanceof Long startedAt)
                || !(session.getAttribute(STAMP) instanceof String stamp)) {
            // a profile without our sign-in state (e.g. a session from before it existed): sign in again
            return State.ended(Security.LOGIN_URL);
        }
        if (clock.millis() - startedAt >= ABSOLUTE_LIMIT.toMillis()) {
            return State.ended(Security.LOGIN_URL + "?expired");
        }
        if (!stamp.equals(current.stamp())) {
            return State.ended(Security.LOGIN_URL + "?ended");
        }
        Object step = session.getAttribute(STEP);
        Kind kind = STEP_CODE.equals(step) || STEP_ENROLL.equals(step) ? Kind.PENDING
                : current.mustChangePassword() ? Kind.MUST_CHANGE_PASSWORD : Kind.SIGNED_IN;
        String redirect = STEP_CODE.equals(step) ? CODE_PATH : STEP_ENROLL.equals(step) ? ENROLL_PATH
                : kind == Kind.MUST_CHANGE_PASSWORD ? PASSWORD_PATH : "/";
        return new State(kind, redirect, current.account(), current.unread());
    }

    /** Whether this request's session has a sign-in waiting for its second step. */
    static boolean passwordAccepted(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        return session != null && session.getAttribute(STEP) != null;
    }

    /** Whether this session is waiting for enrollment (rather than for a code). */
    static boolean enrolling(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        return session != null && STEP_ENROLL.equals(session.getAttribute(STEP));
    }

    private void restamp(Context ctx, long accountId) {
        SecurityRecord account = jdbi.onDemand(AccountSecurityDao.class).byId(accountId).orElseThrow();
        ctx.req().getSession().setAttribute(STAMP, stamp(account));
    }

    static String stamp(SecurityRecord account) {
        return stamp(account.passwordHash(), account.mfaEnrolledAt());
    }

    private static String stamp(String passwordHash, Instant mfaEnrolledAt) {
        String credentials = passwordHash + "\n" + Objects.toString(mfaEnrolledAt, "-");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credentials.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
