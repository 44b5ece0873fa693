package liaison.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The tab-separated text LOAD DATA reads: escapes, NULL, numbers, and instants as the portal stores them (UTC). */
class BatchTest {

    @Test
    void valuesAreWrittenAsTheServerReadsThem() {
        Batch b = new Batch("t", "a", "b", "c", "d", "e", "f", "g", "h");
        b.add(null, "tab\there\nline\\end", 0L, -42, 1234567890123L, true, LocalDate.of(1957, 3, 9), "Zoë\tMüller");
        b.add(Instant.parse("2026-11-02T14:05:09.123456Z"), Instant.parse("2026-11-02T00:00:00Z"),
                Instant.parse("1999-12-31T23:59:59.000001Z"), Instant.parse("2026-11-02T23:00:00.5Z"), false,
                Long.MIN_VALUE, "", 7);

        assertEquals("\\N\ttab\\there\\nline\\\\end\t0\t-42\t1234567890123\t1\t1957-03-09\tZoë\\tMüller\n"
                + "2026-11-02 14:05:09.123456\t2026-11-02 00:00:00.000000\t1999-12-31 23:59:59.000001\t"
                + "2026-11-02 23:00:00.500000\t0\t-9223372036854775808\t\t7\n", b.text());
        assertEquals(2, b.size());
    }
}
