package liaison.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import liaison.system.FormDates;
import liaison.system.Messages;
import liaison.system.Problems;

/**
 * A report's filters as typed in the address (GET, so a report can be bookmarked): the days from and to (both
 * included, in the viewer's zone; the last twelve months when left empty) and one agency among those offered.
 * Each field is checked with a message next to it and everything typed kept; no report is computed until all are right.
 */
final class ReportFilter {
    static final List<String> FIELDS = List.of("from", "to", "agency");
    static final int MAX_YEARS = 10;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_SHOWN = 40;

    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Problems problems = new Problems();
    private final LocalDate from;
    private final LocalDate to;
    private final Long agency;
    private final ZoneId zone;

    /** {@code param}: a field's value, null when absent; {@code agencies}: the ids one may choose. */
    ReportFilter(Function<String, String> param, ZoneId zone, LocalDate today, Set<Long> agencies) {
        this.zone = zone;
        Map<String, String> sent = new LinkedHashMap<>();
        FIELDS.forEach(f -> {
            String raw = param.apply(f);
            String v = raw == null ? "" : raw.strip();
            sent.put(f, v);
            typed.put(f, v.length() > MAX_SHOWN ? v.substring(0, MAX_SHOWN) : v);
        });
        LocalDate typedTo = date("to", sent.get("to"));
        LocalDate typedFrom = date("from", sent.get("from"));
        LocalDate end = typedTo != null ? typedTo : today;
        LocalDate start = typedFrom != null ? typedFrom : end.minusMonths(12).plusDays(1);
        if (!problems.any()) {
            problems.when(end.isBefore(start), "to", "reports.error.order");
            problems.when(ChronoUnit.YEARS.between(start, end) >= MAX_YEARS, "to", "reports.error.tooLong", MAX_YEARS);
        }
        this.from = start;
        this.to = end;
        this.agency = agency(sent.get("agency"), agencies);
    }

    private LocalDate date(String field, String v) {
        if (v.isEmpty()) {
            return null;
        }
        LocalDate day = FormDates.parse(v);
        if (problems.when(day == null, field, "reports.error.date")) {
            return null;
        }
        if (problems.when(day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR, field, "reports.error.years",
                String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))) {
            return null;
        }
        return day;
    }

    private Long agency(String v, Set<Long> agencies) {
        if (v.isEmpty()) {
            return null;
        }
        Long id = null;
        if (v.length() <= 18 && v.chars().allMatch(Character::isDigit)) {
            id = Long.parseLong(v);
        }
        return problems.when(id == null || !agencies.contains(id), "agency", "reports.error.agency") ? null : id;
    }

    boolean hasErrors() {
        return problems.any();
    }

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    /** The first instant of the first day. */
    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day (exclusive). */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    ZoneId zone() {
        return zone;
    }

    /** The agency chosen, or null for all. */
    Long agency() {
        return agency;
    }

    Map<String, String> typed() {
        return typed;
    }

    void show(Map<String, Object> model, Messages messages) {
        problems.show(model, messages, "reports.field.");
    }

    /** What the filter is, for the audit log: the days and the agency's id. */
    String describe() {
        return "from " + from + " to " + to + (agency == null ? "" : ", agency " + agency);
    }

    /** The export's address, with the filter as typed. */
    String exportHref() {
        String query = typed.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/reports/export" + (query.isEmpty() ? "" : "?" + query);
    }
}
