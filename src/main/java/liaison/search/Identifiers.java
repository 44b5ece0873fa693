package liaison.search;

import java.util.regex.Pattern;

/**
 * Identifiers as search compares them, the way V20's generated columns store them: an A-number by its digits without
 * leading zeros, any other identifier by its letters and digits. So "A-012-345-678", "a 012345678" and "12345678"
 * are one A-number, and "DEMO-NY-0103" is "demony0103".
 */
final class Identifiers {
    /** A-numbers as people write them: an optional A, then 7 to 9 digits, in groups split by dashes or spaces. */
    private static final Pattern A_NUMBER = Pattern.compile("[Aa]?[\\s-]*(\\d[\\s-]*){1,9}");
    private static final Pattern TRACKING = Pattern.compile("LIA-\\d{4}-\\d{6}", Pattern.CASE_INSENSITIVE);
    /** A tracking number without its LIA- (2026-000123). */
    private static final Pattern OF_YEAR = Pattern.compile("\\d{4}-\\d{6}");
    /** A tracking number's own number (123, 000123). */
    private static final Pattern SERIAL = Pattern.compile("\\d{1,9}");

    /** Longer than any identifier, however written. */
    static final int MAX = 40;

    private Identifiers() {
    }

    /** The A-number's key, or null when the text is not written like an A-number. */
    static String aNumberKey(String typed) {
        String t = typed.strip();
        if (t.length() > MAX || !A_NUMBER.matcher(t).matches()) {
            return null;
        }
        String digits = t.replaceAll("\\D", "").replaceFirst("^0+", "");
        return digits.isEmpty() ? null : digits;
    }

    /** Any other identifier's key: its letters and digits (ASCII); null when there are none. */
    static String key(String typed) {
        String k = typed.replaceAll("[^0-9A-Za-z]", "");
        return k.isEmpty() ? null : k;
    }

    /** A tracking number as the portal writes it (LIA-2026-000123), in upper case; null when it is not one. */
    static String trackingNumber(String typed) {
        String t = typed.strip();
        return TRACKING.matcher(t).matches() ? t.toUpperCase(java.util.Locale.ROOT) : null;
    }

    /** A tracking number written without its LIA- (2026-000123) as the portal writes it; null when it is not one. */
    static String trackingNumberOfYear(String typed) {
        String t = typed.strip();
        return OF_YEAR.matcher(t).matches() ? "LIA-" + t : null;
    }

    /**
     * A tracking number's own number, the digits after its year, as V61 keys it (without leading zeros: 000123 and
     * 123 are one); null when the text is not only digits.
     */
    static String trackingSerial(String typed) {
        String t = typed.strip();
        if (!SERIAL.matcher(t).matches()) {
            return null;
        }
        String digits = t.replaceFirst("^0+", "");
        return digits.isEmpty() ? null : digits;
    }
}
