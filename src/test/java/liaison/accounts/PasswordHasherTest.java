package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    /** bcrypt's lowest cost: these tests are about behaviour, not work factor. */
    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void theRightPasswordVerifies() {
        String hash = hasher.hash("correct horse battery staple");
        assertTrue(hasher.verify("correct horse battery staple", hash));
    }

    @Test
    void aWrongPasswordDoesNot() {
        String hash = hasher.hash("correct horse battery staple");
        assertFalse(hasher.verify("correct horse battery stapler", hash));
        assertFalse(hasher.verify("Correct horse battery staple", hash));
        assertFalse(hasher.verify("correct horse battery stapl", hash));
        assertFalse(hasher.verify(" correct horse battery staple", hash));
    }

    @Test
    void theHashIsSaltedBcrypt() {
        String a = hasher.hash("the same password twice");
        String b = hasher.hash("the same password twice");
        assertNotEquals(a, b, "each hash has its own salt");
        assertTrue(a.matches("\\$2a\\$04\\$[./A-Za-z0-9]{53}"), a);
        assertTrue(hasher.verify("the same password twice", a));
        assertTrue(hasher.verify("the same password twice", b));
    }

    @Test
    void everyCharacterOfA128CharacterPasswordCounts() {
        // bcrypt reads 72 bytes; longer passwords must not be cut there
        String password = "x".repeat(127) + "a";
        String hash = hasher.hash(password);
        assertTrue(hasher.verify(password, hash));
        assertFalse(hasher.verify("x".repeat(127) + "b", hash));
        assertFalse(hasher.verify("x".repeat(127), hash));
        assertFalse(hasher.verify("x".repeat(128), hash));
    }

    @Test
    void theCharactersAroundBcryptsLimitCount() {
        String password72 = "y".repeat(72);
        String hash72 = hasher.hash(password72);
        assertTrue(hasher.verify(password72, hash72));
        assertFalse(hasher.verify(password72 + "z", hash72));
        String password73 = "y".repeat(72) + "z";
        assertFalse(hasher.verify(password73.substring(0, 72) + "q", hasher.hash(password73)));
    }

    @Test
    void nonAsciiPasswordsVerify() {
        // multi-byte characters reach bcrypt's byte limit sooner
        String password = "pässwörd-ünïcödé-€-密码-🔐".repeat(4);
        String hash = hasher.hash(password);
        assertTrue(hasher.verify(password, hash));
        assertFalse(hasher.verify(password.substring(0, password.length() - 2) + "🔑", hash));
    }

    @Test
    void aMalformedHashNeverVerifies() {
        String good = hasher.hash("a password of some length");
        List<String> malformed = List.of(
                "",
                "not a hash",
                "$2a$04$",
                "$2a$04$short",
                good.substring(0, good.length() - 1),
                good + "x",
                good.replace("$2a$04$", "$9z$04$"),
                good.replace("$2a$04$", "$2a$99$"),
                "$2a$04$" + "!".repeat(53),
                "plain-text-password-from-an-old-import");
        for (String hash : malformed) {
            assertDoesNotThrow(() -> hasher.verify("a password of some length", hash), hash);
            assertFalse(hasher.verify("a password of some length", hash), hash);
        }
    }

    @Test
    void theDecoySpendsTimeWithoutFailing() {
        assertDoesNotThrow(() -> hasher.verifyDecoy("anything at all"));
    }
}
