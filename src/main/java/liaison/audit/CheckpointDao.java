package liaison.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The database's copy of the signed checkpoints. */
@RegisterConstructorMapper(Checkpoint.class)
interface CheckpointDao {

    @SqlUpdate("""
            INSERT INTO audit_checkpoints (seq, head_hash, signed_at, key_id, signature)
            VALUES (:c.seq, :c.headHash, :c.signedAt, :c.keyId, :c.signature)
            """)
    void insert(@BindMethods("c") Checkpoint checkpoint);

    @SqlQuery("""
            SELECT seq, head_hash, signed_at, key_id, signature FROM audit_checkpoints ORDER BY id DESC LIMIT 1
            """)
    Optional<Checkpoint> latest();

    /** The first checkpoints at or after {@code seq}, oldest first. */
    @SqlQuery("""
            SELECT seq, head_hash, signed_at, key_id, signature FROM audit_checkpoints
            WHERE seq >= :seq ORDER BY seq, id LIMIT :limit
            """)
    List<Checkpoint> covering(@Bind("seq") long seq, @Bind("limit") int limit);

    /** The newest checkpoint a verification found the chain extending. */
    @SqlQuery("""
            SELECT seq, head_hash, signed_at, key_id, signature FROM audit_checkpoints
            WHERE verified_at IS NOT NULL ORDER BY seq DESC, id DESC LIMIT 1
            """)
    Optional<Checkpoint> lastVerified();

    @SqlQuery("SELECT MAX(verified_at) FROM audit_checkpoints")
    Optional<Instant> lastVerifiedAt();

    @SqlUpdate("""
            UPDATE audit_checkpoints SET verified_at = :at
            WHERE seq = :c.seq AND head_hash = :c.headHash AND signature = :c.signature
            """)
    void markVerified(@BindMethods("c") Checkpoint checkpoint, @Bind("at") Instant at);
}
