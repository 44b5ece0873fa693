package liaison.admin.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.accounts.NewAccount;
import liaison.agencies.AgencyDao;
import liaison.agencies.AgencyKind;
import liaison.audit.AuditLog;
import liaison.support.MutableClock;
import liaison.support.TestDatabase;
import liaison.system.Database;
import liaison.system.Role;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 90-day rule on a real database, with a clock the test moves: who is disabled, when, and only once. */
class DormantAccountsTest {
    static final Instant OPENED = Instant.parse("2026-01-05T09:00:00Z");

    Database database;
    Jdbi jdbi;
    MutableClock clock;
    DormantAccounts job;
    AccountDao accounts;
    long agency;

    @BeforeEach
    void start() {
        database = TestDatabase.fresh();
        jdbi = database.jdbi();
        clock = new MutableClock(OPENED);
        job = new DormantAccounts(jdbi, new AuditLog(jdbi, clock), clock);
        accounts = jdbi.onDemand(AccountDao.class);
        agency = jdbi.onDemand(AgencyDao.class).insert(AgencyKind.LOCAL_AGENCY, "Dormant County Jail", "Dormant", OPENED);
    }

    @AfterEach
    void stop() {
        database.close();
    }

    long account(String email) {
        return accounts.create(new NewAccount(agency, email, "Person " + email, null, Set.of(Role.CLERK)), "x",
                clock.instant());
    }

    boolean active(long id) {
        return accounts.find(id).map(Account::active).orElseThrow();
    }

    String reason(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT deactivated_reason FROM accounts WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    int audited(String action) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    @Test
    void anAccountNeverSignedInIsDisabled90DaysAfterItWasOpened() {
        long id = account("never@dormant.example");
        clock.set(OPENED.plus(Duration.ofDays(90)).minusSeconds(1));
        assertEquals(0, job.run());
        assertEquals(true, active(id));
        clock.set(OPENED.plus(Duration.ofDays(90)).plusSeconds(1));
        assertEquals(1, job.run());
        assertEquals(false, active(id));
        assertEquals("UNUSED_90_DAYS", reason(id));
        assertEquals(1, audited("account.disabled-unused"));
        assertEquals(0, job.run(), "once only");
        assertEquals(1, audited("account.disabled-unused"));
    }

    @Test
    void theLastSignInCountsFromTheDayItWasMade() {
        long used = account("used@dormant.example");
        long unused = account("unused@dormant.example");
        accounts.recordSignIn(used, OPENED.plus(Duration.ofDays(50)));
        clock.set(OPENED.plus(Duration.ofDays(100)));
        assertEquals(1, job.run());
        assertEquals(true, active(used));
        assertEquals(false, active(unused));
        clock.set(OPENED.plus(Duration.ofDays(141)));
        assertEquals(1, job.run());
        assertEquals(false, active(used));
    }

    @Test
    void aReactivatedAccountGetsNinetyDaysOfItsOwn() {
        long id = account("back@dormant.example");
        clock.set(OPENED.plus(Duration.ofDays(120)));
        assertEquals(1, job.run());
        // an administrator reactivates it, as the account page does (recorded in the audit log)
        Account admin = accounts.find(account("admin@dormant.example")).orElseThrow();
        jdbi.useHandle(h -> h.createUpdate("UPDATE accounts SET last_sign_in_at = :t WHERE id = :id")
                .bind("t", clock.instant()).bind("id", admin.id()).execute());
        AccountAdministration administration = new AccountAdministration(jdbi, new AuditLog(jdbi, clock), clock,
                SecurityActions.of(x -> { }, x -> { }, x -> { }));
        administration.act(admin, administration.find(admin, Scope.portalWide(), id).orElseThrow(),
                AdminPolicy.Action.REACTIVATE, "127.0.0.1");
        assertEquals(true, active(id));
        clock.advance(Duration.ofDays(89));
        assertEquals(0, job.run());
        assertEquals(true, active(id));
        clock.advance(Duration.ofDays(2));
        accounts.recordSignIn(admin.id(), clock.instant());
        assertEquals(1, job.run());
        assertEquals(false, active(id));
    }

    @Test
    void anInactiveAccountIsLeftAsItIs() {
        long id = account("gone@dormant.example");
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE accounts SET active = FALSE, deactivated_reason = 'ADMIN', deactivated_at = :t WHERE id = :id""")
                .bind("t", OPENED).bind("id", id).execute());
        clock.set(OPENED.plus(Duration.ofDays(365)));
        assertEquals(0, job.run());
        assertEquals("ADMIN", reason(id));
    }

    @Test
    void manyAccountsAreDisabledInBatches() {
        for (int i = 0; i < 510; i++) {
            account("many" + i + "@dormant.example");
        }
        clock.set(OPENED.plus(Duration.ofDays(91)));
        assertEquals(510, job.run());
        assertEquals(0, job.run());
    }
}
