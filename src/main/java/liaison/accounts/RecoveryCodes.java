package liaison.accounts;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes: 10 per enrollment, 16 random letters and digits each (about 82 bits), shown once and
 * stored only as SHA-256. A fast hash suffices here, unlike for passwords: nobody can guess through 2^82 codes.
 */
final class RecoveryCodes {
    public static final int COUNT = 10;
    private final RecoveryCodeGenerator generator = new RecoveryCodeGenerator();

    /** New codes, as shown to the person ("abcd-efgh-ijkl-mnop"). */
    public List<String> generate() {
        return List.of(generator.generateCodes(COUNT));
    }

    /** The stored form of a code as typed: case, spaces and dashes do not matter. */
    public static String hash(String typed) {
        String normal = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
