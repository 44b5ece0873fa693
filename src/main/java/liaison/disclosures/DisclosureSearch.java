package liaison.disclosures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import liaison.system.FormDates;
import liaison.system.Messages;
import liaison.system.XmlText;

/**
 * The disclosure list's filters as typed in the address: a subject identifier (A-number or booking number) and a
 * date range, each optional. Dates are whole days in UTC, as every time in the portal is shown. Bad input is kept
 * as typed, with a message per field; nothing is searched until it is right.
 */
final class DisclosureSearch {
    static final int MAX_IDENTIFIER = 30;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** The checked filters: null where not given. */
    record Filter(String identifier, LocalDate from, LocalDate to) {
        Instant fromAt() {
            return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        /** The end of the range, exclusive: the start of the day after {@code to}. */
        Instant toAt() {
            return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        boolean isEmpty() {
            return identifier == null && from == null && to == null;
        }

        /** For the audit log: what was searched for. */
        String describe() {
            return "identifier=" + (identifier == null ? "-" : identifier) + " from=" + (from == null ? "-" : from)
                    + " to=" + (to == null ? "-" : to);
        }
    }

    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Filter filter;

    /** Reads {@code identifier}, {@code from} and {@code to} from the query ({@code param} gives null when absent). */
    DisclosureSearch(Function<String, String> param, Messages messages) {
        String identifier = value(param, "identifier");
        if (identifier.length() > MAX_IDENTIFIER) {
            errors.put("identifier", messages.get("disclosures.error.identifier", MAX_IDENTIFIER));
        } else if (!XmlText.storable(identifier, false)) {
            // what was searched for goes into the audit log
            errors.put("identifier", messages.get("form.error.control"));
        }
        LocalDate from = date(param, "from", messages);
        LocalDate to = date(param, "to", messages);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", messages.get("disclosures.error.order"));
        }
        filter = new Filter(identifier.isEmpty() ? null : identifier, from, to);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    Filter filter() {
        return filter;
    }

    Map<String, String> typed() {
        return Collections.unmodifiableMap(typed);
    }

    Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    private String value(Function<String, String> param, String name) {
        String raw = param.apply(name);
        String value = raw == null ? "" : raw.strip();
        typed.put(name, value.length() > 200 ? value.substring(0, 200) : value);
        return value;
    }

    private LocalDate date(Function<String, String> param, String name, Messages messages) {
        String value = value(param, name);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate day = FormDates.parse(value);
        if (day == null) {
            errors.put(name, messages.get("disclosures.error.date", messages.get("disclosures.field." + name)));
        } else if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            errors.put(name, messages.get("disclosures.error.dateRange", messages.get("disclosures.field." + name),
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
            return null;
        }
        return day;
    }

}
