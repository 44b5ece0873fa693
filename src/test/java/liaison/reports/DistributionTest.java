package liaison.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Median, 90th percentile (nearest rank) and histogram from counts per number of days; nothing from fewer than 5. */
class DistributionTest {

    @Test
    void percentilesByNearestRank() {
        // 0, 1, 1, 2, 4, 4, 4, 9, 12, 30
        Distribution d = new Distribution(Map.of(0, 1L, 1, 2L, 2, 1L, 4, 3L, 9, 1L, 12, 1L, 30, 1L));
        assertEquals(10, d.total());
        assertEquals(4, d.median(), "rank 5");
        assertEquals(12, d.p90(), "rank 9");
        assertEquals(30, d.percentile(100));
        assertEquals(0, d.percentile(1));
    }

    @Test
    void everyRequestIsInOneBucket() {
        Distribution d = new Distribution(Map.of(0, 1L, 1, 2L, 2, 1L, 4, 3L, 9, 1L, 12, 1L, 30, 1L));
        assertEquals(List.of(3L, 1L, 3L, 1L, 1L, 1L), d.histogram(), "within 1, 2, 5, 10, 20, more");
        Distribution edges = new Distribution(Map.of(5, 1L, 10, 1L, 20, 1L, 21, 1L, 6, 1L));
        assertEquals(List.of(0L, 0L, 1L, 2L, 1L, 1L), edges.histogram());
    }

    @Test
    void fewerThanFiveGivesNoFigure() {
        Distribution four = new Distribution(Map.of(3, 4L));
        assertTrue(four.small());
        assertNull(four.median());
        assertNull(four.p90());
        Distribution five = new Distribution(Map.of(3, 4L, 8, 1L));
        assertEquals(3, five.median());
        assertEquals(8, five.p90());
        assertTrue(new Distribution(Map.of()).small());
    }
}
