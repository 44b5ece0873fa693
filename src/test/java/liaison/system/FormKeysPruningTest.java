package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import liaison.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** Form keys are kept a week, then the scheduled pruning removes them. */
class FormKeysPruningTest {

    @Test
    void keysOlderThanAWeekAreRemovedAndNewerOnesKept() {
        try (Database db = TestDatabase.fresh()) {
            Instant now = Instant.parse("2026-11-20T12:00:00Z");
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO accounts (email, display_name, password_hash, created_at)"
                        + " VALUES ('pruning@office.test', 'Pruning Person', 'x', ?)", now);
                long account = h.createQuery("SELECT id FROM accounts").mapTo(Long.class).one();
                for (String[] key : new String[][] {{"old", "P8D"}, {"new", "P6D"}}) {
                    h.execute("INSERT INTO form_keys (form_key, action, account_id, location, created_at)"
                            + " VALUES (?, '/requests/new', ?, '/requests', ?)", key[0], account,
                            now.minus(java.time.Duration.parse(key[1])));
                }
            });
            assertEquals(1, FormKeys.prune(db.jdbi(), now));
            assertEquals(List.of("new"), db.jdbi().withHandle(h -> h.createQuery("SELECT form_key FROM form_keys")
                    .mapTo(String.class).list()));
        }
    }
}
