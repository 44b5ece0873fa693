package liaison.search;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Months of filing a words search reads at once (V64: each word is written with the month, in UTC, its request was
 * filed, or 0 while a draft). Listed by filing date, a search reads the newest months first (the oldest, oldest
 * first), one month, then two, four and so on, and stops once a page is full: every request in a month's lists was
 * filed in that month, so the rows of one span all come before the next span's and the order stays exact. Drafts
 * (never filed) come last in either order: the last span reads them too. Any other order reads every month at once
 * ({@link #EVERY}). A search thus runs its statement at most once per span: about log2 of the months filed in, plus
 * one.
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

    /**
     * The spans to read in order for a search sorted by filing date, after the key if a page is asked for after one;
     * {@code oldest} and {@code newest}: the months of the first and last filings of all (null when none is filed).
     */
    static List<FiledMonths> spans(boolean newestFirst, YearMonth oldest, YearMonth newest, Optional<SearchKey> after) {
        List<FiledMonths> spans = new ArrayList<>();
        boolean inDrafts = after.isPresent() && (after.get().at().equals(SearchKey.LAST_DESC) && newestFirst
                || after.get().at().equals(SearchKey.LAST_ASC) && !newestFirst);
        if (oldest != null && !inDrafts) {
            YearMonth from = after.map(k -> YearMonth.from(k.at().atZone(STORED))).orElse(null);
            if (newestFirst) {
                YearMonth last = from == null || from.isAfter(newest) ? newest : from;
                for (long size = 1; !last.isBefore(oldest); size *= 2) {
                    YearMonth first = last.minusMonths(size - 1);
                    spans.add(new FiledMonths(first.isBefore(oldest) ? oldest : first, last, false, false));
                    last = first.minusMonths(1);
                }
            } else {
                YearMonth first = from == null || from.isBefore(oldest) ? oldest : from;
                for (long size = 1; !first.isAfter(newest); size *= 2) {
                    YearMonth last = first.plusMonths(size - 1);
                    spans.add(new FiledMonths(first, last.isAfter(newest) ? newest : last, false, false));
                    first = last.plusMonths(1);
                }
            }
        }
        FiledMonths end = spans.isEmpty() ? new FiledMonths(null, null, true, false) : spans.remove(spans.size() - 1);
        spans.add(new FiledMonths(end.first, end.last, true, false));
        return spans;
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
