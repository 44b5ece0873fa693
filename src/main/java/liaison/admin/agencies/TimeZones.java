package liaison.admin.agencies;

import java.util.List;

/**
 * The time zones an agency can be in: where its business days are counted. A short list of the U.S. zones,
 * each an IANA zone id; its words are {@code timeZone.<id>} in the messages.
 */
final class TimeZones {
    public static final List<String> US = List.of(
            "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
            "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "Pacific/Guam");

    private TimeZones() {
    }
}
