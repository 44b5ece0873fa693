package liaison.search;

import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Many requests at once for export tests: copies of one filed request, made in the database in batches of
 * {@value #BATCH} (MariaDB's sequence tables number them), each with a tracking number of its own.
 */
final class RequestCopies {
    static final int BATCH = 20_000;

    private RequestCopies() {
    }

    /** Inserts {@code count} copies of request {@code id}, numbered {@code prefix}0000001 and on. */
    static void copy(Jdbi jdbi, long id, int count, String prefix) {
        copy(jdbi, id, count, prefix, false);
    }

    /**
     * The same as a bulk load, as the generator's: the triggers keeping report counts and search words (V62, V63)
     * skip it, or 100,000 copies cost minutes. The copies are then found by name, identifier or filter, not by a
     * word of their text, and are in no report count.
     */
    static void copyInBulk(Jdbi jdbi, long id, int count, String prefix) {
        copy(jdbi, id, count, prefix, true);
    }

    private static void copy(Jdbi jdbi, long id, int count, String prefix, boolean bulk) {
        jdbi.useHandle(h -> {
            List<String> columns = h.createQuery("""
                    SELECT column_name FROM information_schema.columns
                    WHERE table_schema = DATABASE() AND table_name = 'requests' AND is_generated = 'NEVER'
                      AND column_name NOT IN ('id', 'tracking_number') ORDER BY ordinal_position""")
                    .mapTo(String.class).list();
            h.execute("SET SESSION foreign_key_checks = " + (bulk ? 0 : 1));
            String into = String.join(", ", columns);
            String from = columns.stream().map(c -> "r." + c).collect(Collectors.joining(", "));
            for (int first = 1; first <= count; first += BATCH) {
                int last = Math.min(count, first + BATCH - 1);
                h.createUpdate("INSERT INTO requests (tracking_number, " + into + ") SELECT CONCAT(:prefix,"
                                + " LPAD(s.seq, 7, '0')), " + from + " FROM requests r JOIN seq_" + first + "_to_"
                                + last + " s WHERE r.id = :id")
                        .bind("prefix", prefix).bind("id", id).execute();
            }
            h.execute("SET SESSION foreign_key_checks = 1");
        });
    }
}
