package liaison.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import liaison.system.Role;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterRowMapper(AccountMapper.class)
@RegisterConstructorMapper(SignInRecord.class)
public interface AccountDao {

    /** The columns {@link AccountMapper} reads; {@link #FROM} names the tables. */
    String COLUMNS = """
            SELECT a.id, a.agency_id, g.name AS agency_name, g.kind AS agency_kind, g.time_zone AS agency_time_zone,
                   a.email, a.display_name,
                   a.job_title, a.active, a.failed_attempts, a.last_sign_in_at,
                   (SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM account_roles r WHERE r.account_id = a.id) AS roles
            """;
    String FROM = """
            FROM accounts a LEFT JOIN agencies g ON g.id = a.agency_id
            """;
    String SELECT = COLUMNS + FROM;

    @SqlUpdate("""
            INSERT INTO accounts (agency_id, email, display_name, job_title, password_hash, active, created_at)
            VALUES (:agencyId, :email, :displayName, :jobTitle, :passwordHash, TRUE, :now)
            """)
    @GetGeneratedKeys("id")
    long insertAccount(@Bind("agencyId") Long agencyId, @Bind("email") String email,
                       @Bind("displayName") String displayName, @Bind("jobTitle") String jobTitle,
                       @Bind("passwordHash") String passwordHash, @Bind("now") Instant now);

    @SqlBatch("INSERT INTO account_roles (account_id, role) VALUES (:accountId, :role)")
    void insertRoles(@Bind("accountId") long accountId, @Bind("role") Iterable<Role> roles);

    @Transaction
    default long create(NewAccount account, String passwordHash, Instant now) {
        long id = insertAccount(account.agencyId(), account.email(), account.displayName(), account.jobTitle(),
                passwordHash, now);
        insertRoles(id, account.roles());
        return id;
    }

    @SqlQuery(SELECT + " WHERE a.id = :id")
    Optional<Account> find(@Bind("id") long id);

    /** What sign-in needs: the hash stays inside this package. */
    @SqlQuery("SELECT id, password_hash, active FROM accounts WHERE email = :email")
    Optional<SignInRecord> signInRecord(@Bind("email") String email);

    /** A page of one agency's accounts in e-mail order, after {@code afterEmail} (keyset pagination). */
    @SqlQuery(SELECT + " WHERE a.agency_id = :agencyId AND a.email > :afterEmail ORDER BY a.email LIMIT :limit")
    List<Account> pageOfAgency(@Bind("agencyId") Long agencyId, @Bind("afterEmail") String afterEmail,
                               @Bind("limit") int limit);

    /** A page of all accounts in e-mail order, for the system admin. */
    @SqlQuery(SELECT + " WHERE a.email > :afterEmail ORDER BY a.email LIMIT :limit")
    List<Account> page(@Bind("afterEmail") String afterEmail, @Bind("limit") int limit);

    @SqlUpdate("UPDATE accounts SET failed_attempts = 0, last_sign_in_at = :now WHERE id = :id")
    void recordSignIn(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("UPDATE accounts SET failed_attempts = failed_attempts + 1, last_failed_at = :now WHERE id = :id")
    void recordFailure(@Bind("id") long id, @Bind("now") Instant now);

}
