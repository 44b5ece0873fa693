package liaison.demo;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import liaison.accounts.AccountDao;
import liaison.accounts.AccountSecurityDao;
import liaison.accounts.NewAccount;
import liaison.agencies.AgencyDao;
import liaison.agencies.AgencyKind;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.system.Role;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo: the agencies of DESIGN.md §2 and one account per role. Every person here is invented.
 * Seeds only an empty database, so it never touches real data.
 */
public final class DemoData {
    public static final String PASSWORD = "liaison-demo-2026";
    /**
     * The authenticator key every demo account is enrolled with (Base32; the README gives it), so anyone can try
     * the demo with an authenticator app. Real accounts get a random key at their first sign-in.
     */
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";

    /** A demo account, as the README and the start-up banner list them. */
    public record DemoAccount(String email, String name, String agency, Set<Role> roles) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("requester@ero-ny.example", "Dana Whitlock", "ERO New York", Set.of(Role.REQUESTER)),
            new DemoAccount("approver@ero-ny.example", "Marcus Oyelaran", "ERO New York", Set.of(Role.APPROVER)),
            new DemoAccount("requester@ero-denver.example", "Priya Castellanos", "ERO Denver", Set.of(Role.REQUESTER)),
            new DemoAccount("approver@ero-denver.example", "Wendell Farraday-Sloane", "ERO Denver",
                    Set.of(Role.APPROVER)),
            new DemoAccount("clerk@nyc-doc.example", "Elena Brightwater", "New York City Department of Correction",
                    Set.of(Role.CLERK)),
            new DemoAccount("admin@nyc-doc.example", "Tobias Renfield", "New York City Department of Correction",
                    Set.of(Role.AGENCY_ADMIN)),
            new DemoAccount("clerk@denver-sheriff.example", "Harriet Quill", "Denver Sheriff Department",
                    Set.of(Role.CLERK)),
            new DemoAccount("clerk@county-jail.example", "Owen Lachance", "Juniper County Jail", Set.of(Role.CLERK)),
            new DemoAccount("sysadmin@liaison.example", "Sam Ibarra-Voss", null, Set.of(Role.SYSTEM_ADMIN)));

    private record DemoAgency(AgencyKind kind, String name, String jurisdiction, String timeZone) {
    }

    private static final String NEW_YORK = "America/New_York";
    private static final String DENVER = "America/Denver";

    private static final List<DemoAgency> AGENCIES = List.of(
            new DemoAgency(AgencyKind.FEDERAL_OFFICE, "ERO New York", "New York Field Office", NEW_YORK),
            new DemoAgency(AgencyKind.FEDERAL_OFFICE, "ERO Denver", "Denver Field Office", DENVER),
            new DemoAgency(AgencyKind.LOCAL_AGENCY, "New York City Department of Correction", "City of New York, NY", NEW_YORK),
            new DemoAgency(AgencyKind.LOCAL_AGENCY, "Denver Sheriff Department", "City and County of Denver, CO", DENVER),
            new DemoAgency(AgencyKind.LOCAL_AGENCY, "Juniper County Jail", "Juniper County (fictional)", DENVER));

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public DemoData(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Seeds when there is no agency yet; returns whether it did. {@code passwordHash} is the demo password's. */
    public boolean seedIfEmpty(String passwordHash) {
        return seedIfEmpty(() -> passwordHash);
    }

    /**
     * Whether the demo accounts are in this database: not in one that held agencies before the demo could be seeded,
     * such as a generated one (its own accounts are printed by {@code generate}).
     */
    public boolean present() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts WHERE email = :email")
                .bind("email", ACCOUNTS.get(0).email()).mapTo(Integer.class).one() > 0);
    }

    /** As above, hashing the demo password only when there is something to seed (bcrypt is slow on purpose). */
    public boolean seedIfEmpty(java.util.function.Supplier<String> demoPasswordHash) {
        boolean seeded = jdbi.inTransaction(handle -> {
            AgencyDao agencies = handle.attach(AgencyDao.class);
            if (agencies.count() > 0) {
                return false;
            }
            String passwordHash = demoPasswordHash.get();
            AGENCIES.forEach(a -> agencies.setTimeZone(
                    agencies.insert(a.kind(), a.name(), a.jurisdiction(), clock.instant()), a.timeZone()));
            AccountDao accounts = handle.attach(AccountDao.class);
            for (DemoAccount a : ACCOUNTS) {
                Long agencyId = a.agency() == null ? null : agencies.findByName(a.agency()).orElseThrow().id();
                long id = accounts.create(new NewAccount(agencyId, a.email(), a.name(), "Demo account", a.roles()),
                        passwordHash, clock.instant());
                handle.attach(AccountSecurityDao.class).saveEnrollment(id, TOTP_SECRET, null, clock.instant());
            }
            audit.append(handle, AuditEvent.of("demo.seeded").details("demo agencies and accounts created"));
            return true;
        });
        if (seeded) {
            // after the agencies and accounts are committed: the requests go through the services, each move in
            // a transaction of its own; the policies first, as the answers rely on them
            new DemoPolicies(jdbi, audit, clock).seed();
            new DemoRequests(jdbi, audit, clock).seed();
        }
        return seeded;
    }
}
