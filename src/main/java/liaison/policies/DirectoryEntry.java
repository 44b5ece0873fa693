package liaison.policies;

import java.time.LocalDate;
import java.util.List;
import liaison.requests.LegalProcess;

/**
 * One local agency in the directory: who it is, where to reach it, and what its current policy shares under each
 * legal process that compels (an administrative subpoena, a judicial warrant or court order).
 *
 * @param zoneName the agency's time zone in words with its IANA name, e.g. "Eastern Time (America/New_York)"
 * @param version  the current policy's version; null when the agency has published none
 */
public record DirectoryEntry(long id, String name, String jurisdiction, String zoneName, String contactEmail,
                             String contactPhone, Integer version, LocalDate effectiveOn, List<Summary> summaries) {

    /** What the policy says under one legal process, item groups in decision order; empty groups left out. */
    public record Summary(LegalProcess process, List<Group> groups) {
    }

    /**
     * Items that have the same answer under one process: {@code key} is a {@link Decision}'s name, or
     * {@code NOT_STATED} for items the version has no cell for; {@code items} their labels, joined.
     */
    public record Group(String key, String items) {
    }
}
