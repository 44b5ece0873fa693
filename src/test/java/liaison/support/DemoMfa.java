package liaison.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import liaison.demo.DemoData;

/**
 * The second factor of the demo accounts, for tests: the code an authenticator app set up with the demo key would
 * show at the test clock's time, computed with the TOTP library (not the portal's own code).
 */
public final class DemoMfa {
    private DemoMfa() {
    }

    /** The 6-digit code of this key at this instant (RFC 6238: SHA-1, 30-second steps). */
    public static String code(String base32Secret, Instant at) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(base32Secret,
                    Math.floorDiv(at.getEpochSecond(), 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo accounts' code now, by the test app's clock. */
    public static String code(TestApp app) {
        return code(DemoData.TOTP_SECRET, app.clock.instant());
    }

    /** This account's code now: from the key it enrolled with (the demo key, or one a test enrolled). */
    public static String codeOf(TestApp app, String email) {
        return code(app.database.jdbi().withHandle(h -> h.select(
                "SELECT totp_secret FROM accounts WHERE email = ?", normal(email)).mapTo(String.class).one()),
                app.clock.instant());
    }

    /** Whether the account has an authenticator (else its next sign-in enrolls one). */
    public static boolean enrolled(TestApp app, String email) {
        return app.database.jdbi().withHandle(h -> h.select(
                "SELECT COUNT(*) FROM accounts WHERE email = ? AND mfa_enrolled_at IS NOT NULL", normal(email))
                .mapTo(Integer.class).one()) > 0;
    }

    /**
     * Forgets which code this account used last. A code cannot be used twice, and tests sign the same person in
     * many times while their clock stands still within one 30-second step; the rule itself is tested on its own.
     */
    public static void forgetLastCode(TestApp app, String email) {
        app.database.jdbi().useHandle(h -> h.execute("UPDATE accounts SET last_totp_step = NULL WHERE email = ?",
                normal(email)));
    }

    private static String normal(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
