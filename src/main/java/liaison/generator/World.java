package liaison.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The invented agencies and accounts requests are generated between: 70 local agencies, 30 federal offices and
 * 5,000 accounts (10 system admins; per office 60 requesters, 18 approving officers, 2 admins; per local agency
 * 34 clerks, 3 admins). Created once (marked by the jurisdiction suffix {@value #MARK}), read back by later runs.
 */
final class World {
    static final String MARK = " (invented)";
    static final int LOCAL = 70;
    static final int FEDERAL = 30;
    private static final String[] ZONES = {"America/New_York", "America/Chicago", "America/Denver",
        "America/Los_Angeles", "America/Phoenix"};

    record Person(long id, String email, String name) {
    }

    record Agency(long id, String name, String zone, List<Person> staff, List<Person> approvers) {
    }

    final List<Agency> locals = new ArrayList<>();
    final List<Agency> offices = new ArrayList<>();
    final List<Person> sysadmins = new ArrayList<>();

    /** Creates the agencies and accounts unless an earlier run did. */
    static void createIfAbsent(Connection c, long seed, Instant now, String passwordHash, String totpSecret)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM agencies WHERE jurisdiction LIKE ?")) {
            s.setString(1, "%" + MARK);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    return;
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        Batch agencies = new Batch("agencies", "kind", "name", "jurisdiction", "active", "created_at", "time_zone",
                "contact_email", "contact_phone");
        Set<String> names = new HashSet<>();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < LOCAL + FEDERAL; i++) {
            boolean local = i < LOCAL;
            String place = Names.place(random);
            String name = local ? switch (random.nextInt(3)) {
                case 0 -> place + " County Jail";
                case 1 -> place + " County Sheriff's Office";
                default -> place + " Department of Correction";
            } : "ERO " + place;
            while (!names.add(name)) {
                name = name + " " + (char) ('B' + random.nextInt(20));
            }
            made.add(name);
            agencies.add(local ? "LOCAL_AGENCY" : "FEDERAL_OFFICE", name,
                    (local ? place + " County" : place + " Field Office") + MARK, true, now,
                    ZONES[random.nextInt(ZONES.length)], "records@" + Names.slug(name) + ".example",
                    String.format("555-01%02d", i % 100));
        }
        agencies.flush(c);
        Batch accounts = new Batch("accounts", "agency_id", "email", "display_name", "job_title", "password_hash",
                "active", "created_at", "totp_secret", "mfa_enrolled_at", "password_changed_at");
        List<String[]> roles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = "sysadmin." + (i + 1) + "@liaison-generated.example";
            accounts.add(null, email, Names.person(random), "Portal administrator", passwordHash, true, now,
                    totpSecret, now, now);
            roles.add(new String[] {email, "SYSTEM_ADMIN"});
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM agencies WHERE name = ?")) {
            for (int i = 0; i < made.size(); i++) {
                s.setString(1, made.get(i));
                long id;
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
                String domain = Names.slug(made.get(i)) + ".example";
                String[][] staffing = i < LOCAL
                        ? new String[][] {{"CLERK", "34", "Records clerk"}, {"AGENCY_ADMIN", "3", "Records supervisor"}}
                        : new String[][] {{"REQUESTER", "60", "Deportation officer"},
                            {"APPROVER", "18", "Supervisory officer"}, {"AGENCY_ADMIN", "2", "Mission support"}};
                for (String[] kind : staffing) {
                    for (int k = 1; k <= Integer.parseInt(kind[1]); k++) {
                        String email = kind[0].toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "." + k + "@"
                                + domain;
                        accounts.add(id, email, Names.person(random), kind[2], passwordHash, true, now, totpSecret,
                                now, now);
                        roles.add(new String[] {email, kind[0]});
                    }
                }
            }
        }
        accounts.flush(c);
        java.util.Map<String, Long> idOf = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, email FROM accounts"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                idOf.put(r.getString(2), r.getLong(1));
            }
        }
        Batch granted = new Batch("account_roles", "account_id", "role");
        roles.forEach(role -> granted.add(idOf.get(role[0]), role[1]));
        granted.flush(c);
    }

    /** The invented agencies and their people, in id order. */
    static World read(Connection c) throws SQLException {
        World w = new World();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, kind, name, time_zone FROM agencies WHERE jurisdiction LIKE ? ORDER BY id")) {
            s.setString(1, "%" + MARK);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Agency a = new Agency(r.getLong(1), r.getString(3), r.getString(4), new ArrayList<>(),
                            new ArrayList<>());
                    (r.getString(2).equals("LOCAL_AGENCY") ? w.locals : w.offices).add(a);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT a.id, a.agency_id, a.email, a.display_name, r.role FROM accounts a
                JOIN account_roles r ON r.account_id = a.id
                WHERE r.role IN ('CLERK', 'REQUESTER', 'APPROVER', 'SYSTEM_ADMIN') ORDER BY a.id""");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Person p = new Person(r.getLong(1), r.getString(3), r.getString(4));
                String role = r.getString(5);
                if (role.equals("SYSTEM_ADMIN")) {
                    w.sysadmins.add(p);
                    continue;
                }
                long agency = r.getLong(2);
                for (Agency a : role.equals("CLERK") ? w.locals : w.offices) {
                    if (a.id() == agency) {
                        (role.equals("APPROVER") ? a.approvers() : a.staff()).add(p);
                    }
                }
            }
        }
        if (w.locals.isEmpty() || w.offices.isEmpty()) {
            throw new IllegalStateException("no invented agencies in the database");
        }
        return w;
    }
}
