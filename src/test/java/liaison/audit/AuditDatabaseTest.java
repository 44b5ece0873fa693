package liaison.audit;

import java.nio.file.Path;
import java.time.Instant;
import liaison.support.MutableClock;
import liaison.support.TestDatabase;
import liaison.system.Database;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the audit log's database tests share: a fresh database per class, and before each test an empty log (chain
 * head at the genesis hash, no checkpoints), a clock, the log and a sequencer whose key and checkpoint file are in
 * a temporary folder of the test's own. The fields are static per class run, as the classes run one after another.
 */
abstract class AuditDatabaseTest {
    static Database database;
    static Jdbi jdbi;
    @TempDir
    Path folder;
    MutableClock clock;
    AuditLog audit;
    AuditFiles files;
    AuditSequencer sequencer;

    @BeforeAll
    static void freshDatabase() {
        database = TestDatabase.fresh();
        jdbi = database.jdbi();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyLog() {
        AuditTestData.reset(jdbi);
        clock = new MutableClock(start());
        audit = new AuditLog(jdbi, clock);
        files = AuditFiles.in(folder);
        sequencer = new AuditSequencer(jdbi, clock, files);
    }

    /** The clock's time when each test starts. */
    Instant start() {
        return Instant.parse("2026-11-02T14:00:00Z");
    }
}
