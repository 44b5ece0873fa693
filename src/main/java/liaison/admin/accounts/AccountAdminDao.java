package liaison.admin.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.accounts.AccountMapper;
import liaison.system.Role;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Accounts as administrators change them. Every lookup is limited by a {@link Scope} in the SQL itself: an agency
 * admin's query carries their agency and never matches a system admin's account.
 */
@RegisterRowMapper(AccountMapper.class)
@RegisterConstructorMapper(AccountStatus.class)
@RegisterConstructorMapper(InviteToken.class)
public interface AccountAdminDao {
    String IN_SCOPE = """
             AND (:s.portal OR (a.agency_id = :s.agencyId AND NOT EXISTS (
                 SELECT 1 FROM account_roles sr WHERE sr.account_id = a.id AND sr.role = 'SYSTEM_ADMIN')))
            """;

    /** Reasons an account is inactive, stored in {@code deactivated_reason}; their words are in messages. */
    String BY_ADMIN = "ADMIN";
    String UNUSED = "UNUSED_90_DAYS";
    String WITH_AGENCY = "AGENCY_DEACTIVATED";

    @SqlQuery(AccountDao.SELECT + " WHERE a.id = :id" + IN_SCOPE)
    Optional<Account> find(@Bind("id") long id, @BindMethods("s") Scope scope);

    @SqlQuery("""
            SELECT a.created_at, COALESCE(a.locked_until > :now, FALSE) AS locked,
                   a.mfa_enrolled_at IS NOT NULL AS mfa_enrolled, a.must_change_password,
                   -- invited, and no link of the invitation used yet: no password set
                   EXISTS (SELECT 1 FROM account_tokens t WHERE t.account_id = a.id AND t.purpose = 'INVITE')
                   AND NOT EXISTS (SELECT 1 FROM account_tokens t
                           WHERE t.account_id = a.id AND t.purpose = 'INVITE' AND t.used_at IS NOT NULL) AS invite_pending,
                   a.deactivated_at, a.deactivated_reason, COALESCE(g.active, TRUE) AS agency_active, a.version
            FROM accounts a LEFT JOIN agencies g ON g.id = a.agency_id WHERE a.id = :id
            """)
    Optional<AccountStatus> status(@Bind("id") long id, @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) > 0 FROM accounts WHERE email = :email")
    boolean emailTaken(@Bind("email") String email);

    /** Moves the account's version on, if it is still the one the form was read at; 0 rows means a stale form. */
    @SqlUpdate("UPDATE accounts SET version = version + 1 WHERE id = :id AND version = :version")
    int bump(@Bind("id") long id, @Bind("version") int version);

    @SqlUpdate("DELETE FROM account_roles WHERE account_id = :id")
    void clearRoles(@Bind("id") long id);

    @SqlBatch("INSERT INTO account_roles (account_id, role) VALUES (:id, :role)")
    void addRoles(@Bind("id") long id, @Bind("role") Iterable<Role> roles);

    @SqlUpdate("""
            UPDATE accounts SET active = FALSE, deactivated_at = :now, deactivated_reason = :reason,
                                version = version + 1
            WHERE id = :id AND active
            """)
    int deactivate(@Bind("id") long id, @Bind("now") Instant now, @Bind("reason") String reason);

    @SqlUpdate("""
            UPDATE accounts SET active = TRUE, deactivated_at = NULL, deactivated_reason = NULL, version = version + 1
            WHERE id = :id AND NOT active
            """)
    int reactivate(@Bind("id") long id);

    /** The active accounts of an agency, locked for the agency's deactivation. */
    @SqlQuery("SELECT id FROM accounts WHERE agency_id = :agencyId AND active ORDER BY id FOR UPDATE")
    List<Long> activeOfAgency(@Bind("agencyId") long agencyId);

    /** The accounts that went inactive with their agency, locked for its reactivation. */
    @SqlQuery("""
            SELECT id FROM accounts WHERE agency_id = :agencyId AND NOT active AND deactivated_reason = 'AGENCY_DEACTIVATED'
            ORDER BY id FOR UPDATE
            """)
    List<Long> inactiveWithAgency(@Bind("agencyId") long agencyId);

    // ---- one-time links (account_tokens): only the SHA-256 of a token is stored ----

    @SqlUpdate("""
            INSERT INTO account_tokens (account_id, purpose, token_hash, created_by, created_at, expires_at)
            VALUES (:accountId, 'INVITE', :hash, :createdBy, :now, :expires)
            """)
    void insertInvite(@Bind("accountId") long accountId, @Bind("hash") String hash, @Bind("createdBy") Long createdBy,
                      @Bind("now") Instant now, @Bind("expires") Instant expires);

    /** Makes the account's earlier invitation links unusable: only the newest one works. */
    @SqlUpdate("""
            UPDATE account_tokens SET expires_at = LEAST(expires_at, :now)
            WHERE account_id = :accountId AND purpose = 'INVITE' AND used_at IS NULL
            """)
    void expireInvites(@Bind("accountId") long accountId, @Bind("now") Instant now);

    @SqlQuery("""
            SELECT t.id, t.account_id, t.expires_at, t.used_at, a.email, a.active
            FROM account_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE t.token_hash = :hash AND t.purpose = 'INVITE'
            """)
    Optional<InviteToken> invite(@Bind("hash") String hash);

    @SqlQuery("""
            SELECT t.id, t.account_id, t.expires_at, t.used_at, a.email, a.active
            FROM account_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE t.token_hash = :hash AND t.purpose = 'INVITE' FOR UPDATE
            """)
    Optional<InviteToken> lockInvite(@Bind("hash") String hash);

    @SqlUpdate("UPDATE account_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL")
    int useToken(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE accounts SET password_hash = :hash, password_changed_at = :now, must_change_password = FALSE,
                                failed_attempts = 0, locked_until = NULL, version = version + 1
            WHERE id = :id
            """)
    void setPassword(@Bind("id") long id, @Bind("hash") String passwordHash, @Bind("now") Instant now);
}
