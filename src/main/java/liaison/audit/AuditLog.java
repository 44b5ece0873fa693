package liaison.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only audit log. Each entry's hash covers its content and the previous entry's hash, so changing or
 * removing any entry breaks the chain from there on, and {@link #verify()} finds it.
 */
public final class AuditLog {
    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 500;

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
        AuditDao dao = handle.attach(AuditDao.class);
        String prev = dao.lockHead();
        // stored with microseconds, so hash exactly what is stored
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(prev, at, event);
        dao.insert(at, event, prev, hash);
        dao.moveHead(hash);
    }

    /**
     * Walks the chain from the start; returns the first entry that does not match, if any, or the last entry left
     * when entries at the end were removed (the chain must reach the hash its head holds).
     */
    public Optional<Break> verify() {
        return jdbi.withHandle(handle -> {
            AuditDao dao = handle.attach(AuditDao.class);
            // read before the walk: entries appended meanwhile follow it, so the walk passes it all the same
            String head = dao.head();
            boolean headReached = head.equals(GENESIS);
            String prev = GENESIS;
            long afterId = 0;
            List<AuditEntry> batch;
            while (!(batch = dao.after(afterId, BATCH)).isEmpty()) {
                for (AuditEntry e : batch) {
                    if (!e.prevHash().equals(prev)) {
                        return Optional.of(new Break(e.id(), "does not follow the entry before it"));
                    }
                    if (!e.entryHash().equals(hash(prev, e.occurredAt(), eventOf(e)))) {
                        return Optional.of(new Break(e.id(), "content does not match its hash"));
                    }
                    prev = e.entryHash();
                    afterId = e.id();
                    headReached |= prev.equals(head);
                }
            }
            if (!headReached) {
                return Optional.of(new Break(afterId, "the chain ends early: entries after this one were removed"));
            }
            return Optional.empty();
        });
    }

    public List<AuditEntry> latestBy(long actorId, int limit) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.latestBy(actorId, limit));
    }

    /** Where the chain is broken and how. */
    public record Break(long entryId, String reason) {
    }

    private static AuditEvent eventOf(AuditEntry e) {
        return new AuditEvent(e.actorId(), e.actorEmail(), e.agencyId(), e.action(), e.objectType(), e.objectId(),
                e.details(), e.clientIp());
    }

    static String hash(String prev, Instant at, AuditEvent e) {
        // length-prefixed fields: no two different entries serialise to the same text
        String content = Stream.of(prev, at.toString(), e.actorId(), e.actorEmail(), e.agencyId(), e.action(),
                        e.objectType(), e.objectId(), e.details(), e.clientIp())
                .map(v -> v == null ? "-" : v.toString().length() + ":" + v)
                .collect(Collectors.joining("|"));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }
}
