package liaison.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AuditEntry.class)
@RegisterConstructorMapper(AuditDao.Head.class)
interface AuditDao {

    /** The chain head: the last sequence number given and the hash of that entry. */
    record Head(long lastSeq, String lastHash) {
    }

    /**
     * Locks the chain head for the sequencer. Only the sequencer takes this lock (appenders never touch the row);
     * SKIP LOCKED: a second sequencer finds no row, and gives up at once instead of queueing behind the first.
     */
    @SqlQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE SKIP LOCKED")
    Optional<Head> lockHeadUnlessTaken();

    /** Locks the chain head, waiting for a running sequencer to finish (checkpoints on demand). */
    @SqlQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
    Head lockHead();

    /** The chain head, read without locking. */
    @SqlQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
    Head head();

    @SqlUpdate("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
    void moveHead(@Bind("seq") long seq, @Bind("hash") String hash);

    /**
     * An entry as recorded, not yet chained: it takes no lock anyone else waits on. Run by {@link AuditLog#record}
     * through the handle itself (every audited view and action writes one; attaching this interface cost more CPU
     * than the insert).
     */
    String INSERT = """
            INSERT INTO audit_log (occurred_at, actor_id, actor_email, agency_id, action, object_type, object_id,
                                   details, client_ip)
            VALUES (:at, :e.actorId, :e.actorEmail, :e.agencyId, :e.action, :e.objectType, :e.objectId,
                    :e.details, :e.clientIp)
            """;

    /** Committed entries not yet chained, oldest id first (read without locking, through the seq index). */
    @SqlQuery("SELECT * FROM audit_log WHERE seq IS NULL ORDER BY id LIMIT :limit")
    List<AuditEntry> unchained(@Bind("limit") int limit);

    /** Chains one entry; 0 rows when it was chained already (never twice). */
    @SqlUpdate("""
            UPDATE audit_log SET seq = :seq, prev_hash = :prev, entry_hash = :hash WHERE id = :id AND seq IS NULL
            """)
    int chain(@Bind("id") long id, @Bind("seq") long seq, @Bind("prev") String prev, @Bind("hash") String hash);

    /** Chained entries after sequence number {@code afterSeq}, in chain order, a batch at a time. */
    @SqlQuery("SELECT * FROM audit_log WHERE seq > :afterSeq ORDER BY seq LIMIT :limit")
    List<AuditEntry> after(@Bind("afterSeq") long afterSeq, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM audit_log WHERE seq IS NULL AND occurred_at < :before")
    long unchainedBefore(@Bind("before") Instant before);

    @SqlQuery("SELECT seq FROM audit_log WHERE id = :id")
    Optional<Long> seqOf(@Bind("id") long id);

    @SqlQuery("SELECT * FROM audit_log WHERE actor_id = :actorId ORDER BY id DESC LIMIT :limit")
    List<AuditEntry> latestBy(@Bind("actorId") long actorId, @Bind("limit") int limit);
}
