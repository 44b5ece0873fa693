package liaison.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import liaison.accounts.AccountDao;
import liaison.accounts.NewAccount;
import liaison.agencies.AgencyDao;
import liaison.agencies.AgencyKind;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import liaison.support.TestDatabase;
import liaison.system.Database;
import liaison.system.Role;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Policy versions on a real database: numbered per agency, never changed, the old ones readable. */
class PolicyDaoTest {
    private static final Instant NOW = Instant.parse("2026-11-02T14:00:00.123456Z");

    static Database database;
    static Jdbi jdbi;
    static PolicyDao dao;
    static long agency;
    static long other;
    static long admin;

    @BeforeAll
    static void start() {
        database = TestDatabase.fresh();
        jdbi = database.jdbi();
        dao = jdbi.onDemand(PolicyDao.class);
        AgencyDao agencies = jdbi.onDemand(AgencyDao.class);
        agency = agencies.insert(AgencyKind.LOCAL_AGENCY, "Policy County Jail", "Policy County", NOW);
        other = agencies.insert(AgencyKind.LOCAL_AGENCY, "Other County Jail", "Other County", NOW);
        admin = jdbi.onDemand(AccountDao.class).create(new NewAccount(agency, "admin@policy-county.test",
                "Ada Policy", "Admin", Set.of(Role.AGENCY_ADMIN)), "x", NOW);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    static NewPolicy policy(String statement, Decision releaseUnderSubpoena, List<String> citations) {
        var rules = Matrix.all(Decision.SHARES);
        rules.get(RequestedItem.RELEASE_DATE_TIME).put(LegalProcess.ADMINISTRATIVE_SUBPOENA, releaseUnderSubpoena);
        return new NewPolicy(statement, citations, LocalDate.of(2026, 10, 1), rules);
    }

    static long insert(long agencyId, int version, NewPolicy p, Long by) {
        return jdbi.inTransaction(h -> {
            PolicyDao d = h.attach(PolicyDao.class);
            d.lockAgency(agencyId);
            return d.insert(agencyId, version, p, by, NOW.plusSeconds(version));
        });
    }

    @Test
    void versionsAreReadBackWholeTheNewestIsCurrentAndOldOnesStay() {
        long v1 = insert(agency, 1, policy("First § words", Decision.SHARES, List.of()), admin);
        long v2 = insert(agency, 2, policy("Second", Decision.DOES_NOT_SHARE, List.of("B Code", "A Code")), null);

        PolicyVersion current = dao.current(agency).orElseThrow();
        assertEquals(v2, current.id());
        assertEquals(2, current.version());
        assertEquals(List.of("B Code", "A Code"), current.citations(), "in the order given");
        assertEquals(Decision.DOES_NOT_SHARE,
                current.cell(RequestedItem.RELEASE_DATE_TIME, LegalProcess.ADMINISTRATIVE_SUBPOENA));
        assertEquals(RequestedItem.values().length * LegalProcess.values().length,
                current.rules().values().stream().mapToInt(java.util.Map::size).sum(), "every cell stored");
        assertNull(current.publishedBy(), "entered by the portal");
        assertEquals(LocalDate.of(2026, 10, 1), current.effectiveOn());

        PolicyVersion first = dao.version(agency, 1).orElseThrow();
        assertEquals(v1, first.id());
        assertEquals("First § words", first.statement());
        assertEquals("Ada Policy", first.publishedBy());
        assertEquals(NOW.plusSeconds(1), first.publishedAt());
        assertTrue(first.citations().isEmpty());
        assertEquals(Decision.SHARES, first.cell(RequestedItem.RELEASE_DATE_TIME, LegalProcess.ADMINISTRATIVE_SUBPOENA));
        assertEquals(first, dao.version(v1).orElseThrow());

        assertEquals(List.of(2, 1), dao.versions(agency, Integer.MAX_VALUE, 10).stream()
                .map(PolicyDao.Line::version).toList());
        assertEquals(List.of(1), dao.versions(agency, 2, 10).stream().map(PolicyDao.Line::version).toList());
        assertEquals(2, (int) jdbi.withHandle(h -> h.attach(PolicyDao.class).lastVersion(agency)));
        assertEquals(agency, dao.agencyOf(v2).orElseThrow());
    }

    @Test
    void anAgencyWithoutPolicyHasNoneAndNumbersAreUniquePerAgency() {
        long none = jdbi.onDemand(AgencyDao.class).insert(AgencyKind.LOCAL_AGENCY, "Quiet Jail", "Q", NOW);
        assertTrue(dao.current(none).isEmpty());
        assertTrue(dao.version(none, 1).isEmpty());
        assertTrue(dao.versions(none, Integer.MAX_VALUE, 10).isEmpty());
        assertEquals(0, (int) jdbi.withHandle(h -> h.attach(PolicyDao.class).lastVersion(none)));

        insert(other, 1, policy("Other", Decision.SHARES, List.of()), null);
        assertThrows(UnableToExecuteStatementException.class,
                () -> insert(other, 1, policy("Again", Decision.SHARES, List.of()), null));
        assertEquals("Other", dao.current(other).orElseThrow().statement(), "the failed insert left nothing");
        assertFalse(dao.version(other, 2).isPresent());
    }

    @Test
    void aDecisionOutsideTheThreeIsRefusedByTheDatabase() {
        long checked = jdbi.onDemand(AgencyDao.class).insert(AgencyKind.LOCAL_AGENCY, "Checked Jail", "C", NOW);
        long id = insert(checked, 1, policy("Checked", Decision.SHARES, List.of()), null);
        assertThrows(UnableToExecuteStatementException.class, () -> jdbi.useHandle(h -> h.execute(
                "INSERT INTO policy_rules (policy_id, item, process, decision) VALUES (?, 'NEW_ITEM', 'NONE', 'MAYBE')",
                id)));
    }
}
