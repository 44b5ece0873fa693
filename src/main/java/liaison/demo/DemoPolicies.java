package liaison.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.accounts.AccountDao;
import liaison.agencies.AgencyDao;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.policies.Basis;
import liaison.policies.Decision;
import liaison.requests.LegalProcess;
import liaison.policies.Matrix;
import liaison.policies.NewPolicy;
import liaison.policies.PolicyDao;
import liaison.policies.PolicyReliance;
import liaison.policies.PolicyVersion;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.RequestedItem;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo agencies' information-sharing policies (DESIGN.md §2): New York City's Department of Correction shares
 * release dates and custody status only under a judicial warrant or court order (two versions, so the profile has
 * an older one to show); Denver's Sheriff Department notifies of releases but shares no other records without a
 * judicial warrant; Juniper County Jail shares everything. Published weeks before the demo requests are answered.
 * The statements are written for the demo and are not the agencies' own words.
 */
final class DemoPolicies {
    static final String NYC_CITATION = "NYC Admin. Code \u00a7 9-131";
    static final String DENVER_CITATION = "Denver Public Safety Enforcement Priorities Act (2017)";
    private static final Set<RequestedItem> PUBLIC_RECORDS = EnumSet.of(RequestedItem.CURRENT_CHARGES,
            RequestedItem.BOND_BAIL, RequestedItem.COURT_DATES);

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public DemoPolicies(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes the three agencies' policies; call once, on the freshly seeded demo agencies and accounts. */
    public void seed() {
        jdbi.useTransaction(h -> {
            PolicyDao dao = h.attach(PolicyDao.class);
            AgencyDao agencies = h.attach(AgencyDao.class);
            long nyc = agencies.findByName("New York City Department of Correction").orElseThrow().id();
            long denver = agencies.findByName("Denver Sheriff Department").orElseThrow().id();
            long juniper = agencies.findByName("Juniper County Jail").orElseThrow().id();
            AccountDao accounts = h.attach(AccountDao.class);
            Long nycAdmin = accounts.signInRecord("admin@nyc-doc.example").orElseThrow().id();
            dao.insert(nyc, 1, policy("The Department shares release dates, custody status and other records of "
                    + "the people in its custody with federal immigration authorities only when presented with a "
                    + "judicial warrant or an order signed by a judge. An administrative subpoena or detainer is not "
                    + "enough.", List.of(NYC_CITATION), daysAgo(70, "America/New_York"), nycMatrix(false)),
                    nycAdmin, instantDaysAgo(70));
            dao.insert(nyc, 2, policy("The Department shares release dates and custody status with federal "
                    + "immigration authorities only when presented with a judicial warrant or an order signed by a "
                    + "judge; an administrative subpoena or detainer is not enough. Current charges, bond and court "
                    + "dates are shared as far as they are public court records. Other records need a judicial "
                    + "warrant or court order.", List.of(NYC_CITATION), daysAgo(42, "America/New_York"),
                    nycMatrix(true)), nycAdmin, instantDaysAgo(42));
            dao.insert(denver, 1, policy("The Sheriff Department tells federal authorities the date and time of a "
                    + "person's release when asked. It gives no interview access to people in its custody and shares "
                    + "no other records without a judicial warrant. Custody status and court dates are shared as far "
                    + "as they are public.", List.of(DENVER_CITATION), daysAgo(60, "America/Denver"), denverMatrix()),
                    null, instantDaysAgo(60));
            dao.insert(juniper, 1, policy("Juniper County Jail shares the records it holds with federal offices on "
                    + "request, with or without legal process.", List.of(), daysAgo(60, "America/Denver"),
                    Matrix.all(Decision.SHARES)), null, instantDaysAgo(60));
            audit.append(h, AuditEvent.of("demo.policies-seeded")
                    .details("demo information-sharing policies of three local agencies"));
        });
    }

    /**
     * What a demo answer relied on: its agency's current policy, and for each withheld item the citation its basis
     * names (the demo's bases are written out in full by {@link DemoRequests}), else administrative process.
     */
    static PolicyReliance reliance(Jdbi jdbi, long agencyId, Map<RequestedItem, ItemAnswer> items) {
        PolicyVersion policy = jdbi.onDemand(PolicyDao.class).current(agencyId).orElse(null);
        if (policy == null) {
            return PolicyReliance.NONE;
        }
        Map<RequestedItem, Basis> bases = new EnumMap<>(RequestedItem.class);
        items.values().stream().filter(i -> i.disposition() == Disposition.WITHHELD).forEach(i -> bases.put(i.item(),
                policy.citations().stream().filter(c -> i.basis().contains(c)).findFirst()
                        .map(c -> new Basis(Basis.Kind.CITATION, c, null))
                        .orElse(new Basis(Basis.Kind.ADMINISTRATIVE, null, null))));
        return new PolicyReliance(policy.id(), bases);
    }

    /** Everything only under a judicial warrant; {@code publicRecords}: charges, bond and court dates as public. */
    private static Map<RequestedItem, Map<LegalProcess, Decision>> nycMatrix(boolean publicRecords) {
        Map<RequestedItem, Map<LegalProcess, Decision>> rules = judicialOnly();
        if (publicRecords) {
            PUBLIC_RECORDS.forEach(item -> publicWithoutWarrant(rules, item));
        }
        return rules;
    }

    private static Map<RequestedItem, Map<LegalProcess, Decision>> denverMatrix() {
        Map<RequestedItem, Map<LegalProcess, Decision>> rules = judicialOnly();
        rules.get(RequestedItem.RELEASE_DATE_TIME).replaceAll((process, d) -> Decision.SHARES);
        publicWithoutWarrant(rules, RequestedItem.CUSTODY_STATUS);
        publicWithoutWarrant(rules, RequestedItem.COURT_DATES);
        return rules;
    }

    private static Map<RequestedItem, Map<LegalProcess, Decision>> judicialOnly() {
        Map<RequestedItem, Map<LegalProcess, Decision>> rules = Matrix.all(Decision.DOES_NOT_SHARE);
        rules.values().forEach(row -> row.put(LegalProcess.JUDICIAL, Decision.SHARES));
        return rules;
    }

    private static void publicWithoutWarrant(Map<RequestedItem, Map<LegalProcess, Decision>> rules,
                                             RequestedItem item) {
        rules.get(item).put(LegalProcess.NONE, Decision.PUBLIC_ONLY);
        rules.get(item).put(LegalProcess.ADMINISTRATIVE_SUBPOENA, Decision.PUBLIC_ONLY);
    }

    private static NewPolicy policy(String statement, List<String> citations, LocalDate effectiveOn,
                                    Map<RequestedItem, Map<LegalProcess, Decision>> rules) {
        return new NewPolicy("FICTIONAL DEMO POLICY. " + statement, citations, effectiveOn, rules);
    }

    private LocalDate daysAgo(int days, String zone) {
        return LocalDate.ofInstant(instantDaysAgo(days), ZoneId.of(zone));
    }

    private Instant instantDaysAgo(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }
}
