package liaison.admin.agencies;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import liaison.agencies.AgencyKind;
import liaison.system.Problems;

/** The agency form as typed, kept whole so it can be shown again with its problems. */
public record AgencyForm(String kind, String name, String jurisdiction, String contactEmail, String contactPhone,
                         String timeZone) {
    static final int NAME = 200;
    static final int JURISDICTION = 200;
    static final int PHONE = 40;
    /** Digits with the usual separators, an optional leading + and extension: "+1 (212) 555-0100 ext. 12". */
    private static final Pattern PHONE_SHAPE =
            Pattern.compile("\\+?[0-9][0-9 ().-]{5,30}[0-9)]( ?(x|ext\\.?) ?[0-9]{1,6})?", Pattern.CASE_INSENSITIVE);

    /** What is stored: empty contact fields are none. */
    public record Values(AgencyKind kind, String name, String jurisdiction, String contactEmail, String contactPhone,
                         String timeZone) {
    }

    /** What {@link #check} found: the values when there are no problems. */
    record Checked(Values values, Problems problems) {
    }

    static AgencyForm blank() {
        return new AgencyForm("", "", "", "", "", TimeZones.US.get(0));
    }

    static AgencyForm of(AgencyDetails a) {
        return new AgencyForm(a.kind().name(), a.name(), a.jurisdiction(), text(a.contactEmail()),
                text(a.contactPhone()), a.timeZone());
    }

    static AgencyForm read(Map<String, List<String>> posted) {
        return new AgencyForm(one(posted, "kind"), one(posted, "name"), one(posted, "jurisdiction"),
                one(posted, "contactEmail"), one(posted, "contactPhone"), one(posted, "timeZone"));
    }

    Checked check() {
        Problems p = new Problems();
        AgencyKind k = null;
        for (AgencyKind candidate : AgencyKind.values()) {
            k = candidate.name().equals(kind) ? candidate : k;
        }
        p.when(k == null, "kind", "agencyForm.error.kind");
        String n = p.text("name", name, NAME, true);
        String j = p.text("jurisdiction", jurisdiction, JURISDICTION, true);
        String email = p.email("contactEmail", contactEmail, false);
        String phone = p.text("contactPhone", contactPhone, PHONE, false);
        p.when(!phone.isEmpty() && phone.length() <= PHONE && !PHONE_SHAPE.matcher(phone).matches(), "contactPhone",
                "agencyForm.error.phone");
        p.when(!TimeZones.US.contains(timeZone), "timeZone", "agencyForm.error.timeZone");
        Values values = p.any() ? null
                : new Values(k, n, j, email.isEmpty() ? null : email, phone.isEmpty() ? null : phone, timeZone);
        return new Checked(values, p);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String one(Map<String, List<String>> posted, String field) {
        List<String> values = posted.get(field);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
