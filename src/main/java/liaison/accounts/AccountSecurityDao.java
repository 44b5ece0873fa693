package liaison.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Lockout, second factor, password changes and the sign-in rate limit: the SQL of sign-in security. */
@RegisterConstructorMapper(SecurityRecord.class)
@RegisterConstructorMapper(Lockout.class)
public interface AccountSecurityDao {
    String SELECT = """
            SELECT id, email, active, password_hash, failed_attempts, failure_streak_started_at, locked_until,
                   totp_secret, mfa_enrolled_at, last_totp_step, must_change_password
            FROM accounts
            """;

    @SqlQuery(SELECT + " WHERE id = :id")
    Optional<SecurityRecord> byId(@Bind("id") long id);

    @SqlQuery(SELECT + " WHERE email = :email")
    Optional<SecurityRecord> byEmail(@Bind("email") String email);

    // ---- lockout ----

    @SqlQuery("SELECT failed_attempts AS failures, failure_streak_started_at AS streak_started_at, locked_until "
            + "FROM accounts WHERE id = :id FOR UPDATE")
    Optional<Lockout> lockoutForUpdate(@Bind("id") long id);

    @SqlUpdate("""
            UPDATE accounts SET failed_attempts = :l.failures, failure_streak_started_at = :l.streakStartedAt,
                   locked_until = :l.lockedUntil, last_failed_at = :now
            WHERE id = :id
            """)
    void saveFailure(@Bind("id") long id, @BindMethods("l") Lockout lockout,
                     @Bind("now") Instant now);

    /** One more failure for this account, counted under a row lock so that parallel attempts all count. */
    @Transaction
    default Lockout recordFailure(long id, Instant now) {
        Lockout next = lockoutForUpdate(id).orElseGet(Lockout::clear).afterFailure(now);
        saveFailure(id, next, now);
        return next;
    }

    @SqlQuery("SELECT failures, streak_started_at, locked_until FROM sign_in_name_failures "
            + "WHERE name_hash = :hash FOR UPDATE")
    Optional<Lockout> nameLockoutForUpdate(@Bind("hash") String nameHash);

    @SqlQuery("SELECT failures, streak_started_at, locked_until FROM sign_in_name_failures WHERE name_hash = :hash")
    Optional<Lockout> nameLockout(@Bind("hash") String nameHash);

    @SqlUpdate("""
            INSERT INTO sign_in_name_failures (name_hash, failures, streak_started_at, locked_until)
            VALUES (:hash, :l.failures, :l.streakStartedAt, :l.lockedUntil)
            ON DUPLICATE KEY UPDATE failures = VALUES(failures), streak_started_at = VALUES(streak_started_at),
                                    locked_until = VALUES(locked_until)
            """)
    void saveNameFailure(@Bind("hash") String nameHash,
                         @BindMethods("l") Lockout lockout);

    @SqlUpdate("""
            DELETE FROM sign_in_name_failures
            WHERE (locked_until IS NULL OR locked_until <= :now) AND (streak_started_at IS NULL OR streak_started_at < :streakCutoff)
            """)
    void pruneNameFailures(@Bind("now") Instant now, @Bind("streakCutoff") Instant streakCutoff);

    /** One more failure for a sign-in name that matches no account. */
    @Transaction
    default Lockout recordNameFailure(String nameHash, Instant now) {
        pruneNameFailures(now, now.minus(Lockout.WINDOW));
        Lockout next = nameLockoutForUpdate(nameHash).orElseGet(Lockout::clear).afterFailure(now);
        saveNameFailure(nameHash, next);
        return next;
    }

    @SqlUpdate("UPDATE accounts SET failed_attempts = 0, failure_streak_started_at = NULL, locked_until = NULL "
            + "WHERE id = :id")
    int unlock(@Bind("id") long id);

    @SqlUpdate("UPDATE accounts SET failed_attempts = 0, failure_streak_started_at = NULL, locked_until = NULL, "
            + "last_sign_in_at = :now WHERE id = :id")
    void signedIn(@Bind("id") long id, @Bind("now") Instant now);

    // ---- second factor ----

    /** Uses a TOTP step: only if it is later than the last one used, so two requests cannot both use a code. */
    @SqlUpdate("UPDATE accounts SET last_totp_step = :step "
            + "WHERE id = :id AND (last_totp_step IS NULL OR last_totp_step < :step)")
    int useStep(@Bind("id") long id, @Bind("step") long step);

    @SqlUpdate("UPDATE accounts SET totp_secret = :secret, mfa_enrolled_at = :now, last_totp_step = :step "
            + "WHERE id = :id")
    void saveEnrollment(@Bind("id") long id, @Bind("secret") String secret, @Bind("step") Long step,
                        @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM recovery_codes WHERE account_id = :id")
    void deleteRecoveryCodes(@Bind("id") long id);

    @SqlBatch("INSERT INTO recovery_codes (account_id, code_hash) VALUES (:id, :hash)")
    void insertRecoveryCodes(@Bind("id") long id, @Bind("hash") List<String> hashes);

    /** Enrolls the account: its secret, the step just used, and new recovery codes in place of any old ones. */
    @Transaction
    default void enroll(long id, String secret, Long step, List<String> recoveryCodeHashes, Instant now) {
        saveEnrollment(id, secret, step, now);
        deleteRecoveryCodes(id);
        insertRecoveryCodes(id, recoveryCodeHashes);
    }

    @SqlUpdate("UPDATE recovery_codes SET used_at = :now "
            + "WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL")
    int useRecoveryCode(@Bind("id") long id, @Bind("hash") String hash, @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM recovery_codes WHERE account_id = :id AND used_at IS NULL")
    int unusedRecoveryCodes(@Bind("id") long id);

    @SqlUpdate("UPDATE accounts SET totp_secret = NULL, mfa_enrolled_at = NULL, last_totp_step = NULL WHERE id = :id")
    int clearTotp(@Bind("id") long id);

    @Transaction
    default boolean resetMfa(long id) {
        deleteRecoveryCodes(id);
        return clearTotp(id) == 1;
    }

    // ---- passwords ----

    @SqlUpdate("UPDATE accounts SET password_hash = :hash, password_changed_at = :now, must_change_password = FALSE "
            + "WHERE id = :id")
    void setPassword(@Bind("id") long id, @Bind("hash") String passwordHash, @Bind("now") Instant now);

    @SqlUpdate("UPDATE accounts SET must_change_password = TRUE WHERE id = :id")
    int forcePasswordChange(@Bind("id") long id);

    // ---- rate limit ----

    @SqlUpdate("DELETE FROM sign_in_attempts WHERE occurred_at < :cutoff")
    void pruneAttempts(@Bind("cutoff") Instant cutoff);

    @SqlUpdate("INSERT INTO sign_in_attempts (client_ip, occurred_at) VALUES (:ip, :now)")
    void insertAttempt(@Bind("ip") String clientIp, @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM sign_in_attempts WHERE client_ip = :ip AND occurred_at >= :since")
    int attemptsSince(@Bind("ip") String clientIp, @Bind("since") Instant since);

    /** Records an attempt and returns how many this address made in the window, this one included. */
    @Transaction
    default int recordAttempt(String clientIp, Instant now, Instant windowStart) {
        pruneAttempts(windowStart);
        insertAttempt(clientIp, now);
        return attemptsSince(clientIp, windowStart);
    }
}
