package liaison.audit;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code java -jar liaison.jar verify-audit}: walks the audit log's hash chain in the configured database and
 * prints the first broken entry. Exit code 0 when the chain is intact, 1 when it is broken.
 */
public final class VerifyAudit {
    public static final String COMMAND = "verify-audit";

    private VerifyAudit() {
    }

    public static int run(Jdbi jdbi, Clock clock, PrintStream out) {
        AuditLog audit = new AuditLog(jdbi, clock);
        Optional<AuditLog.Break> broken = audit.verify();
        String result = broken.map(b -> "broken at entry " + b.entryId() + ": " + b.reason()).orElse("intact");
        audit.append(AuditEvent.of("audit.verified").on("audit-log", "chain").details("command line: " + result));
        out.println("Audit log chain " + result + ".");
        return broken.isEmpty() ? 0 : 1;
    }
}
