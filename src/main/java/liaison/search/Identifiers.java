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
}
