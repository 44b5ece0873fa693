package liaison.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many requests took how many business days, as SQL counted them (one row per number of days, never one per
 * request), and what a report says of it: the median and the 90th percentile by nearest rank (the smallest number
 * of days that at least half, or nine in ten, of the requests took at most), and the histogram of issue 12.
 * Over fewer than {@value #MIN_SAMPLE} requests nothing is derived: the page says "fewer than 5".
 */
public final class Distribution {
    /** The smallest number of requests a percentage, median or histogram is shown for. */
    public static final int MIN_SAMPLE = 5;
    /** The histogram's upper bounds, in business days: within 1, 2, 5, 10, 20, then more. */
    static final List<Integer> BOUNDS = List.of(1, 2, 5, 10, 20);

    private final SortedMap<Integer, Long> counts;
    private final long total;

    Distribution(Map<Integer, Long> counts) {
        this.counts = new TreeMap<>(counts);
        this.total = counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long total() {
        return total;
    }

    /** Too few requests for any figure. */
    public boolean small() {
        return total < MIN_SAMPLE;
    }

    public Integer median() {
        return percentile(50);
    }

    public Integer p90() {
        return percentile(90);
    }

    /** The nearest-rank percentile, or null when {@link #small}. */
    Integer percentile(int p) {
        if (small()) {
            return null;
        }
        long rank = (p * total + 99) / 100;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("rank beyond the total");
    }

    /** Requests per bucket of {@link #BOUNDS}, and one more for the rest; each request in exactly one bucket. */
    public List<Long> histogram() {
        List<Long> buckets = new ArrayList<>();
        int lower = Integer.MIN_VALUE;
        for (int bound : BOUNDS) {
            buckets.add(sum(lower, bound));
            lower = bound;
        }
        buckets.add(sum(lower, Integer.MAX_VALUE));
        return buckets;
    }

    private long sum(int above, int atMost) {
        return counts.entrySet().stream().filter(e -> e.getKey() > above && e.getKey() <= atMost)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
