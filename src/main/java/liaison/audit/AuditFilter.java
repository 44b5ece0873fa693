package liaison.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liaison.system.FormDates;
import liaison.system.Problems;

/**
 * The audit log page's filters as typed (all optional): person (e-mail), agency, action, object type and id, and a
 * date range in UTC days, both ends included. {@link #check} turns them into a {@link Criteria} or problems.
 */
public record AuditFilter(String person, String agency, String action, String objectType, String objectId,
                          String from, String to) {
    static final int MAX_CODE = 64;
    private static final Pattern CODE = Pattern.compile("[a-z0-9._-]+");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    static final String[] FIELDS = {"person", "agency", "action", "objectType", "objectId", "from", "to"};

    /** The filters checked; null means "any". */
    public record Criteria(String person, Long agencyId, String action, String objectType, String objectId,
                           LocalDate from, LocalDate to) {
    }

    /** What {@link #check} found: the criteria when there are no problems. */
    public record Checked(Criteria criteria, Problems problems) {
    }

    public static AuditFilter read(Function<String, String> param) {
        String[] v = new String[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            String value = param.apply(FIELDS[i]);
            v[i] = value == null ? "" : value;
        }
        return new AuditFilter(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /** Checks against the agencies that exist. */
    public Checked check(Set<Long> agencies) {
        Problems p = new Problems();
        String email = p.email("person", person, false);
        Long agencyId = null;
        if (!agency.isBlank()) {
            try {
                agencyId = Long.parseLong(agency.strip());
            } catch (NumberFormatException e) {
                agencyId = -1L;
            }
            p.when(!agencies.contains(agencyId), "agency", "auditFilter.error.agency");
        }
        String act = code("action", action, p);
        String type = code("objectType", objectType, p);
        String id = p.text("objectId", objectId, MAX_CODE, false);
        LocalDate start = date("from", from, p);
        LocalDate end = date("to", to, p);
        p.when(start != null && end != null && end.isBefore(start), "to", "auditFilter.error.range");
        Criteria c = p.any() ? null : new Criteria(email.isEmpty() ? null : email, agencyId, act, type,
                id.isEmpty() ? null : id, start, end);
        return new Checked(c, p);
    }

    /** The filters as a query string ("person=...&action=..."), only those given, for links to more pages. */
    public String query() {
        Map<String, String> given = new LinkedHashMap<>();
        String[] values = {person, agency, action, objectType, objectId, from, to};
        for (int i = 0; i < FIELDS.length; i++) {
            if (!values[i].isBlank()) {
                given.put(FIELDS[i], values[i].strip());
            }
        }
        return given.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String code(String field, String value, Problems p) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!p.when(v.length() > MAX_CODE, field, "form.error.tooLong", MAX_CODE)) {
            p.when(!CODE.matcher(v).matches(), field, "auditFilter.error.code");
        }
        return v;
    }

    private static LocalDate date(String field, String value, Problems p) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        LocalDate d = FormDates.parse(v);
        return p.when(d == null || d.isBefore(EARLIEST) || d.isAfter(LATEST), field, "auditFilter.error.date") ? null
                : d;
    }
}
