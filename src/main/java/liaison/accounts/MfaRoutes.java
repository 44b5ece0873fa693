package liaison.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import liaison.system.AccessControl;
import liaison.system.Messages;
import liaison.system.Problems;
import liaison.system.Security;

/**
 * The second sign-in step, after the password: enrollment at the first sign-in (QR code and key, confirmed with a
 * code, then the recovery codes shown once), or a code at every later one. Reached only through
 * {@link AccessControl}, which sends an unfinished sign-in here and nowhere else.
 */
final class MfaRoutes {
    private static final String CODE = "code";

    private final SecondFactor secondFactor;
    private final SignInSessions sessions;
    private final Totp totp;
    private final SignInRateLimit rateLimit;
    private final Messages messages;

    public MfaRoutes(SecondFactor secondFactor, SignInSessions sessions, Totp totp, SignInRateLimit rateLimit,
                     Messages messages) {
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.totp = totp;
        this.rateLimit = rateLimit;
        this.messages = messages;
    }

    public void codeForm(Context ctx) {
        if (SignInSessions.enrolling(ctx)) {
            ctx.redirect(SignInSessions.ENROLL_PATH);
            return;
        }
        renderCode(ctx, null);
    }

    public void verifyCode(Context ctx) {
        if (SignInSessions.enrolling(ctx)) {
            ctx.redirect(SignInSessions.ENROLL_PATH, HttpStatus.SEE_OTHER);
            return;
        }
        String input = ctx.formParam(CODE);
        if (input == null || input.isBlank()) {
            renderCode(ctx, messages.get("mfa.error.required"));
            return;
        }
        if (!rateLimit.allow(ctx.ip())) {
            SignInRoutes.tooMany(ctx);
            return;
        }
        Account account = pending(ctx);
        switch (secondFactor.verify(account.id(), input, ctx.ip())) {
            case ACCEPTED -> ctx.redirect(sessions.secondFactorDone(ctx, account), HttpStatus.SEE_OTHER);
            case WRONG -> renderCode(ctx, messages.get("mfa.error.wrong"));
            case LOCKED -> locked(ctx);
        }
    }

    public void enrollForm(Context ctx) {
        if (!SignInSessions.enrolling(ctx)) {
            ctx.redirect(SignInSessions.CODE_PATH);
            return;
        }
        renderEnroll(ctx, null);
    }

    public void enroll(Context ctx) {
        if (!SignInSessions.enrolling(ctx)) {
            ctx.redirect(SignInSessions.CODE_PATH, HttpStatus.SEE_OTHER);
            return;
        }
        String input = ctx.formParam(CODE);
        if (input == null || input.isBlank()) {
            renderEnroll(ctx, messages.get("mfa.error.required"));
            return;
        }
        if (!rateLimit.allow(ctx.ip())) {
            SignInRoutes.tooMany(ctx);
            return;
        }
        Account account = pending(ctx);
        String secret = sessions.enrollmentSecret(ctx, totp);
        SecondFactor.Enrollment enrollment = secondFactor.enroll(account.id(), secret, input, ctx.ip());
        switch (enrollment.result()) {
            case ACCEPTED -> {
                String next = sessions.secondFactorDone(ctx, account);
                // signed in from here on: the page has the person's header. The codes are shown in this answer
                // only, never stored readable, not even in the session for a redirect
                ctx.attribute(AccessControl.ACCOUNT, account);
                ctx.header("Cache-Control", "no-store");
                ctx.render("accounts/recovery-codes", Map.of("codes", enrollment.recoveryCodes(), "next", next));
            }
            case WRONG -> renderEnroll(ctx, messages.get("mfa.error.wrong"));
            case LOCKED -> locked(ctx);
        }
    }

    private void renderCode(Context ctx, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", error == null ? Map.of() : Map.of("code", error));
        model.put("problems", Problems.summary(error == null ? Map.of() : Map.of("code", error)));
        ctx.render("accounts/mfa-code", model);
    }

    private void renderEnroll(Context ctx, String error) {
        Account account = pending(ctx);
        String secret = sessions.enrollmentSecret(ctx, totp);
        Map<String, Object> model = new HashMap<>();
        model.put("errors", error == null ? Map.of() : Map.of("code", error));
        model.put("problems", Problems.summary(error == null ? Map.of() : Map.of("code", error)));
        model.put("key", Totp.grouped(secret));
        model.put("qr", QrCodeSvg.of(Totp.uri(secret, account.email()), messages.get("mfa.enroll.qrLabel")));
        ctx.header("Cache-Control", "no-store");
        ctx.render("accounts/mfa-enroll", model);
    }

    /** Locked by this wrong code: the unfinished sign-in ends, and the sign-in page says the account is locked. */
    private static void locked(Context ctx) {
        ctx.req().getSession().invalidate();
        ctx.redirect(Security.LOGIN_URL + "?error=" + AccountLockedException.ERROR, HttpStatus.SEE_OTHER);
    }

    private static Account pending(Context ctx) {
        return (Account) AccessControl.pendingAccount(ctx).orElseThrow();
    }
}
