package liaison.disclosures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import liaison.system.FormDates;
import liaison.system.Messages;
import liaison.system.Problems;
import liaison.system.XmlText;

/**
 * The disclosure list's filters as typed in the address: a subject identifier (A-number or booking number), a name
 * (part of the subject's name or of an alias, in any case) and a date range, each optional. The dates are whole days
 * where the reader's agency counts them, in its time zone: their bounds become UTC instants for the query. Bad input
 * is kept as typed, with a message per field; nothing is searched until it is right.
 */
final class DisclosureSearch {
    static final int MAX_IDENTIFIER = 30;
    /** As long as a subject's name may be. */
    static final int MAX_NAME = 200;
    private static final int MAX_SHOWN = 200;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** The checked filters: null where not given; {@code zone} is where the days of the range are counted. */
    record Filter(String identifier, String name, LocalDate from, LocalDate to, ZoneId zone) {
        /** The start of the range: the first moment of {@code from} in the zone. */
        Instant fromAt() {
            return from == null ? null : from.atStartOfDay(zone).toInstant();
        }

        /** The end of the range, exclusive: the first moment of the day after {@code to} in the zone. */
        Instant toAt() {
            return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        }

        /** The name as a LIKE pattern matching it anywhere, its wildcards taken literally; null for none. */
        String namePattern() {
            return name == null ? null
                    : "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }

        boolean isEmpty() {
            return identifier == null && name == null && from == null && to == null;
        }

        /** For the audit log: what was searched for. */
        String describe() {
            return "identifier=" + (identifier == null ? "-" : identifier) + " name=" + (name == null ? "-" : name)
                    + " from=" + (from == null ? "-" : from) + " to=" + (to == null ? "-" : to) + " zone=" + zone;
        }
    }

    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Problems problems = new Problems();
    private final Filter filter;

    /**
     * Reads {@code identifier}, {@code name}, {@code from} and {@code to} from the query ({@code param} gives null
     * when absent); the days are counted in {@code zone}.
     */
    DisclosureSearch(Function<String, String> param, Messages messages, ZoneId zone) {
        String identifier = value(param, "identifier");
        // what was searched for goes into the audit log: only what can be stored
        if (!problems.when(identifier.length() > MAX_IDENTIFIER, "identifier", "disclosures.error.identifier",
                MAX_IDENTIFIER)) {
            problems.when(!XmlText.storable(identifier, false), "identifier", "form.error.control");
        }
        String name = problems.text("name", value(param, "name"), MAX_NAME, false);
        LocalDate from = date(param, "from", messages);
        LocalDate to = date(param, "to", messages);
        problems.when(from != null && to != null && to.isBefore(from), "to", "disclosures.error.order");
        filter = new Filter(identifier.isEmpty() ? null : identifier, name.isEmpty() ? null : name, from, to, zone);
    }

    boolean hasErrors() {
        return problems.any();
    }

    Filter filter() {
        return filter;
    }

    Map<String, String> typed() {
        return Collections.unmodifiableMap(typed);
    }

    /** Puts {@code problems} (the summary) and {@code errors} (field → message) on the page model. */
    void show(Map<String, Object> model, Messages messages) {
        problems.show(model, messages, "disclosures.field.");
    }

    private String value(Function<String, String> param, String name) {
        String raw = param.apply(name);
        String value = raw == null ? "" : raw.strip();
        typed.put(name, value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) : value);
        return value;
    }

    private LocalDate date(Function<String, String> param, String name, Messages messages) {
        String value = value(param, name);
        if (value.isEmpty()) {
            return null;
        }
        String label = messages.get("disclosures.field." + name);
        LocalDate day = FormDates.parse(value);
        if (problems.when(day == null, name, "disclosures.error.date", label)) {
            return null;
        }
        if (problems.when(day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR, name,
                "disclosures.error.dateRange", label, String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))) {
            return null;
        }
        return day;
    }
}
