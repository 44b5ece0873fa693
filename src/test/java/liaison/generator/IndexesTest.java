package liaison.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import liaison.accounts.PasswordHasher;
import liaison.demo.DemoData;
import liaison.support.TestDatabase;
import liaison.system.Database;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The big load's way with indexes (from 50,000 requests): taken off, then put back as they were, the full-text ones
 * finding what the rows hold.
 */
class IndexesTest {
    private static final String SCHEMA = """
            SELECT GROUP_CONCAT(CONCAT_WS(' ', TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE, SEQ_IN_INDEX, COLUMN_NAME)
                ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX SEPARATOR '\\n')
            FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()""";
    private static final String KEYS = """
            SELECT GROUP_CONCAT(CONCAT_WS(' ', TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME,
                REFERENCED_COLUMN_NAME) ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION SEPARATOR '\\n')
            FROM information_schema.KEY_COLUMN_USAGE
            WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL""";

    @Test
    void takenOffAndPutBackAsTheyWereWithFullTextThatFinds() throws Exception {
        Database db = TestDatabase.fresh();
        Jdbi jdbi = db.jdbi();
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T14:00:00Z"), ZoneOffset.UTC);
        assertEquals(0, Generate.run(new String[] {Generate.COMMAND, "--requests", "300"}, db.dataSource(), clock,
                new PasswordHasher(4).hash(DemoData.PASSWORD), DemoData.TOTP_SECRET,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
        String indexes = text(jdbi, SCHEMA);
        String keys = text(jdbi, KEYS);

        Indexes.Off off;
        try (Connection c = db.dataSource().getConnection()) {
            off = Indexes.takeOff(c);
        }
        assertTrue(off.indexes().stream().anyMatch(Indexes.Index::fulltext), "the full-text indexes go too");
        assertEquals(0, count(jdbi, "SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND INDEX_NAME <> 'PRIMARY' AND TABLE_NAME IN (" + quoted(Indexes.TABLES) + ")"));
        Indexes.putBack(db.dataSource(), off);

        assertEquals(indexes, text(jdbi, SCHEMA), "every index as it was");
        assertEquals(keys, text(jdbi, KEYS), "every foreign key as it was");
        String word = text(jdbi, "SELECT SUBSTRING_INDEX(words, ' ', 1) FROM search_texts ORDER BY request_id LIMIT 1");
        assertEquals(count(jdbi, "SELECT COUNT(*) FROM search_texts WHERE CONCAT(' ', words, ' ') LIKE '% " + word
                        + " %'"),
                count(jdbi, "SELECT COUNT(*) FROM search_texts WHERE MATCH(words) AGAINST('+" + word
                        + "' IN BOOLEAN MODE)"), "the words' full-text index finds every row holding " + word);
        String name = text(jdbi, "SELECT SUBSTRING_INDEX(subject_name, ' ', -1) FROM requests ORDER BY id LIMIT 1");
        assertEquals(count(jdbi, "SELECT COUNT(*) FROM requests WHERE CONCAT(' ', subject_name, ' ',"
                        + " COALESCE(subject_aliases, ''), ' ') LIKE '% " + name + " %'"),
                count(jdbi, "SELECT COUNT(*) FROM requests WHERE MATCH(subject_name, subject_aliases) AGAINST('+"
                        + name + "' IN BOOLEAN MODE)"), "the names' full-text index finds every " + name);
        db.close();
    }

    private static String quoted(List<String> tables) {
        return String.join(", ", tables.stream().map(t -> "'" + t + "'").toList());
    }

    private static String text(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
