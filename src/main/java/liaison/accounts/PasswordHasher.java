package liaison.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;

/**
 * bcrypt hashing. Passwords over bcrypt's 72 bytes are pre-hashed (SHA-512) rather than cut, so every character
 * counts. Checking a name that matches no account spends the same time, so timing does not tell who exists.
 */
public final class PasswordHasher {
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;
    private final String decoy;

    public PasswordHasher(int cost) {
        this.cost = cost;
        this.decoy = hash("no account has this password");
    }

    public String hash(String password) {
        return BCrypt.with(VERSION, LONG).hashToString(cost, password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        try {
            return BCrypt.verifyer(VERSION, LONG).verify(password.toCharArray(), hash.toCharArray()).verified;
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }

    /** Spends the time of one verification, for a sign-in name that matches no account. */
    public void verifyDecoy(String password) {
        verify(password, decoy);
    }
}
