package liaison.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the audit trail keeps what must live outside the database: the key that signs checkpoints
 * ({@code LIAISON_AUDIT_KEY_FILE}) and the file each checkpoint is appended to ({@code LIAISON_AUDIT_CHECKPOINTS}).
 */
public record AuditFiles(Path keyFile, Path checkpointFile) {

    /** The defaults: both in the data folder. */
    public static AuditFiles in(Path folder) {
        return new AuditFiles(folder.resolve("audit-signing-key"), folder.resolve("audit-checkpoints.txt"));
    }

    /** Both in a new temporary folder of their own (a portal built by a test). */
    public static AuditFiles temporary() {
        try {
            return in(Files.createTempDirectory("liaison-audit-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
