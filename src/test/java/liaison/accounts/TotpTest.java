package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liaison.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP against RFC 6238's own test vectors (Appendix B), the drift window, and one use per code. */
class TotpTest {
    /** RFC 6238's SHA-1 seed, the ASCII "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private final MutableClock clock = new MutableClock(Instant.EPOCH);
    private final Totp totp = new Totp(clock);

    /** The RFC's 8-digit SHA-1 values; a 6-digit code is the same number's last six digits. */
    @ParameterizedTest(name = "T = {0}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void rfc6238TestVectors(long unixTime, String eightDigits) {
        clock.set(Instant.ofEpochSecond(unixTime));
        String expected = eightDigits.substring(2);
        assertEquals(expected, totp.code(RFC_SECRET, Totp.stepAt(clock.instant())));
        assertEquals(OptionalLong.of(unixTime / 30), totp.matchingStep(RFC_SECRET, expected, null));
    }

    @Test
    void theStepBeforeAndAfterAreAcceptedForClockDriftButNoFurther() {
        clock.set(Instant.ofEpochSecond(1_111_111_111));
        long now = Totp.stepAt(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            assertEquals(OptionalLong.of(step), totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, step), null));
        }
        assertTrue(totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, now - 2), null).isEmpty());
        assertTrue(totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, now + 2), null).isEmpty());
    }

    @Test
    void aUsedStepAndAnyEarlierOneAreRefused() {
        clock.set(Instant.ofEpochSecond(1_234_567_890));
        long now = Totp.stepAt(clock.instant());
        String code = totp.code(RFC_SECRET, now);
        assertTrue(totp.matchingStep(RFC_SECRET, code, now).isEmpty(), "the same code again");
        assertTrue(totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, now - 1), now).isEmpty(), "an older one");
        assertEquals(OptionalLong.of(now + 1), totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, now + 1), now));
    }

    @Test
    void onlySixDigitsAreACode() {
        clock.set(Instant.ofEpochSecond(59));
        for (String notACode : new String[] {"", "28708", "2870822", "28708a", " 287082", "２８７０８２", "-87082"}) {
            assertFalse(Totp.looksLikeCode(notACode), notACode);
            assertTrue(totp.matchingStep(RFC_SECRET, notACode, null).isEmpty(), notACode);
        }
        assertTrue(totp.matchingStep(null, "287082", null).isEmpty());
    }

    @Test
    void newSecretsAre160RandomBitsInBase32() {
        Set<String> secrets = java.util.stream.IntStream.range(0, 50).mapToObj(i -> totp.newSecret())
                .collect(Collectors.toSet());
        assertEquals(50, secrets.size());
        secrets.forEach(s -> assertTrue(Pattern.matches("[A-Z2-7]{32}", s), s));
    }

    @Test
    void theAppAddressNamesTheIssuerAndTheParameters() {
        String uri = Totp.uri("JBSWY3DPEHPK3PXP", "clerk@nyc-doc.example");
        assertTrue(uri.startsWith("otpauth://totp/"), uri);
        for (String part : new String[] {"secret=JBSWY3DPEHPK3PXP", "issuer=Liaison", "algorithm=SHA1", "digits=6",
                "period=30"}) {
            assertTrue(uri.contains(part), uri);
        }
        assertEquals("JBSW Y3DP EHPK 3PXP", Totp.grouped("JBSWY3DPEHPK3PXP"));
    }

    @Test
    void theQrCodeIsAnSvgWithNoStyleAndAnAccessibleName() {
        String svg = QrCodeSvg.of(Totp.uri("JBSWY3DPEHPK3PXP", "a@b.example"), "QR code \"for\" <app>");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("role=\"img\" aria-label=\"QR code &quot;for&quot; &lt;app&gt;\""), svg);
        assertFalse(svg.contains("style"), "the CSP allows no inline style");
        assertTrue(svg.contains("<path fill=\"#000\" d=\"M"), svg);
    }
}
