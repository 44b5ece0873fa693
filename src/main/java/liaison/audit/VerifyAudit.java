package liaison.audit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The audit trail's commands.
 * <ul>
 * <li>{@code verify-audit [--full] [--checkpoints FILE] [--public-key FILE]}: walks the hash chain in the configured
 * database and checks that it extends every signed checkpoint in the checkpoint file (the configured one, or
 * FILE), each signature checked with the public key (of the configured key file, or FILE: a copy of the key as
 * {@code audit-public-key} prints it). Incremental from the last verified checkpoint unless {@code --full}. Exit
 * code 0 when intact, 1 when broken or a checkpoint is refused, 2 for wrong arguments.</li>
 * <li>{@code audit-public-key}: prints the public key that checks the checkpoints' signatures.</li>
 * <li>{@code audit-checkpoint}: chains what waits and signs a checkpoint now.</li>
 * </ul>
 */
public final class VerifyAudit {
    public static final String COMMAND = "verify-audit";
    public static final String PUBLIC_KEY_COMMAND = "audit-public-key";
    public static final String CHECKPOINT_COMMAND = "audit-checkpoint";

    private VerifyAudit() {
    }

    public static int run(String[] args, Jdbi jdbi, Clock clock, AuditFiles files, PrintStream out) {
        boolean full = false;
        Path checkpoints = files.checkpointFile();
        Path publicKey = null;
        for (int i = 1; i < args.length; i++) {
            boolean valued = i + 1 < args.length;
            if (args[i].equals("--full")) {
                full = true;
            } else if (args[i].equals("--checkpoints") && valued) {
                checkpoints = Path.of(args[++i]);
            } else if (args[i].equals("--public-key") && valued) {
                publicKey = Path.of(args[++i]);
            } else {
                out.println("Usage: verify-audit [--full] [--checkpoints FILE] [--public-key FILE]");
                return 2;
            }
        }
        if (publicKey == null && !Files.exists(files.keyFile())) {
            out.println("No audit key file at " + files.keyFile() + ": give the public key with --public-key FILE.");
            return 2;
        }
        PublicKey key = publicKey != null ? AuditKeys.readPublicKey(publicKey)
                : AuditKeys.loadOrCreate(files.keyFile()).publicKey();
        if (!Files.exists(checkpoints)) {
            out.println("Warning: no checkpoint file at " + checkpoints + "; the chain is checked against itself only.");
        }
        var outcome = new ChainVerifier(jdbi, clock).verify(new CheckpointFile(checkpoints).read(), key, full);
        String result = (full ? "full" : "incremental") + ", " + outcome.describe();
        new AuditLog(jdbi, clock).append(AuditEvent.of("audit.verified").on("audit-log", "chain")
                .details("command line: " + result));
        out.println("Audit log chain " + result + ".");
        return outcome.intact() ? 0 : 1;
    }

    public static int printPublicKey(AuditFiles files, PrintStream out) {
        AuditKeys keys = AuditKeys.loadOrCreate(files.keyFile());
        out.println("# Liaison audit checkpoint public key (Ed25519, X.509, Base64), key id " + keys.keyId());
        out.println(keys.publicKeyText());
        return 0;
    }

    public static int checkpoint(Jdbi jdbi, Clock clock, AuditFiles files, PrintStream out) {
        Checkpoint c = new AuditSequencer(jdbi, clock, files).checkpoint();
        out.println("Checkpoint signed at " + c.signedAt() + ": " + c.seq() + " entries, head " + c.headHash()
                + ", appended to " + files.checkpointFile());
        return 0;
    }
}
