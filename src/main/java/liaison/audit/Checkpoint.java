package liaison.audit;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A signed checkpoint: the chain had {@code seq} entries and its last entry's hash was {@code headHash} at
 * {@code signedAt}. The signature covers the text {@code liaison-audit-checkpoint v1 <seq> <headHash> <signedAt>}.
 * One line of the checkpoint file ({@link #line()}):
 * {@code v1 <seq> <headHash> <signedAt ISO-8601 UTC> <keyId> <signature Base64>}.
 */
public record Checkpoint(long seq, String headHash, Instant signedAt, String keyId, String signature) {
    private static final Pattern LINE = Pattern.compile(
            "v1 (\\d{1,18}) ([0-9a-f]{64}) (\\S+) ([0-9a-f]{16}) ([A-Za-z0-9+/=]{1,200})");

    static Checkpoint sign(AuditKeys keys, long seq, String headHash, Instant at) {
        byte[] sig = keys.sign(message(seq, headHash, at));
        return new Checkpoint(seq, headHash, at, keys.keyId(), Base64.getEncoder().encodeToString(sig));
    }

    /** Whether {@code key} made this signature over these values. */
    public boolean validFor(PublicKey key) {
        try {
            return AuditKeys.keyId(key).equals(keyId)
                    && AuditKeys.valid(key, message(seq, headHash, signedAt), Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String line() {
        return "v1 " + seq + " " + headHash + " " + signedAt + " " + keyId + " " + signature;
    }

    /** A line of the checkpoint file; null for one that is not a checkpoint line at all. */
    static Checkpoint parse(String line) {
        var m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return new Checkpoint(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)), m.group(4),
                    m.group(5));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static byte[] message(long seq, String headHash, Instant at) {
        return ("liaison-audit-checkpoint v1 " + seq + " " + headHash + " " + at).getBytes(StandardCharsets.UTF_8);
    }
}
