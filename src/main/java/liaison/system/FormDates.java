package liaison.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** Dates as forms send them: yyyy-mm-dd from a date input, or m/d/yyyy as people type where there is none. */
public final class FormDates {
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FormDates() {
    }

    /** The date, or null when the text is not one (2026-13-45, 02/30/2026, anything longer than a date). */
    public static LocalDate parse(String s) {
        if (s.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException iso) {
            try {
                return LocalDate.parse(s, US_DATE);
            } catch (DateTimeException us) {
                return null;
            }
        }
    }
}
