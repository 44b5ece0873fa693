package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import liaison.agencies.AgencyDao;
import liaison.agencies.AgencyKind;
import liaison.support.TestDatabase;
import liaison.system.Database;
import liaison.system.Pages;
import liaison.system.Role;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts on a real database: what is stored comes back, pages are keyset pages, agencies never mix. */
class AccountDaoTest {
    private static final Instant NOW = Instant.parse("2026-11-02T14:00:00.123456Z");
    private static final String HASH = "$2a$04$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01";

    static Database database;
    static Jdbi jdbi;
    static AccountDao accounts;
    static long agencyA;
    static long agencyB;
    /** Agency A's accounts in e-mail order, made once for the paging tests. */
    static List<String> emailsOfA = new ArrayList<>();

    @BeforeAll
    static void start() {
        database = TestDatabase.fresh();
        jdbi = database.jdbi();
        accounts = jdbi.onDemand(AccountDao.class);
        AgencyDao agencies = jdbi.onDemand(AgencyDao.class);
        agencyA = agencies.insert(AgencyKind.LOCAL_AGENCY, "Agency A County Jail", "A County", NOW);
        agencyB = agencies.insert(AgencyKind.FEDERAL_OFFICE, "Agency B Field Office", "B Field Office", NOW);
        // 2 pages and a bit: 25 + 25 + 3, created out of order so the order comes from the query
        for (int i = 52; i >= 0; i--) {
            String email = String.format("person%02d@a-county.example", i);
            accounts.create(new NewAccount(agencyA, email, "Person " + i, null, Set.of(Role.CLERK)), HASH, NOW);
            emailsOfA.add(email);
        }
        emailsOfA.sort(String::compareTo);
        for (int i = 0; i < 4; i++) {
            accounts.create(new NewAccount(agencyB, "officer" + i + "@b-office.example", "Officer " + i, null,
                    Set.of(Role.REQUESTER)), HASH, NOW);
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void aCreatedAccountIsFoundAsCreated() {
        long id = accounts.create(new NewAccount(agencyB, "found@b-office.example", "Ada Found", "Deportation officer",
                Set.of(Role.REQUESTER)), HASH, NOW);
        Account a = accounts.find(id).orElseThrow();
        assertEquals(id, a.id());
        assertEquals(agencyB, a.agencyId());
        assertEquals("Agency B Field Office", a.agencyName());
        assertEquals(AgencyKind.FEDERAL_OFFICE, a.agencyKind());
        assertEquals("found@b-office.example", a.email());
        assertEquals("Ada Found", a.displayName());
        assertEquals("Deportation officer", a.jobTitle());
        assertTrue(a.active());
        assertEquals(0, a.failedAttempts());
        assertNull(a.lastSignInAt());
        assertEquals(Set.of(Role.REQUESTER), a.roles());
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertEquals(Optional.empty(), accounts.find(987_654_321L));
    }

    @Test
    void rolesRoundTrip() {
        for (Set<Role> roles : List.of(Set.of(Role.CLERK, Role.AGENCY_ADMIN), Set.of(Role.REQUESTER, Role.APPROVER),
                EnumSet.copyOf(Role.HELD), Set.<Role>of())) {
            long id = accounts.create(new NewAccount(agencyA, "roles" + roles.size() + roles.hashCode()
                    + "@a-county.example", "Roles", null, roles), HASH, NOW);
            assertEquals(roles, accounts.find(id).orElseThrow().roles());
        }
    }

    @Test
    void portalStaffHaveNoAgency() {
        long id = accounts.create(new NewAccount(null, "staff@liaison.example", "Staff", null,
                Set.of(Role.SYSTEM_ADMIN)), HASH, NOW);
        Account staff = accounts.find(id).orElseThrow();
        assertNull(staff.agencyId());
        assertNull(staff.agencyKind());
        assertEquals(AccountMapper.PORTAL, staff.agencyName());
        assertEquals(Set.of(Role.SYSTEM_ADMIN), staff.roles());
    }

    @Test
    void aRoleThatNoOneHoldsIsRefusedAndTheAccountRolledBack() {
        String email = "anyone@a-county.example";
        assertThrows(UnableToExecuteStatementException.class, () -> accounts.create(
                new NewAccount(agencyA, email, "Anyone", null, Set.of(Role.CLERK, Role.ANYONE)), HASH, NOW));
        assertEquals(Optional.empty(), accounts.signInRecord(email), "no account without its roles");
    }

    @Test
    void theSignInRecordHoldsTheHash() {
        long id = accounts.create(new NewAccount(agencyA, "record@a-county.example", "Record", null,
                Set.of(Role.CLERK)), HASH, NOW);
        SignInRecord record = accounts.signInRecord("record@a-county.example").orElseThrow();
        assertEquals(id, record.id());
        assertEquals(HASH, record.passwordHash());
        assertTrue(record.active());
        assertEquals(Optional.empty(), accounts.signInRecord("nobody@a-county.example"));
    }

    @Test
    void failuresCountUntilASignIn() {
        long id = accounts.create(new NewAccount(agencyA, "counted@a-county.example", "Counted", null,
                Set.of(Role.CLERK)), HASH, NOW);
        accounts.recordFailure(id, NOW);
        accounts.recordFailure(id, NOW.plusSeconds(1));
        assertEquals(2, accounts.find(id).orElseThrow().failedAttempts());
        Instant signedIn = NOW.plusSeconds(60);
        accounts.recordSignIn(id, signedIn);
        Account a = accounts.find(id).orElseThrow();
        assertEquals(0, a.failedAttempts());
        assertEquals(signedIn, a.lastSignInAt());
    }

    @Test
    void anEmailIsUnique() {
        accounts.create(new NewAccount(agencyA, "twice@a-county.example", "First", null, Set.of(Role.CLERK)),
                HASH, NOW);
        assertThrows(UnableToExecuteStatementException.class, () -> accounts.create(
                new NewAccount(agencyB, "twice@a-county.example", "Second", null, Set.of(Role.REQUESTER)), HASH, NOW));
        // the collation ignores case: Twice@ and twice@ are one address
        assertThrows(UnableToExecuteStatementException.class, () -> accounts.create(
                new NewAccount(agencyB, "TWICE@A-County.example", "Third", null, Set.of(Role.REQUESTER)), HASH, NOW));
        assertEquals("First", accounts.find(accounts.signInRecord("twice@a-county.example").orElseThrow().id())
                .orElseThrow().displayName());
    }

    @Test
    void agencyPagesAreKeysetPagesInEmailOrder() {
        List<String> seen = new ArrayList<>();
        String after = "";
        int pages = 0;
        while (true) {
            List<Account> rows = accounts.pageOfAgency(agencyA, after, Pages.SIZE + 1);
            assertTrue(rows.size() <= Pages.SIZE + 1);
            Pages<Account> page = Pages.of(rows, Account::email);
            assertTrue(page.items().size() <= Pages.SIZE);
            page.items().forEach(a -> seen.add(a.email()));
            pages++;
            if (!page.hasNext()) {
                break;
            }
            assertEquals(page.items().get(page.items().size() - 1).email(), page.nextKey());
            after = page.nextKey();
        }
        List<String> expected = jdbi.withHandle(h -> h.createQuery(
                "SELECT email FROM accounts WHERE agency_id = :a ORDER BY email").bind("a", agencyA)
                .mapTo(String.class).list());
        assertEquals(expected, seen, "every account once, in order, none skipped or repeated");
        assertTrue(seen.containsAll(emailsOfA));
        assertEquals((expected.size() + Pages.SIZE - 1) / Pages.SIZE, pages);
    }

    @Test
    void aFullPageWithNothingAfterItHasNoNextPage() {
        List<Account> rows = accounts.pageOfAgency(agencyB, "", Pages.SIZE + 1);
        Pages<Account> page = Pages.of(rows, Account::email);
        assertFalse(page.hasNext());
        assertEquals(rows, page.items());
    }

    @Test
    void anAgencysPagesNeverHoldAnotherAgencysAccounts() {
        for (Account a : accounts.pageOfAgency(agencyA, "", 1_000)) {
            assertEquals(agencyA, a.agencyId(), a.email());
        }
        List<Account> ofB = accounts.pageOfAgency(agencyB, "", 1_000);
        assertFalse(ofB.isEmpty());
        for (Account a : ofB) {
            assertEquals(agencyB, a.agencyId(), a.email());
        }
        // a key from agency A's pages still returns only agency B's accounts
        assertTrue(accounts.pageOfAgency(agencyB, emailsOfA.get(0), 1_000).stream()
                .allMatch(a -> a.agencyId() == agencyB));
        assertEquals(List.of(), accounts.pageOfAgency(987_654_321L, "", 1_000), "an unknown agency has no one");
        // portal staff have no agency: a null agency matches no one, it does not mean "every agency"
        assertEquals(List.of(), accounts.pageOfAgency(null, "", 1_000));
    }

    @Test
    void theAllAccountsPagesHoldEveryAgency() {
        List<String> seen = new ArrayList<>();
        String after = "";
        Pages<Account> page;
        do {
            page = Pages.of(accounts.page(after, Pages.SIZE + 1), Account::email);
            page.items().forEach(a -> seen.add(a.email()));
            after = page.nextKey();
        } while (page.hasNext());
        List<String> expected = jdbi.withHandle(h -> h.createQuery("SELECT email FROM accounts ORDER BY email")
                .mapTo(String.class).list());
        assertEquals(expected, seen);
    }
}
