package liaison.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import liaison.requests.Priority;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import liaison.system.FormDates;
import liaison.system.Messages;
import liaison.system.Problems;

/**
 * The search as typed in the address (GET, so a search can be bookmarked and shared): each field checked, with a
 * message next to the one that is wrong and everything typed kept. Nothing is searched until every field is right.
 * Dates are whole days where the viewer's agency counts them, turned into UTC bounds.
 */
final class SearchForm {
    static final List<String> TEXT_FIELDS = List.of("q", "tracking", "name", "identifier", "text");
    static final List<String> DATE_FIELDS = List.of("filedFrom", "filedTo", "dueFrom", "dueTo", "answeredFrom",
            "answeredTo");
    static final Map<String, Integer> MAX = Map.of("q", 200, "tracking", 20, "name", 200,
            "identifier", Identifiers.MAX, "text", 200);
    private static final int MAX_WORDS = 10;
    private static final int MAX_SHOWN = 200;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final Set<String> YES = Set.of("yes", "true", "on", "1");
    /** Every field the address may carry, in the order links write them. */
    private static final List<String> FIELDS = List.of("q", "tracking", "name", "identifier", "text", "type", "state",
            "priority", "agency", "filedFrom", "filedTo", "dueFrom", "dueTo", "answeredFrom", "answeredTo", "overdue",
            "sort");

    private final Map<String, String> typed = new LinkedHashMap<>();
    /** What was sent, whole: the checks read this, the page shows {@link #typed}. */
    private final Map<String, String> sent = new LinkedHashMap<>();
    private final Problems problems = new Problems();
    private final Criteria criteria;

    /** {@code param}: the query's value of a field, null when absent; {@code agencies}: the agencies one may choose. */
    SearchForm(Function<String, String> param, Messages messages, ZoneId zone, Map<Long, String> agencies) {
        FIELDS.forEach(f -> {
            String raw = param.apply(f);
            String v = raw == null ? "" : raw.strip();
            sent.put(f, v);
            typed.put(f, v.length() > MAX_SHOWN ? v.substring(0, MAX_SHOWN) : v);
        });
        String quick = text("q");
        String tracking = text("tracking");
        String name = text("name");
        String identifier = text("identifier");
        String text = text("text");
        String identifierKey = identifier == null ? null : Identifiers.key(identifier);
        problems.when(identifier != null && identifierKey == null, "identifier", "search.error.identifier");
        problems.when(words(name).size() > MAX_WORDS, "name", "search.error.words", MAX_WORDS);
        problems.when(words(quick).size() > MAX_WORDS, "q", "search.error.words", MAX_WORDS);
        RequestType type = choice(RequestType.class, "type");
        RequestState state = choice(RequestState.class, "state");
        Priority priority = choice(Priority.class, "priority");
        Sort sort = choice(Sort.class, "sort");
        Long agency = agency(agencies);
        criteria = new Criteria(quick, words(quick), tracking, words(name),
                identifier == null ? null : Identifiers.aNumberKey(identifier), identifierKey, text, type, state,
                priority, agency, range("filed", messages, zone), range("due", messages, zone),
                range("answered", messages, zone),
                YES.contains(sent.get("overdue").toLowerCase(Locale.ROOT)), sort == null ? Sort.FILED_NEWEST : sort);
    }

    boolean hasErrors() {
        return problems.any();
    }

    Criteria criteria() {
        return criteria;
    }

    /** What was typed, field by field (cut to a length a page can show), to show again. */
    Map<String, String> typed() {
        return Collections.unmodifiableMap(typed);
    }

    void show(Map<String, Object> model, Messages messages) {
        problems.show(model, messages, "search.field.");
    }

    /** The search's address with what was typed kept, starting after {@code after} (null: the first page). */
    String href(String after) {
        Map<String, String> params = new LinkedHashMap<>();
        typed.forEach((k, v) -> {
            if (!v.isEmpty()) {
                params.put(k, v);
            }
        });
        if (after != null) {
            params.put("after", after);
        }
        return params.isEmpty() ? "/search" : "/search?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** All the search's results as CSV: the same query, without a page's start. */
    String csvHref() {
        return SearchRoutes.CSV_PATH + href(null).substring("/search".length());
    }

    /** The words of a name search (each must match); LIKE's wildcards and escape are matched literally later. */
    static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private String text(String field) {
        String v = problems.text(field, sent.get(field), MAX.get(field), false);
        return v.isEmpty() || problems.list().stream().anyMatch(p -> p.field().equals(field)) ? null : v;
    }

    private <E extends Enum<E>> E choice(Class<E> type, String field) {
        String v = sent.get(field);
        if (v.isEmpty()) {
            return null;
        }
        E found = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(v)).findFirst().orElse(null);
        problems.when(found == null, field, "search.error.choice");
        return found;
    }

    private Long agency(Map<Long, String> agencies) {
        String v = sent.get("agency");
        if (v.isEmpty()) {
            return null;
        }
        Long id = v.matches("\\d{1,18}") ? Long.valueOf(v) : null;
        if (problems.when(id == null || !agencies.containsKey(id), "agency", "search.error.choice")) {
            return null;
        }
        return id;
    }

    private LocalDate date(String field, Messages messages) {
        String v = sent.get(field);
        if (v.isEmpty()) {
            return null;
        }
        String label = messages.get("search.field." + field);
        LocalDate day = FormDates.parse(v);
        if (problems.when(day == null, field, "search.error.date", label)) {
            return null;
        }
        if (problems.when(day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR, field, "search.error.dateRange",
                label, String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))) {
            return null;
        }
        return day;
    }

    /** The days {@code <name>From} to {@code <name>To}, both included; the end may not come before the start. */
    private Criteria.Range range(String name, Messages messages, ZoneId zone) {
        LocalDate from = date(name + "From", messages);
        LocalDate to = date(name + "To", messages);
        problems.when(from != null && to != null && to.isBefore(from), name + "To", "search.error.order",
                messages.get("search.field." + name + "From"));
        return new Criteria.Range(start(from, zone), end(to, zone));
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** The end of a range, exclusive: the first moment of the next day. */
    private static Instant end(LocalDate day, ZoneId zone) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
