package liaison.accounts;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Time-based one-time codes (RFC 6238): SHA-1, 6 digits, 30-second steps, the step before and after accepted for
 * clock drift. The code generator and secrets are the totp library's; which step matched is worked out here, since
 * a step once used must be refused (the caller keeps the last used step). Time comes from the portal's clock.
 */
final class Totp {
    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    private static final int DRIFT_STEPS = 1;
    private static final String ISSUER = "Liaison";
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private final Clock clock;
    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();

    public Totp(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret: 160 bits, in Base32 (32 characters). */
    public String newSecret() {
        return secrets.generate();
    }

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code for this step. */
    public String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code generation failed", e);
        }
    }

    /** Whether the input has the shape of a code (six digits), as opposed to a recovery code. */
    public static boolean looksLikeCode(String input) {
        return input != null && CODE.matcher(input).matches();
    }

    /**
     * The step whose code this is, among now, the step before and the step after, skipping steps at or before
     * {@code lastUsedStep} (a code cannot be used twice, nor an older one after a newer); empty if none matches.
     */
    public OptionalLong matchingStep(String secret, String code, Long lastUsedStep) {
        if (secret == null || !looksLikeCode(code)) {
            return OptionalLong.empty();
        }
        long now = stepAt(clock.instant());
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if ((lastUsedStep == null || step > lastUsedStep) && sameCode(code(secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// address an authenticator app reads from the QR code. */
    public static String uri(String secret, String accountName) {
        return new QrData.Builder().label(accountName).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    /** The secret in groups of four, as people type it into an app. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?=.)", "$1 ");
    }

    private static boolean sameCode(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
