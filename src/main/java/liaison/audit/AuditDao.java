package liaison.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AuditEntry.class)
interface AuditDao {

    /** Locks the chain head, so appends from any app instance queue up behind each other. */
    @SqlQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
    String lockHead();

    /** The hash of the last entry appended, read without locking. */
    @SqlQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1")
    String head();

    @SqlUpdate("UPDATE audit_chain_head SET last_hash = :hash WHERE id = 1")
    void moveHead(@Bind("hash") String hash);

    @SqlUpdate("""
            INSERT INTO audit_log (occurred_at, actor_id, actor_email, agency_id, action, object_type, object_id,
                                   details, client_ip, prev_hash, entry_hash)
            VALUES (:at, :e.actorId, :e.actorEmail, :e.agencyId, :e.action, :e.objectType, :e.objectId,
                    :e.details, :e.clientIp, :prevHash, :hash)
            """)
    void insert(@Bind("at") Instant at, @BindMethods("e") AuditEvent event,
                @Bind("prevHash") String prevHash, @Bind("hash") String hash);

    /** Entries in chain order after {@code afterId}, a batch at a time. */
    @SqlQuery("SELECT * FROM audit_log WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<AuditEntry> after(@Bind("afterId") long afterId, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM audit_log WHERE actor_id = :actorId ORDER BY id DESC LIMIT :limit")
    List<AuditEntry> latestBy(@Bind("actorId") long actorId, @Bind("limit") int limit);
}
