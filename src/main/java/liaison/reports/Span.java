package liaison.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's days, as the kept counts and the requests are read for them. The viewer's days (in their zone) are one
 * segment, or one per month for the chart by month; each segment is an interval of the stored DATETIMEs (the JVM's
 * zone, UTC where the portal runs as told). The stored days wholly inside a segment are read from the kept counts
 * ({@link #kept}: whole months from the monthly rows, the days around them from the daily ones); only what is left
 * at each end, less than a day, is counted from the requests ({@link #live}). Counted (no kept counts), each segment
 * is one live piece.
 */
final class Span {
    /** One part of the report: the label its numbers are kept under ("" or the month), and its stored interval. */
    record Segment(String label, LocalDateTime start, LocalDateTime end) {
    }

    /**
     * Kept rows of {@code grain} ('D' or 'M') whose day is in [from, to), all of segment {@code segment}, added
     * ({@code sign} 1) or taken away (-1: the days of a month that are not the segment's, when that reads fewer rows).
     */
    record Days(int segment, char grain, LocalDate from, LocalDate to, int sign) {
    }

    /** Requests whose time is in [start, end), all of segment {@code segment}. */
    record Piece(int segment, LocalDateTime start, LocalDateTime end) {
    }

    final List<Segment> segments = new ArrayList<>();
    final List<Days> kept = new ArrayList<>();
    final List<Piece> live = new ArrayList<>();

    /** The filter's days as one segment, or a segment per month ({@code monthly}); kept counts read when {@code useKept}. */
    Span(ReportFilter f, boolean monthly, boolean useKept) {
        ZoneId zone = f.zone();
        if (monthly) {
            for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
                LocalDate first = m.atDay(1).isBefore(f.from()) ? f.from() : m.atDay(1);
                LocalDate after = m.plusMonths(1).atDay(1).isAfter(f.to()) ? f.to().plusDays(1) : m.plusMonths(1).atDay(1);
                segments.add(new Segment(m.toString(), stored(first, zone), stored(after, zone)));
            }
        } else {
            segments.add(new Segment("", stored(f.from(), zone), stored(f.to().plusDays(1), zone)));
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            LocalDate firstDay = s.start().toLocalTime().equals(LocalTime.MIDNIGHT) ? s.start().toLocalDate()
                    : s.start().toLocalDate().plusDays(1);
            LocalDate afterDays = s.end().toLocalDate();
            if (!useKept || !firstDay.isBefore(afterDays)) {
                live.add(new Piece(i, s.start(), s.end()));
                continue;
            }
            if (s.start().isBefore(firstDay.atStartOfDay())) {
                live.add(new Piece(i, s.start(), firstDay.atStartOfDay()));
            }
            days(i, firstDay, afterDays);
            if (afterDays.atStartOfDay().isBefore(s.end())) {
                live.add(new Piece(i, afterDays.atStartOfDay(), s.end()));
            }
        }
    }

    /** The stored DATETIME of the first instant of {@code day} in {@code zone}. */
    static LocalDateTime stored(LocalDate day, ZoneId zone) {
        return stored(day.atStartOfDay(zone).toInstant());
    }

    static LocalDateTime stored(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneId.systemDefault());
    }

    /**
     * The kept rows of the stored days [from, to): the months wholly inside them from the monthly rows; a month
     * partly inside from its daily rows, or from its monthly row less the daily rows of the days outside, whichever
     * is fewer rows (a month of the viewer's days in another zone than the stored one: a month less a day).
     */
    private void days(int segment, LocalDate from, LocalDate to) {
        for (LocalDate m = from.withDayOfMonth(1); m.isBefore(to); m = m.plusMonths(1)) {
            LocalDate month = m;
            LocalDate next = month.plusMonths(1);
            LocalDate start = from.isAfter(month) ? from : month;
            LocalDate end = to.isBefore(next) ? to : next;
            long inside = ChronoUnit.DAYS.between(start, end);
            long outside = ChronoUnit.DAYS.between(month, start) + ChronoUnit.DAYS.between(end, next);
            if (outside == 0) {
                kept.add(new Days(segment, 'M', month, next, 1));
            } else if (outside + 1 < inside && kept.stream().noneMatch(d -> d.grain() == 'M' && d.from().equals(month))) {
                kept.add(new Days(segment, 'M', month, next, 1));
                if (month.isBefore(start)) {
                    kept.add(new Days(segment, 'D', month, start, -1));
                }
                if (end.isBefore(next)) {
                    kept.add(new Days(segment, 'D', end, next, -1));
                }
            } else {
                kept.add(new Days(segment, 'D', start, end, 1));
            }
        }
    }
}
