package liaison.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * Dates in forms. Every date field is a text input that asks for mm/dd/yyyy, as people in the US write dates (one
 * behaviour everywhere, and no browser date picker that shows one order while the hint names another); m/d/yyyy
 * and yyyy-mm-dd (what the filing form's date inputs sent before, and what bookmarked filters hold) are read too.
 */
public final class FormDates {
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private FormDates() {
    }

    /** The date, or null when the text is not one (2026-13-45, 02/30/2026, anything longer than a date). */
    public static LocalDate parse(String s) {
        s = s.strip();
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

    /** A date as the date fields ask for it, to show again in one: 01/31/2026; empty for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }
}
