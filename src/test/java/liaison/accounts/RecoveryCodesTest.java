package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recovery codes: ten, random, stored as a digest that ignores how the code was typed. Single use: MfaHttpTest. */
class RecoveryCodesTest {
    @Test
    void tenDistinctCodesOfSixteenLettersAndDigits() {
        List<String> codes = new RecoveryCodes().generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(c -> assertTrue(c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"), c));
        assertNotEquals(codes, new RecoveryCodes().generate());
    }

    @Test
    void theDigestIgnoresCaseSpacesAndDashesButNothingElse() {
        String stored = RecoveryCodes.hash("abcd-efgh-ijkl-mnop");
        assertEquals(64, stored.length());
        assertEquals(stored, RecoveryCodes.hash("ABCD EFGH IJKL MNOP"));
        assertEquals(stored, RecoveryCodes.hash("abcdefghijklmnop"));
        assertNotEquals(stored, RecoveryCodes.hash("abcd-efgh-ijkl-mnoq"));
        assertNotEquals(stored, "abcd-efgh-ijkl-mnop");
    }
}
