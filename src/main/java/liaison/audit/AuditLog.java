package liaison.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only audit log. An entry is written unchained in the transaction of the change it records, taking no
 * lock anyone else waits on; the {@link AuditSequencer} then chains committed entries in batches: each gets its
 * sequence number and a hash over its content and the previous entry's hash, so changing, removing, inserting or
 * reordering any entry breaks the chain from there on, and {@link #verify()} finds it.
 */
public final class AuditLog {
    static final String GENESIS = "0".repeat(64);

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Appends in its own transaction. */
    public void append(AuditEvent event) {
        jdbi.useTransaction(handle -> append(handle, event));
    }

    /** Appends inside the caller's transaction, so the entry commits or rolls back with the change it records. */
    public void append(Handle handle, AuditEvent event) {
        record(handle, event);
    }

    /** As {@link #append(Handle, AuditEvent)}, giving the new entry's id. */
    public long record(Handle handle, AuditEvent event) {
        // stored with microseconds, so the sequencer hashes exactly what is stored
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return handle.createUpdate(AuditDao.INSERT).bind("at", at).bindMethods("e", event)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /**
     * Walks the whole chain against its head, trusting no checkpoint: the first entry that does not match, if any,
     * or the last entry left when entries at the end were removed. Entries not yet chained are not part of it.
     * Checkpoints outside the database are checked by {@link ChainVerifier}.
     */
    public Optional<Break> verify() {
        return ChainWalk.walk(jdbi, 0, GENESIS, Map.of()).broken();
    }

    public List<AuditEntry> latestBy(long actorId, int limit) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.latestBy(actorId, limit));
    }

    /** The sequence number the entry got, empty while it is not chained (or does not exist). */
    public Optional<Long> seqOf(long entryId) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.seqOf(entryId));
    }

    /** Where the chain is broken and how. */
    public record Break(long entryId, String reason) {
    }

    /** An entry's hash given the one before it; public for the data generator, which chains its own entries. */
    public static String hash(String prev, Instant at, AuditEvent e) {
        // length-prefixed fields joined by '|': no two different entries serialise to the same text
        StringBuilder content = new StringBuilder(320);
        Object[] fields = {prev, at.toString(), e.actorId(), e.actorEmail(), e.agencyId(), e.action(),
            e.objectType(), e.objectId(), e.details(), e.clientIp()};
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                content.append('|');
            }
            if (fields[i] == null) {
                content.append('-');
            } else {
                String v = fields[i].toString();
                content.append(v.length()).append(':').append(v);
            }
        }
        // one digest per thread: looking the algorithm up for each entry cost more than hashing it (generator's
        // profile); digest() leaves it reset
        return HEX.formatHex(SHA_256.get().digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
