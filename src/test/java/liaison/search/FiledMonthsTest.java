package liaison.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The spans of months a words search reads in turn (V64), each sized from what was found, and the terms it asks. */
class FiledMonthsTest {
    /** Filings from the first day of 2025 to the middle of December 2026: 24 months, the last one half filed in. */
    private static final Instant FIRST = Instant.parse("2025-01-01T08:00:00Z");
    private static final Instant LAST = Instant.parse("2026-12-16T08:00:00Z");

    /** The spans read, each finding what {@code found} says of it, until the search has {@code needed} rows. */
    private static String read(boolean newestFirst, Optional<SearchKey> after, int needed,
                               Function<FiledMonths, Integer> found) {
        FiledMonths.Reading reading = new FiledMonths.Reading(newestFirst, FIRST, LAST, after, needed);
        List<String> spans = new ArrayList<>();
        int total = 0;
        for (FiledMonths m = reading.next(); m != null && total < needed; m = reading.next()) {
            spans.add(m.first() == null ? "drafts" : m.first() + ".." + m.last() + (m.drafts() ? "+drafts" : ""));
            int rows = found.apply(m);
            reading.found(rows);
            total += rows;
        }
        return spans.toString();
    }

    /** So many rows a month in the span (a whole month's worth, however much of it was filed in). */
    private static Function<FiledMonths, Integer> perMonth(int rows) {
        return m -> m.first() == null ? 0 : rows * (int) (m.first().until(m.last(), ChronoUnit.MONTHS) + 1);
    }

    @Test
    void aCommonWordReadsTheNewestMonthThenWhatItsRateSaysFillsThePage() {
        // 20 in the half month of December: 40 a month; 6 more are wanted, a month holds them
        assertEquals("[2026-12..2026-12, 2026-11..2026-11]", read(true, Optional.empty(), 26, perMonth(20)));
        // the count's 1,001: 980 more at 40 a month, with the margin
        assertEquals("[2026-12..2026-12, 2025-01..2026-11+drafts]", read(true, Optional.empty(), 1001, perMonth(20)));
        // 300 a span-month: December's 300 in its half month say 20 a day, so 701 more take two months (with the
        // margin); they hold 600, and the rate found so far then says one more month
        assertEquals("[2026-12..2026-12, 2026-10..2026-11, 2026-09..2026-09]",
                read(true, Optional.empty(), 1001, perMonth(300)));
    }

    @Test
    void aRareWordReadsTheNewestMonthThenEveryMonthLeftWithTheDrafts() {
        assertEquals("[2026-12..2026-12, 2025-01..2026-11+drafts]", read(true, Optional.empty(), 26, perMonth(0)));
    }

    @Test
    void oldestFirstReadsForwardFromTheOldestMonth() {
        assertEquals("[2025-01..2025-01, 2025-02..2025-02]", read(false, Optional.empty(), 26, perMonth(20)));
    }

    @Test
    void noMoreThanFourSpansAreRead() {
        // one a month found in every span after the first: each estimate falls short
        List<String> spans = new ArrayList<>();
        FiledMonths.Reading reading = new FiledMonths.Reading(true, FIRST, LAST, Optional.empty(), 1001);
        for (FiledMonths m = reading.next(); m != null; m = reading.next()) {
            spans.add(m.first() + ".." + m.last() + (m.drafts() ? "+drafts" : ""));
            reading.found(spans.size() == 1 ? 200 : 1);
        }
        assertEquals(FiledMonths.MOST_SPANS, spans.size(), spans.toString());
        assertEquals("2025-01", spans.get(spans.size() - 1).substring(0, 7));
    }

    @Test
    void aPageAfterAKeyStartsInTheKeysMonth() {
        Optional<SearchKey> march = Optional.of(new SearchKey(Instant.parse("2026-03-15T10:00:00Z"), 7));
        assertEquals("[2026-03..2026-03, 2025-01..2026-02+drafts]", read(true, march, 26, perMonth(0)));
        assertEquals("[2026-03..2026-03, 2026-04..2026-12+drafts]", read(false, march, 26, perMonth(0)));
    }

    @Test
    void aKeyAmongTheDraftsOrNothingFiledReadsTheDraftsOnly() {
        assertEquals("[drafts]", read(true, Optional.of(new SearchKey(SearchKey.LAST_DESC, 7)), 26, perMonth(5)));
        assertEquals("[drafts]", read(false, Optional.of(new SearchKey(SearchKey.LAST_ASC, 7)), 26, perMonth(5)));
        FiledMonths.Reading none = new FiledMonths.Reading(true, null, null, Optional.empty(), 26);
        FiledMonths only = none.next();
        assertEquals(List.of(true, true), List.of(only.drafts(), none.next() == null));
    }

    @Test
    void termsNameEachMonthOfTheSpanOrEveryMonthByTheWordsBeginning() {
        assertEquals("+(s14_custody_m202611 s14_custody_m202612) +(s14_release_m202611 s14_release_m202612)",
                Terms.scoped(14, "custody; at the release",
                        new FiledMonths(YearMonth.of(2026, 11), YearMonth.of(2026, 12), false, false)));
        assertEquals("+s14_custody_m* +s14_release_m*", Terms.scoped(14, "custody release", FiledMonths.EVERY));
        assertEquals("+s14_custody_m0", Terms.scoped(14, "custody", new FiledMonths(null, null, true, false)));
        assertEquals("+(s14_custody_m202501 s14_custody_m0)", Terms.scoped(14, "custody",
                new FiledMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 1), true, false)));
    }
}
