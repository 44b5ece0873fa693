package liaison.accounts;

import java.util.List;
import liaison.audit.AuditLog;
import liaison.system.AccessControl;
import liaison.system.Destinations;
import liaison.system.Infrastructure;
import liaison.system.Route;
import liaison.system.Security;

import static liaison.system.Role.ANYONE;
import static liaison.system.Role.SIGNED_IN;
import static liaison.system.Role.SIGNING_IN;

/**
 * Signing in (password, then second factor), sessions, lockout and rate limit (DESIGN.md §7), and changing one's
 * password; the access check every route passes is built on them.
 */
public final class AccountsModule {
    private final PasswordRules passwordRules;
    private final AccountSecurity accountSecurity;
    private final AccessControl access;
    private final SignInRoutes signInRoutes;
    private final MfaRoutes mfaRoutes;
    private final PasswordRoutes passwordRoutes;

    /**
     * {@code signInAttemptsPerMinute}: per client address, password and code steps together; {@code secureCookies}:
     * the portal is behind TLS; {@code destinations}: the pages each person may open, where sign-in may end.
     */
    public AccountsModule(Infrastructure infra, AuditLog audit, PasswordHasher hasher, int signInAttemptsPerMinute,
                          boolean secureCookies, Destinations destinations) {
        var jdbi = infra.jdbi();
        var clock = infra.clock();
        var signIn = new SignInService(jdbi, hasher, audit, clock);
        var sessions = new SignInSessions(jdbi, clock, destinations);
        var rateLimit = new SignInRateLimit(jdbi, clock, signInAttemptsPerMinute);
        var totp = new Totp(clock);
        var security = new Security(new AccountAuthenticator(signIn, sessions));
        this.passwordRules = new PasswordRules(infra.messages());
        this.accountSecurity = new AccountSecurity(jdbi, hasher, passwordRules, audit, clock, infra.messages(), signIn);
        this.access = new AccessControl(security, sessions, secureCookies);
        this.signInRoutes = new SignInRoutes(security, signIn, rateLimit);
        this.mfaRoutes = new MfaRoutes(new SecondFactor(jdbi, audit, clock, totp, signIn), sessions, totp, rateLimit,
                infra.messages());
        this.passwordRoutes = new PasswordRoutes(accountSecurity, sessions, infra.messages());
    }

    /** What a new password must be: for every page where one is chosen. */
    public PasswordRules passwordRules() {
        return passwordRules;
    }

    /** Unlock, reset MFA, force a password change: for the admin pages (which check permissions and audit). */
    public AccountSecurity accountSecurity() {
        return accountSecurity;
    }

    /** The one access check, run before every matched route. */
    public AccessControl access() {
        return access;
    }

    public List<Route> routes() {
        return List.of(
                Route.get(Security.LOGIN_URL, signInRoutes::form, ANYONE),
                Route.post(Security.CALLBACK_URL, signInRoutes::callback, ANYONE),
                Route.get(SignInSessions.CODE_PATH, mfaRoutes::codeForm, SIGNING_IN),
                Route.post(SignInSessions.CODE_PATH, mfaRoutes::verifyCode, SIGNING_IN),
                Route.get(SignInSessions.ENROLL_PATH, mfaRoutes::enrollForm, SIGNING_IN),
                Route.post(SignInSessions.ENROLL_PATH, mfaRoutes::enroll, SIGNING_IN),
                Route.post("/logout", signInRoutes::signOut, SIGNED_IN, SIGNING_IN),
                Route.get(SignInSessions.PASSWORD_PATH, passwordRoutes::form, SIGNED_IN),
                Route.post(SignInSessions.PASSWORD_PATH, passwordRoutes::change, SIGNED_IN));
    }
}
