package liaison.system;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the embedded server is sized, and whether it writes as safely as a portal needs or as fast as a bulk load
 * allows. MariaDB's default buffer pool (128 MB) is far smaller than a generated database: at a million requests
 * (about 6 GB of rows) the server reads its own pages back from disk for every insert and query (issue 14: 27 GB
 * read in six minutes). So the pool takes a quarter of the machine's memory, at most 2 GB, unless
 * {@code LIAISON_DB_BUFFER_POOL} says otherwise; the redo log a quarter of that, so pages are flushed in large runs.
 *
 * @param bufferPool bytes of InnoDB buffer pool
 * @param bulkLoad for a server that only a bulk load uses and that is stopped (cleanly) after it: commits are not
 *                 flushed to disk one by one and pages are written once, without the doublewrite buffer. A crash
 *                 during the load may lose or damage what was loaded; the load is run again then.
 */
public record EmbeddedTuning(long bufferPool, boolean bulkLoad) {
    static final long MIN_POOL = 128L << 20;
    static final long MAX_POOL = 2L << 30;
    private static final long MIN_LOG = 96L << 20;

    /** Sized from the machine's memory, or from {@code override} (bytes, or with K, M or G: {@code 512M}). */
    public static EmbeddedTuning forPortal(Optional<String> override) {
        return new EmbeddedTuning(override.map(EmbeddedTuning::bytes).orElseGet(() -> poolFor(machineMemory())),
                false);
    }

    /** The same sizes, for a server started for a bulk load alone. */
    public EmbeddedTuning forBulkLoad() {
        return new EmbeddedTuning(bufferPool, true);
    }

    /** A quarter of the memory, between 128 MB and 2 GB, in whole megabytes. */
    static long poolFor(long memory) {
        long quarter = Math.max(MIN_POOL, Math.min(MAX_POOL, memory / 4));
        return quarter >> 20 << 20;
    }

    long logFile() {
        return Math.max(MIN_LOG, bufferPool / 4) >> 20 << 20;
    }

    List<String> serverArgs() {
        List<String> args = new ArrayList<>(List.of("--innodb-buffer-pool-size=" + bufferPool,
                "--innodb-log-file-size=" + logFile()));
        if (bulkLoad) {
            args.add("--innodb-flush-log-at-trx-commit=0");
            args.add("--innodb-doublewrite=0");
        }
        return args;
    }

    static long bytes(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT);
        int shift = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        long value = Long.parseLong(shift == 0 ? s : s.substring(0, s.length() - 1).strip()) << shift;
        if (value < MIN_POOL) {
            throw new IllegalArgumentException("LIAISON_DB_BUFFER_POOL below 128M: " + size);
        }
        return value;
    }

    private static long machineMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return MIN_POOL * 4;
    }
}
