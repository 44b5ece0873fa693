package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import liaison.system.Messages;
import org.junit.jupiter.api.Test;

/** NIST SP 800-63B length and blocklist rules, no composition rules, and the e-mail's name part refused. */
class PasswordRulesTest {
    private static final String EMAIL = "jane.doe@ero-ny.example";
    private static final PasswordRules RULES = new PasswordRules(new Messages());

    private static Optional<String> problem(String password) {
        return RULES.problem(password, EMAIL);
    }

    @Test
    void twelveToOneHundredTwentyEightCharactersOfAnyKindAreAccepted() {
        assertEquals(Optional.empty(), problem("qv7 plum ox!"));
        assertEquals(Optional.empty(), problem("x".repeat(3) + "qv7plumoxtrn".repeat(10) + "abcde"));
        assertEquals(128, ("x".repeat(3) + "qv7plumoxtrn".repeat(10) + "abcde").length());
        // no composition rules: all lower case, no digit, no symbol is fine; so are spaces and any script
        assertEquals(Optional.empty(), problem("velvet lantern quarry"));
        assertEquals(Optional.empty(), problem("\u0436\u0438\u0440\u0430\u0444 \u0432\u0435\u0447\u0435\u0440\u043e\u043c \u0441\u043f\u0438\u0442"));
    }

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        String twelveEmoji = "\uD83D\uDE00".repeat(12); // 12 characters, 24 UTF-16 units
        assertEquals(Optional.empty(), problem(twelveEmoji));
        assertTrue(problem("\uD83D\uDE00".repeat(11)).orElseThrow().contains("at least 12"));
    }

    @Test
    void emptyTooShortAndTooLongAreRefusedWithTheReason() {
        assertEquals("Enter a password.", problem("").orElseThrow());
        assertEquals("Enter a password.", problem(null).orElseThrow());
        assertTrue(problem("qv7 plum ox").orElseThrow().contains("at least 12 characters"));
        assertTrue(problem("qv7plumoxtrn".repeat(10) + "abcdefghi").orElseThrow().contains("at most 128"));
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"password1234", "PassWord1234", "QWERTYUIOPASDF", "123456789012",
                "passwordpassword", "1q2w3e4r5t6y"}) {
            assertTrue(problem(common).orElseThrow().contains("common or breached"), common);
        }
    }

    @Test
    void theBlocklistHasAtLeastTenThousandEntries() {
        assertTrue(RULES.blocklistSize() >= 10_000, "entries: " + RULES.blocklistSize());
    }

    @Test
    void aPasswordContainingTheEmailNamePartIsRefused() {
        assertTrue(problem("my-Jane.Doe-secret").orElseThrow().contains("e-mail"));
        assertTrue(problem("JANEDOE rides again").orElseThrow().contains("e-mail"));
        // only the name part: the domain is not the person's to avoid
        assertEquals(Optional.empty(), RULES.problem("ero-ny.example rocks", EMAIL));
        // a name part of one or two letters would refuse half the dictionary: not checked
        assertEquals(Optional.empty(), RULES.problem("velvet lantern quarry", "al@x.example"));
        assertEquals(Optional.empty(), RULES.problem("velvet lantern quarry", null));
    }
}
