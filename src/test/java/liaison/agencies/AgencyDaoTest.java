package liaison.agencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liaison.support.TestDatabase;
import liaison.system.Database;
import liaison.system.Pages;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agencies on a real database. */
class AgencyDaoTest {
    private static final Instant NOW = Instant.parse("2026-11-02T14:00:00.654321Z");

    static Database database;
    static Jdbi jdbi;
    static AgencyDao agencies;

    @BeforeAll
    static void start() {
        database = TestDatabase.fresh();
        jdbi = database.jdbi();
        agencies = jdbi.onDemand(AgencyDao.class);
        // 2 pages and a bit, inserted out of name order
        for (int i = 57; i >= 0; i--) {
            agencies.insert(i % 2 == 0 ? AgencyKind.LOCAL_AGENCY : AgencyKind.FEDERAL_OFFICE,
                    String.format("Paged Agency %02d", i), "Jurisdiction " + i, NOW);
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void anInsertedAgencyIsFoundAsInserted() {
        long id = agencies.insert(AgencyKind.LOCAL_AGENCY, "Juniper County Jail (test)", "Juniper County", NOW);
        Agency a = agencies.find(id).orElseThrow();
        assertEquals(id, a.id());
        assertEquals(AgencyKind.LOCAL_AGENCY, a.kind());
        assertEquals("Juniper County Jail (test)", a.name());
        assertEquals("Juniper County", a.jurisdiction());
        assertTrue(a.active());
        assertEquals(NOW, a.createdAt());
        assertEquals(Optional.of(a), agencies.findByName("Juniper County Jail (test)"));
    }

    @Test
    void bothKindsRoundTrip() {
        for (AgencyKind kind : AgencyKind.values()) {
            long id = agencies.insert(kind, "Kind " + kind, "Somewhere", NOW);
            assertEquals(kind, agencies.find(id).orElseThrow().kind());
        }
    }

    @Test
    void unknownAgenciesAreNotFound() {
        assertEquals(Optional.empty(), agencies.find(987_654_321L));
        assertEquals(Optional.empty(), agencies.findByName("No Such Agency"));
    }

    @Test
    void aNameIsUnique() {
        agencies.insert(AgencyKind.FEDERAL_OFFICE, "ERO Twice", "Here", NOW);
        long before = agencies.count();
        assertThrows(UnableToExecuteStatementException.class,
                () -> agencies.insert(AgencyKind.LOCAL_AGENCY, "ERO Twice", "There", NOW));
        assertThrows(UnableToExecuteStatementException.class,
                () -> agencies.insert(AgencyKind.LOCAL_AGENCY, "ero twice", "There", NOW));
        assertEquals(before, agencies.count());
    }

    @Test
    void countCountsEveryAgency() {
        long before = agencies.count();
        agencies.insert(AgencyKind.LOCAL_AGENCY, "Counted Agency", "Here", NOW);
        assertEquals(before + 1, agencies.count());
    }

    @Test
    void pagesAreKeysetPagesInNameOrder() {
        List<String> seen = new ArrayList<>();
        String after = "";
        int pages = 0;
        Pages<Agency> page;
        do {
            List<Agency> rows = agencies.page(after, Pages.SIZE + 1);
            assertTrue(rows.size() <= Pages.SIZE + 1);
            page = Pages.of(rows, Agency::name);
            assertTrue(page.items().size() <= Pages.SIZE);
            page.items().forEach(a -> seen.add(a.name()));
            if (page.hasNext()) {
                assertEquals(page.items().get(Pages.SIZE - 1).name(), page.nextKey());
            }
            after = page.nextKey();
            pages++;
        } while (page.hasNext());
        List<String> expected = jdbi.withHandle(h -> h.createQuery("SELECT name FROM agencies ORDER BY name")
                .mapTo(String.class).list());
        assertEquals(expected, seen, "every agency once, in order");
        assertEquals((expected.size() + Pages.SIZE - 1) / Pages.SIZE, pages);
    }

    @Test
    void aPageStartsAfterItsKey() {
        List<Agency> rows = agencies.page("Paged Agency 09", 3);
        assertEquals(List.of("Paged Agency 10", "Paged Agency 11", "Paged Agency 12"),
                rows.stream().map(Agency::name).toList());
        assertFalse(agencies.page("\uFFFF", 10).stream().anyMatch(a -> a.name().startsWith("Paged")));
    }
}
