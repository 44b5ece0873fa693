package liaison.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liaison.requests.Outcome;
import liaison.requests.RequestType;
import liaison.system.Messages;

/**
 * Turns the queries' numbers into a report's sections: the figures, the charts and their tables, in words. A
 * percentage, median or histogram over fewer than {@link Distribution#MIN_SAMPLE} requests reads "fewer than 5".
 */
final class ReportCharts {
    private final ReportQueries queries;
    private final Messages messages;

    ReportCharts(ReportQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    /** The sections the scope has: a local agency's, a federal office's, the portal's (both, and sign-ins). */
    List<Report.Section> sections(Scope s, ReportFilter f, Instant now) {
        List<Report.Section> sections = new ArrayList<>();
        if (s.local()) {
            sections.add(local(s, f, now));
        }
        if (s.federal()) {
            sections.add(federal(s, f, now));
        }
        if (s.portal()) {
            sections.add(signIns(f));
        }
        return sections;
    }

    private Report.Section local(Scope s, ReportFilter f, Instant now) {
        Tally t = queries.tally(s, f, Measure.LOCAL, now);
        List<ReportQueries.Month> months = t.months();
        ReportQueries.OnTime onTime = t.onTime();
        Distribution ack = t.days(Measure.ACK);
        Distribution answer = t.days(Measure.ANSWER);
        long received = months.stream().mapToLong(ReportQueries.Month::total).sum();
        List<Report.Figure> figures = List.of(
                figure("received", String.valueOf(received)),
                figure("onTime", onTime.answered() < Distribution.MIN_SAMPLE ? fewer()
                        : messages.get("reports.percent", Math.round(100.0 * onTime.onTime() / onTime.answered()),
                        onTime.onTime(), onTime.answered())),
                figure("overdue", String.valueOf(t.overdue())),
                figure("ackMedian", days(ack.median(), ack)), figure("ackP90", days(ack.p90(), ack)),
                figure("answerMedian", days(answer.median(), answer)),
                figure("answerP90", days(answer.p90(), answer)));
        List<Chart> charts = List.of(monthly(months, f), histogram("ack", ack), histogram("answer", answer),
                outcomes(t.outcomes()), withheld(t.withheld()));
        return new Report.Section("local", messages.get("reports.local.heading"), figures, charts);
    }

    private Report.Section federal(Scope s, ReportFilter f, Instant now) {
        Tally t = queries.tally(s, f, Measure.FEDERAL, now);
        Chart.Builder load = chart("load", "agency", "open", "overdue");
        queries.load(t).forEach(a -> load.row(a.open(),
                List.of(a.name(), String.valueOf(a.open()), String.valueOf(a.overdue()))));
        Chart.Builder stages = chart("stages", "stage", "requests");
        t.stages().forEach((stage, n) -> stages.row(n,
                List.of(messages.get("reports.stage." + stage), String.valueOf(n))));
        Chart.Builder times = chart("agencyTimes", "agency", "answered", "median", "p90");
        queries.times(t).forEach(a -> times.row(a.days().small() ? 0 : a.days().median(),
                List.of(a.name(), String.valueOf(a.days().total()), days(a.days().median(), a.days()),
                        days(a.days().p90(), a.days()))));
        return new Report.Section("federal", messages.get("reports.federal.heading"), List.of(),
                List.of(empty(load), stages.build(), empty(times)));
    }

    private Report.Section signIns(ReportFilter f) {
        Chart.Builder chart = chart("signIns", "day", "failures", "lockouts");
        queries.signIns(f).forEach(d -> chart.row(d.failures(),
                List.of(d.day().toString(), String.valueOf(d.failures()), String.valueOf(d.lockouts()))));
        return new Report.Section("signIns", messages.get("reports.signIns.heading"), List.of(),
                List.of(empty(chart)));
    }

    /** Every month of the range, those with no request too. */
    private Chart monthly(List<ReportQueries.Month> found, ReportFilter f) {
        Map<String, ReportQueries.Month> byMonth = new java.util.HashMap<>();
        found.forEach(m -> byMonth.put(m.month(), m));
        List<ReportQueries.Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
            months.add(byMonth.getOrDefault(m.toString(), new ReportQueries.Month(m.toString(), Map.of())));
        }
        List<String> headers = new ArrayList<>(List.of(messages.get("reports.column.month")));
        for (RequestType t : RequestType.values()) {
            headers.add(t.label());
        }
        headers.add(messages.get("reports.column.total"));
        Chart.Builder chart = new Chart.Builder("months", messages.get("reports.chart.months"), headers);
        for (ReportQueries.Month m : months) {
            List<String> cells = new ArrayList<>(List.of(m.month()));
            for (RequestType t : RequestType.values()) {
                cells.add(String.valueOf(m.byType().getOrDefault(t, 0L)));
            }
            cells.add(String.valueOf(m.total()));
            chart.row(m.total(), cells);
        }
        return empty(chart);
    }

    private Chart histogram(String which, Distribution d) {
        Chart.Builder chart = chart(which, "within", "requests");
        if (d.small()) {
            return chart.note(messages.get("reports.fewer.note", Distribution.MIN_SAMPLE)).build();
        }
        List<Long> buckets = d.histogram();
        for (int i = 0; i < buckets.size(); i++) {
            String label = i < Distribution.BOUNDS.size()
                    ? messages.get("reports.bucket.within", Distribution.BOUNDS.get(i))
                    : messages.get("reports.bucket.more", Distribution.BOUNDS.get(i - 1));
            chart.row(buckets.get(i), List.of(label, String.valueOf(buckets.get(i))));
        }
        return chart.build();
    }

    private Chart outcomes(Map<String, Long> byOutcome) {
        Chart.Builder chart = chart("outcomes", "outcome", "requests");
        for (Outcome o : Outcome.values()) {
            long n = byOutcome.getOrDefault(o.name(), 0L);
            chart.row(n, List.of(o.label(), String.valueOf(n)));
        }
        return empty(chart);
    }

    private Chart withheld(List<ReportQueries.Withheld> rows) {
        Chart.Builder chart = chart("withheld", "basis", "items");
        rows.forEach(w -> chart.row(w.items(), List.of(w.citation() != null ? w.citation()
                : messages.get("reports.basis." + w.kind()), String.valueOf(w.items()))));
        return empty(chart);
    }

    private Chart.Builder chart(String id, String... columns) {
        List<String> headers = java.util.Arrays.stream(columns).map(c -> messages.get("reports.column." + c)).toList();
        return new Chart.Builder(id, messages.get("reports.chart." + id), headers);
    }

    /** A chart of nothing says so rather than drawing an empty frame. */
    private Chart empty(Chart.Builder chart) {
        Chart built = chart.build();
        return built.rows().isEmpty() ? chart.note(messages.get("reports.none")).build() : built;
    }

    private Report.Figure figure(String key, String value) {
        return new Report.Figure(messages.get("reports.figure." + key), value);
    }

    private String days(Integer value, Distribution d) {
        return d.small() ? fewer() : messages.get("reports.days", value);
    }

    private String fewer() {
        return messages.get("reports.fewer", Distribution.MIN_SAMPLE);
    }
}
