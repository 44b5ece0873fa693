package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The embedded server's sizes: from the machine's memory unless configured; fast writes for a bulk load only. */
class EmbeddedTuningTest {
    private static final long MB = 1L << 20;

    @Test
    void thePoolIsAQuarterOfTheMemoryBetween128MegabytesAnd2Gigabytes() {
        assertEquals(128 * MB, EmbeddedTuning.poolFor(256 * MB));
        assertEquals(1024 * MB, EmbeddedTuning.poolFor(4096 * MB));
        assertEquals(2048 * MB, EmbeddedTuning.poolFor(24L * 1024 * MB));
        assertEquals(0, EmbeddedTuning.poolFor(3_000_000_123L) % MB, "whole megabytes");
    }

    @Test
    void theSettingOverridesTheMachinesSize() {
        Config config = Config.from(Map.of("LIAISON_DB_BUFFER_POOL", "512M"));
        assertEquals(Optional.of("512M"), config.dbBufferPool());
        assertEquals(512 * MB, EmbeddedTuning.forPortal(config.dbBufferPool()).bufferPool());
        assertEquals(3L << 30, EmbeddedTuning.bytes("3g"));
        assertEquals(200_000_000L, EmbeddedTuning.bytes("200000000"));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedTuning.bytes("64M"));
        assertThrows(NumberFormatException.class, () -> EmbeddedTuning.bytes("lots"));
    }

    @Test
    void onlyABulkLoadsServerGivesUpTheFlushAtCommitAndTheDoublewriteBuffer() {
        EmbeddedTuning portal = new EmbeddedTuning(2048 * MB, false);
        assertEquals(java.util.List.of("--innodb-buffer-pool-size=" + 2048 * MB, "--innodb-log-file-size=" + 512 * MB),
                portal.serverArgs());
        assertFalse(portal.serverArgs().stream().anyMatch(a -> a.contains("doublewrite") || a.contains("trx-commit")));
        assertTrue(portal.forBulkLoad().serverArgs().containsAll(
                java.util.List.of("--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0")));
        assertEquals(96 * MB, new EmbeddedTuning(128 * MB, false).logFile(), "never below MariaDB's default log");
    }
}
