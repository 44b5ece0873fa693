package liaison.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Months of filing a words search reads at once (V64: each word is written with the month, in UTC, its request was
 * filed, or 0 while a draft). Listed by filing date, a search reads the newest month first (the oldest, oldest
 * first), then as many months more as what it found so far says will fill its page ({@link Reading}), and stops
 * once it is full: every request in a month's lists was filed in that month, so the rows of one span all come before
 * the next span's and the order stays exact. Drafts (never filed) come last in either order: the last span reads
 * them too. Any other order reads every month at once ({@link #EVERY}).
 *
 * @param first  the span's first month (the oldest), null for none
 * @param last   the span's last month (the newest), null for none
 * @param drafts whether the span holds the requests not yet filed
 * @param every  every month and the drafts: a word's lists read whole
 */
record FiledMonths(YearMonth first, YearMonth last, boolean drafts, boolean every) {
    /**
     * The zone the driver writes instants' dates in (the JVM's: UTC where the portal runs), so the database's months
     * of filing (V64) and these are the same.
     */
    static final ZoneId STORED = ZoneId.systemDefault();
    static final FiledMonths EVERY = new FiledMonths(null, null, true, true);
    /** At most this many spans: the last reads all that is left. */
    static final int MOST_SPANS = 4;
    private static final double DAYS_A_MONTH = 30.44;
    /** A span is made this much longer than what was found so far says is enough. */
    private static final double MARGIN = 1.25;

    /**
     * The spans of one search, each sized from what the spans before it found: the first is one month (the key's,
     * after a key); if it found nothing, the words are rare and the next reads every month left; else the next is
     * as many months as the rate found so far (per day filed in) says hold what is still needed, with a margin.
     */
    static final class Reading {
        private final boolean newestFirst;
        private final Instant firstFiled;
        private final Instant lastFiled;
        private final int needed;
        private final boolean every;
        /** The month the next span starts from (going back when newest first), null when the months are done. */
        private YearMonth from;
        private final YearMonth end;
        private boolean done;
        private int spans;
        private long found;
        private double days;

        /**
         * {@code firstFiled} and {@code lastFiled}: the first and last filings of all (null when none is filed);
         * {@code needed}: how many rows the search wants (a page and one, or the count's cap and one).
         */
        Reading(boolean newestFirst, Instant firstFiled, Instant lastFiled, Optional<SearchKey> after, int needed) {
            this(newestFirst, firstFiled, lastFiled, after, needed, false);
        }

        private Reading(boolean newestFirst, Instant firstFiled, Instant lastFiled, Optional<SearchKey> after,
                        int needed, boolean every) {
            this.every = every;
            this.newestFirst = newestFirst;
            this.firstFiled = firstFiled;
            this.lastFiled = lastFiled;
            this.needed = needed;
            boolean inDrafts = after.isPresent() && after.get().at().equals(newestFirst ? SearchKey.LAST_DESC
                    : SearchKey.LAST_ASC);
            YearMonth oldest = month(firstFiled);
            YearMonth newest = month(lastFiled);
            this.end = newestFirst ? oldest : newest;
            YearMonth start = newestFirst ? newest : oldest;
            YearMonth key = after.map(k -> month(k.at())).orElse(null);
            if (start != null && key != null && (newestFirst ? key.isBefore(start) : key.isAfter(start))) {
                start = key;
            }
            this.from = start == null || inDrafts || beyond(start) ? null : start;
        }

        /**
         * The spans a search reads in turn, for {@code needed} rows: for words listed by filing date, from the first
         * and last filings of all (the filing date's index, two reads); else every month at once.
         */
        static Reading of(Handle h, Criteria c, Optional<SearchKey> after, int needed) {
            boolean words = c.text() != null && !Terms.required(c.text(), "", "").isEmpty()
                    || c.quick() != null && !Terms.required(c.quick(), "", "").isEmpty();
            if (!words || c.sort() != Sort.FILED_NEWEST && c.sort() != Sort.FILED_OLDEST) {
                return everyAtOnce();
            }
            Instant[] filed = h.createQuery("SELECT MIN(submitted_at) AS first, MAX(submitted_at) AS last"
                            + " FROM requests")
                    .map((rs, ctx) -> new Instant[] {instant(rs.getTimestamp("first")),
                        instant(rs.getTimestamp("last"))})
                    .one();
            return new Reading(c.sort() == Sort.FILED_NEWEST, filed[0], filed[1], after, needed);
        }

        private static Instant instant(Timestamp at) {
            return at == null ? null : at.toInstant();
        }

        /** One span, every month at once: for an order other than by filing date, or a search without words. */
        static Reading everyAtOnce() {
            return new Reading(true, null, null, Optional.empty(), 0, true);
        }

        private static YearMonth month(Instant at) {
            return at == null ? null : YearMonth.from(at.atZone(STORED));
        }

        private boolean beyond(YearMonth m) {
            return newestFirst ? m.isBefore(end) : m.isAfter(end);
        }

        /** The next span to read, or null when every one has been read. */
        FiledMonths next() {
            if (done) {
                return null;
            }
            spans++;
            if (every) {
                done = true;
                return EVERY;
            }
            if (from == null) {
                done = true;
                return new FiledMonths(null, null, true, false);
            }
            long left = Math.abs(ChronoUnit.MONTHS.between(from, end)) + 1;
            long size = spans == 1 ? 1 : found == 0 || spans >= MOST_SPANS ? left
                    : (long) Math.ceil((needed - found) * MARGIN * days / found / DAYS_A_MONTH);
            size = Math.max(1, Math.min(size, left));
            YearMonth to = newestFirst ? from.minusMonths(size - 1) : from.plusMonths(size - 1);
            FiledMonths span = newestFirst ? new FiledMonths(to, from, size == left, false)
                    : new FiledMonths(from, to, size == left, false);
            days += span.daysFiledIn(firstFiled, lastFiled);
            done = size == left;
            from = newestFirst ? to.minusMonths(1) : to.plusMonths(1);
            return span;
        }

        /** How many rows the span just read found. */
        void found(long rows) {
            found += rows;
        }
    }

    /** Days of this span (at least one) between the first and last filings of all. */
    private double daysFiledIn(Instant firstFiled, Instant lastFiled) {
        Instant from = start().isAfter(firstFiled) ? start() : firstFiled;
        Instant to = end().isBefore(lastFiled) ? end() : lastFiled;
        return Math.max(1, Duration.between(from, to).toSeconds() / 86_400.0);
    }

    /** The terms that find {@code word} (scoped to an agency, V62) in this span: {@code (s14_custody_m202612 ...)}. */
    String terms(String word) {
        if (every) {
            return word + "_m*";
        }
        List<String> terms = new ArrayList<>();
        for (YearMonth m = first; m != null && !m.isAfter(last); m = m.plusMonths(1)) {
            terms.add(word + "_m" + String.format("%04d%02d", m.getYear(), m.getMonthValue()));
        }
        if (drafts) {
            terms.add(word + "_m0");
        }
        return terms.size() == 1 ? terms.get(0) : "(" + String.join(" ", terms) + ")";
    }

    /** The condition on the filing date that holds the requests of this span, or null for every month. */
    String condition() {
        if (every) {
            return null;
        }
        String months = first == null ? null : "r.submitted_at >= :filedFirst AND r.submitted_at < :filedAfter";
        return months == null ? "r.submitted_at IS NULL"
                : drafts ? "(" + months + " OR r.submitted_at IS NULL)" : months;
    }

    /** Whether the condition binds the span's first and last instants. */
    boolean dated() {
        return !every && first != null;
    }

    Instant start() {
        return first.atDay(1).atStartOfDay(STORED).toInstant();
    }

    Instant end() {
        return last.plusMonths(1).atDay(1).atStartOfDay(STORED).toInstant();
    }
}
