package liaison.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The spans of months a words search reads in turn (V64), and the terms it asks the index for. */
class FiledMonthsTest {
    private static final YearMonth OLDEST = YearMonth.of(2025, 1);
    private static final YearMonth NEWEST = YearMonth.of(2026, 12);

    private static String spans(boolean newestFirst, Optional<SearchKey> after) {
        return FiledMonths.spans(newestFirst, OLDEST, NEWEST, after).stream()
                .map(m -> m.first() == null ? "drafts" : m.first() + ".." + m.last() + (m.drafts() ? "+drafts" : ""))
                .toList().toString();
    }

    @Test
    void newestFirstReadsOneMonthThenTwiceAsManyEachTimeDownToTheOldestAndTheDrafts() {
        assertEquals("[2026-12..2026-12, 2026-10..2026-11, 2026-06..2026-09, 2025-10..2026-05,"
                + " 2025-01..2025-09+drafts]", spans(true, Optional.empty()));
    }

    @Test
    void oldestFirstReadsForwardToTheNewestAndTheDrafts() {
        assertEquals("[2025-01..2025-01, 2025-02..2025-03, 2025-04..2025-07, 2025-08..2026-03,"
                + " 2026-04..2026-12+drafts]", spans(false, Optional.empty()));
    }

    @Test
    void aPageAfterAKeyStartsInTheKeysMonth() {
        Optional<SearchKey> march = Optional.of(new SearchKey(Instant.parse("2026-03-15T10:00:00Z"), 7));
        assertEquals("[2026-03..2026-03, 2026-01..2026-02, 2025-09..2025-12, 2025-01..2025-08+drafts]",
                spans(true, march));
        assertEquals("[2026-03..2026-03, 2026-04..2026-05, 2026-06..2026-09, 2026-10..2026-12+drafts]",
                spans(false, march));
    }

    @Test
    void aKeyAmongTheDraftsReadsTheDraftsOnly() {
        assertEquals("[drafts]", spans(true, Optional.of(new SearchKey(SearchKey.LAST_DESC, 7))));
        assertEquals("[drafts]", spans(false, Optional.of(new SearchKey(SearchKey.LAST_ASC, 7))));
    }

    @Test
    void withNothingFiledOnlyTheDraftsAreRead() {
        assertEquals(List.of(true), FiledMonths.spans(true, null, null, Optional.empty()).stream()
                .map(FiledMonths::drafts).toList());
    }

    @Test
    void termsNameEachMonthOfTheSpanOrEveryMonthByTheWordsBeginning() {
        assertEquals("+(s14_custody_m202611 s14_custody_m202612) +(s14_release_m202611 s14_release_m202612)",
                Terms.scoped(14, "custody; at the release",
                        new FiledMonths(YearMonth.of(2026, 11), YearMonth.of(2026, 12), false, false)));
        assertEquals("+s14_custody_m* +s14_release_m*", Terms.scoped(14, "custody release", FiledMonths.EVERY));
        assertEquals("+s14_custody_m0", Terms.scoped(14, "custody", FiledMonths.spans(true, null, null,
                Optional.empty()).get(0)));
        assertEquals("+(s14_custody_m202501 s14_custody_m0)", Terms.scoped(14, "custody",
                FiledMonths.spans(false, OLDEST, OLDEST, Optional.empty()).get(0)));
    }
}
