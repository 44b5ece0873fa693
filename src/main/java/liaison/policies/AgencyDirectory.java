package liaison.policies;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import org.jdbi.v3.core.Jdbi;

/**
 * The directory of local agencies for everyone signed in, so a requester can see who answers and what each shares
 * before filing: a page of agencies by name, each with a summary of its current policy. Two queries a page: the
 * agencies, then the cells of their current policies.
 */
final class AgencyDirectory {
    /** The processes the summary tells apart: what a subpoena obtains, and what only a court does. */
    static final List<LegalProcess> SUMMARISED = List.of(LegalProcess.ADMINISTRATIVE_SUBPOENA, LegalProcess.JUDICIAL);
    static final String NOT_STATED = "NOT_STATED";

    private final Jdbi jdbi;

    AgencyDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Up to {@code limit} agencies after {@code afterName} whose name holds {@code search} (null: every one), each
     * summed up.
     */
    List<DirectoryEntry> page(String search, String afterName, int limit) {
        DirectoryDao dao = jdbi.onDemand(DirectoryDao.class);
        List<DirectoryDao.Listing> agencies = dao.page(search == null ? null : "%" + escapeLike(search) + "%",
                afterName, limit);
        if (agencies.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DirectoryDao.Cell>> cells = dao.currentCells(agencies.stream().map(DirectoryDao.Listing::id)
                .toList()).stream().collect(Collectors.groupingBy(DirectoryDao.Cell::agencyId));
        return agencies.stream().map(a -> entry(a, cells.getOrDefault(a.id(), List.of()))).toList();
    }

    private static DirectoryEntry entry(DirectoryDao.Listing a, List<DirectoryDao.Cell> cells) {
        if (cells.isEmpty()) {
            return new DirectoryEntry(a.id(), a.name(), a.jurisdiction(), zoneName(a.timeZone()), a.contactEmail(),
                    a.contactPhone(), null, null, List.of());
        }
        Map<LegalProcess, Map<RequestedItem, Decision>> byProcess = new EnumMap<>(LegalProcess.class);
        cells.forEach(c -> byProcess.computeIfAbsent(c.process(), p -> new EnumMap<>(RequestedItem.class))
                .put(c.item(), c.decision()));
        List<DirectoryEntry.Summary> summaries = SUMMARISED.stream().map(p -> summary(p,
                byProcess.getOrDefault(p, Map.of()))).toList();
        DirectoryDao.Cell first = cells.get(0);
        return new DirectoryEntry(a.id(), a.name(), a.jurisdiction(), zoneName(a.timeZone()), a.contactEmail(),
                a.contactPhone(), first.version(), first.effectiveOn(), summaries);
    }

    /** The items grouped by what the policy does with them under the process, in decision order. */
    static DirectoryEntry.Summary summary(LegalProcess process, Map<RequestedItem, Decision> row) {
        Function<RequestedItem, String> key = item -> row.containsKey(item) ? row.get(item).name() : NOT_STATED;
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Decision d : Decision.values()) {
            groups.put(d.name(), new ArrayList<>());
        }
        groups.put(NOT_STATED, new ArrayList<>());
        for (RequestedItem item : RequestedItem.values()) {
            groups.get(key.apply(item)).add(item.label());
        }
        List<DirectoryEntry.Group> shown = new ArrayList<>();
        groups.forEach((k, items) -> {
            if (!items.isEmpty()) {
                shown.add(new DirectoryEntry.Group(k, String.join(", ", items)));
            }
        });
        return new DirectoryEntry.Summary(process, shown);
    }

    /** "Eastern Time (America/New_York)"; the stored name alone if Java does not know it. */
    static String zoneName(String zone) {
        try {
            return ZoneId.of(zone).getDisplayName(TextStyle.FULL, Locale.US) + " (" + zone + ")";
        } catch (DateTimeException e) {
            return zone;
        }
    }

    /** The text matched literally inside a LIKE pattern: its wildcards and the escape character escaped. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
