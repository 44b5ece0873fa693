package liaison.requests;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import liaison.system.FormDates;
import liaison.system.Messages;
import liaison.system.Problems;
import liaison.system.XmlText;

/**
 * One of the detail page's forms as posted: what was typed (kept, to be shown again) and what is wrong with it,
 * by field name. Field names are unique across the page's forms, so one page can show any form's errors.
 * Error texts come from {@code messages.properties}; a field's label is {@code request.field.<name>}.
 */
public final class ActionForm {
    /** Free text stored in TEXT columns (messages, item values, summary): far below TEXT's 64 KB in utf8mb4. */
    public static final int MAX_TEXT = 10_000;
    /** Reasons and notes that go on the timeline. */
    public static final int MAX_REASON = 2_000;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final Map<String, List<String>> params;
    private final Messages messages;
    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public ActionForm(Map<String, List<String>> params, Messages messages) {
        this.params = params;
        this.messages = messages;
    }

    /** The page before anything was posted. */
    public static ActionForm blank(Messages messages) {
        return new ActionForm(Map.of(), messages);
    }

    /** The request version the form was opened at; -1 when missing or unreadable, which the workflow finds stale. */
    public int version() {
        try {
            return Integer.parseInt(raw("version").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The value as typed ("" when absent), remembered to be shown again. */
    public String raw(String name) {
        List<String> values = params.get(name);
        String value = values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
        if (!name.equals("version") && !name.equals("pac4jCsrfToken")) {
            typed.put(name, value);
        }
        return value;
    }

    /**
     * Stripped text, or null when blank; records "required", "too long" and "cannot be stored" errors. The page's
     * fields are free text (many of them text areas), so tabs and line breaks are kept; other control characters
     * are refused ({@link XmlText}).
     */
    public String text(String name, int max, boolean required) {
        return text(name, label(name), max, required);
    }

    public String text(String name, String label, int max, boolean required) {
        String value = raw(name).strip();
        if (value.isEmpty()) {
            if (required) {
                error(name, Problems.REQUIRED, label);
            }
            return null;
        }
        if (value.length() > max) {
            error(name, "request.error.tooLong", label, max, value.length());
        } else if (!XmlText.storable(value, true)) {
            error(name, "request.error.unstorable", label);
        }
        return value;
    }

    /**
     * A date (2026-11-20 or 11/20/2026) and a time (14:30) in the agency's time zone as an instant; null when both
     * are blank (an error too when {@code required}). Errors go on the date or the time field.
     */
    public Instant dateTime(String dateName, String timeName, ZoneId zone, boolean required) {
        String date = raw(dateName).strip();
        String time = raw(timeName).strip();
        if (date.isEmpty() && time.isEmpty()) {
            if (required) {
                error(dateName, Problems.REQUIRED, label(dateName));
            }
            return null;
        }
        LocalDate day = date.isEmpty() ? null : FormDates.parse(date);
        LocalTime at = time.isEmpty() ? null : parseTime(time);
        if (date.isEmpty()) {
            error(dateName, "request.error.dateMissing", label(dateName));
        } else if (day == null) {
            error(dateName, "request.error.date", label(dateName));
        } else if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            error(dateName, "request.error.dateRange", label(dateName), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
            day = null;
        }
        if (time.isEmpty()) {
            error(timeName, "request.error.timeMissing", label(timeName));
        } else if (at == null) {
            error(timeName, "request.error.time", label(timeName));
        }
        return day == null || at == null ? null : ZonedDateTime.of(day, at, zone).toInstant();
    }

    /** A date (2026-11-20 or 11/20/2026); null when blank (an error too when {@code required}) or not a date. */
    public LocalDate date(String name, boolean required) {
        String value = raw(name).strip();
        if (value.isEmpty()) {
            if (required) {
                error(name, Problems.REQUIRED, label(name));
            }
            return null;
        }
        LocalDate day = FormDates.parse(value);
        if (day == null) {
            error(name, "request.error.date", label(name));
        } else if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            error(name, "request.error.dateRange", label(name), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
            return null;
        }
        return day;
    }

    public void error(String field, String key, Object... args) {
        errors.putIfAbsent(field, messages.get(key, args));
    }

    public String label(String field) {
        try {
            return messages.get("request.field." + field);
        } catch (MissingResourceException e) {
            return field;
        }
    }

    /** The label of one requested item's field: "Value for Release date and time". */
    public String label(String field, RequestedItem item) {
        return messages.get("request.field." + field + ".item", item.label());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> typed() {
        return Collections.unmodifiableMap(typed);
    }

    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** The answering agency's zone; New York when the stored one is unusable. */
    public static ZoneId zoneOf(Request r) {
        try {
            return ZoneId.of(r.agencyTimeZone());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneId.of("America/New_York");
        }
    }


    private static LocalTime parseTime(String s) {
        if (s.length() > 8) {
            return null;
        }
        try {
            return LocalTime.parse(s.length() == 4 ? "0" + s : s);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
