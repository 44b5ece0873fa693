package liaison.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import liaison.requests.RequestType;

/**
 * A report's counts as read ({@link ReportDays}), kept and counted added together: per measure, segment of the
 * {@link Span} and value, how many; and what each section shows, derived from them. What is on the clock is read
 * as overdue now ({@link Measure#keptRead}): as one number, or one per agency.
 */
final class Tally {
    private static final int MAX_BASES = 100;

    private final Map<String, Map<Integer, Map<String, Long>>> counts = new HashMap<>();
    private final List<String> labels;

    Tally(Span monthly) {
        this.labels = monthly.segments.stream().map(Span.Segment::label).toList();
    }

    void add(String measure, int segment, String value, long n) {
        counts.computeIfAbsent(measure, k -> new HashMap<>()).computeIfAbsent(segment, k -> new HashMap<>())
                .merge(value, n, Long::sum);
    }

    /** A measure's counts by value, every segment together, those that add up to nothing left out. */
    private Map<String, Long> byValue(String measure) {
        Map<String, Long> total = new HashMap<>();
        counts.getOrDefault(measure, Map.of()).values().forEach(m -> m.forEach((v, n) -> total.merge(v, n, Long::sum)));
        total.values().removeIf(n -> n == 0);
        return total;
    }

    private Map<String, Long> byValue(Measure m) {
        return byValue(m.kept);
    }

    /** Requests served per month (of the monthly span's segments, in order) and type; months of none left out. */
    List<ReportQueries.Month> months() {
        List<ReportQueries.Month> months = new ArrayList<>();
        Map<Integer, Map<String, Long>> bySegment = counts.getOrDefault(Measure.TYPE.kept, Map.of());
        for (int i = 0; i < labels.size(); i++) {
            Map<RequestType, Long> byType = new LinkedHashMap<>();
            bySegment.getOrDefault(i, Map.of()).forEach((v, n) -> {
                if (n != 0) {
                    byType.put(RequestType.valueOf(v), n);
                }
            });
            if (!byType.isEmpty()) {
                months.add(new ReportQueries.Month(labels.get(i), byType));
            }
        }
        return months;
    }

    ReportQueries.OnTime onTime() {
        return new ReportQueries.OnTime(byValue(Measure.ANSWERED).getOrDefault("", 0L),
                byValue(Measure.ON_TIME).getOrDefault("", 0L));
    }

    Distribution days(Measure m) {
        Map<Integer, Long> days = new HashMap<>();
        byValue(m).forEach((v, n) -> days.put(Integer.parseInt(v), n));
        return new Distribution(days);
    }

    Map<String, Long> outcomes() {
        return new TreeMap<>(byValue(Measure.OUTCOME));
    }

    /** Withheld items by basis, the most first (then by kind and citation); the kept value is kind[:citation]. */
    List<ReportQueries.Withheld> withheld() {
        List<ReportQueries.Withheld> bases = new ArrayList<>();
        byValue(Measure.WITHHELD).forEach((v, n) -> {
            int colon = v.indexOf(':');
            bases.add(new ReportQueries.Withheld(colon < 0 ? v : v.substring(0, colon),
                    colon < 0 ? null : v.substring(colon + 1), n));
        });
        bases.sort(Comparator.comparingLong(ReportQueries.Withheld::items).reversed()
                .thenComparing(ReportQueries.Withheld::kind)
                .thenComparing(ReportQueries.Withheld::citation, Comparator.nullsFirst(Comparator.naturalOrder())));
        return bases.size() > MAX_BASES ? bases.subList(0, MAX_BASES) : bases;
    }

    /** Served requests overdue now: on the clock and due before today, or earlier today. */
    long overdue() {
        return byValue(Measure.DUE).getOrDefault("", 0L);
    }

    /** Open requests filed, by the agency addressed (its id). */
    Map<Long, Long> open() {
        return byAgency(Measure.OPEN);
    }

    /** Requests filed overdue now, by the agency addressed. */
    Map<Long, Long> overdueByAgency() {
        return byAgency(Measure.DUE_BY);
    }

    private Map<Long, Long> byAgency(Measure m) {
        Map<Long, Long> counts = new HashMap<>();
        byValue(m).forEach((v, n) -> counts.put(Long.parseLong(v), n));
        return counts;
    }

    /** Subpoenas filed by stage, every stage listed. */
    Map<String, Long> stages() {
        Map<String, Long> stages = new LinkedHashMap<>();
        ReportQueries.STAGES.forEach(stage -> stages.put(stage, 0L));
        stages.putAll(byValue(Measure.STAGE));
        return stages;
    }

    /** Business days to answer by the agency addressed: agency id to (days to requests). */
    Map<Long, Map<Integer, Long>> answerDaysByAgency() {
        Map<Long, Map<Integer, Long>> days = new HashMap<>();
        byValue(Measure.AGENCY_DAYS).forEach((v, n) -> {
            int colon = v.indexOf(':');
            days.computeIfAbsent(Long.parseLong(v.substring(0, colon)), k -> new HashMap<>())
                    .put(Integer.parseInt(v.substring(colon + 1)), n);
        });
        return days;
    }
}
