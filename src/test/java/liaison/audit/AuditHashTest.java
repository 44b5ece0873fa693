package liaison.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The chain's hash rule is fixed: entries chained by any earlier version must still verify. */
class AuditHashTest {

    @Test
    void anEntrysHashIsTheSha256OfItsLengthPrefixedFieldsJoinedByBars() throws Exception {
        Instant at = Instant.parse("2026-11-02T14:00:00.123456Z");
        AuditEvent e = AuditEvent.of("request.viewed").by(7L, "clerk.1@example.org", 3L).on("request", "LIA-2026-000001")
                .from("10.20.1.2");
        String text = "64:" + AuditLog.GENESIS + "|27:2026-11-02T14:00:00.123456Z|1:7|19:clerk.1@example.org|1:3"
                + "|14:request.viewed|7:request|15:LIA-2026-000001|-|9:10.20.1.2";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, AuditLog.hash(AuditLog.GENESIS, at, e));
        assertEquals(expected, AuditLog.hash(AuditLog.GENESIS, at, e), "the same again on the thread's digest");
    }

    @Test
    void lengthsCountCharactersAndTheTextIsHashedAsUtf8() throws Exception {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        AuditEvent e = AuditEvent.of("account.renamed").details("Zoë Müller");
        String text = "1:x|20:2026-01-01T00:00:00Z|-|-|-|15:account.renamed|-|-|10:Zoë Müller|-";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, AuditLog.hash("x", at, e));
    }
}
