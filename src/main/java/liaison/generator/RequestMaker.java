package liaison.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import liaison.generator.World.Agency;
import liaison.generator.World.Person;

/**
 * Makes one request with everything that happened to it: filing, subject, items, timeline and clock ledger, messages,
 * answer, disclosure, notifications and audit entries (chained by {@link AuditChain}). Requests are filed in id
 * order over {@link #SPAN} before the anchor; the state fits the age, so the newest are open, some overdue, some
 * due soon, some not due for days, and the older ones mostly answered and closed.
 */
final class RequestMaker {
    static final Duration SPAN = Duration.ofDays(730);
    private static final String[] ITEMS = {"RELEASE_DATE_TIME", "CUSTODY_STATUS", "CURRENT_CHARGES", "BOND_BAIL",
        "COURT_DATES", "BOOKING_RECORD", "CRIMINAL_HISTORY", "DATE_PLACE_OF_BIRTH"};
    private static final String[] COUNTRIES = {"Examplestan", "Norvania", "Republic of Quell", "Varesia", "Ostland",
        "Lunaria", "Kestrelia"};

    private final long seed;
    private final long total;
    private final Instant anchor;
    private final World world;
    private final Ids ids;
    private final AuditChain chain;
    private final long subjects;

    /** The next free id of each table whose ids are referred to, and of the tracking number sequence. */
    static final class Ids {
        long request;
        long event;
        long disclosure;
        /** The next tracking number's digits, per year filed. */
        final java.util.Map<Integer, Long> tracking = new java.util.HashMap<>();
        long trackingBase;

        String tracking(int year) {
            long n = tracking.merge(year, 1L, Long::sum) - 1 + trackingBase;
            return "LIA-" + year + "-" + zeroPadded(n, 6);
        }

        long trackingMax() {
            return tracking.values().stream().mapToLong(v -> v - 1 + trackingBase).max().orElse(trackingBase - 1);
        }
    }

    RequestMaker(long seed, long total, Instant anchor, World world, Ids ids, AuditChain chain) {
        this.seed = seed;
        this.total = total;
        this.anchor = anchor;
        this.world = world;
        this.ids = ids;
        this.chain = chain;
        this.subjects = Math.max(1, total / 3);
    }

    /** The {@code i}th request of the run, added to {@code c}. */
    void make(long i, Chunk c) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        long id = ids.request++;
        Agency office = world.offices.get(r.nextInt(world.offices.size()));
        Agency agency = world.locals.get((int) Math.min(world.locals.size() - 1,
                Math.abs(r.nextGaussian()) * world.locals.size() / 2.5));
        Person requester = pick(r, office.staff());
        Person approver = pick(r, office.approvers());
        Person clerk = pick(r, agency.staff());
        String type = weighted(r, new String[] {"INFORMATION_REQUEST", "RELEASE_NOTIFICATION",
            "ADMINISTRATIVE_SUBPOENA"}, 60, 25, 15);
        boolean subpoena = type.equals("ADMINISTRATIVE_SUBPOENA");
        String priority = weighted(r, new String[] {"ROUTINE", "URGENT", "EMERGENCY"}, 80, 15, 5);
        Instant filed = anchor.minus(SPAN).plusMillis((long) ((i + r.nextDouble()) * SPAN.toMillis() / total));
        Duration age = Duration.between(filed, anchor);
        String state = state(r, age, subpoena);
        Subject s = subject(r.nextLong(subjects));
        String booking = "BK-" + agency.id() + "-" + (100000 + (s.number * 7 + agency.id()) % 900000);
        List<String> items = items(r, type);
        String tracking = ids.tracking(filed.atZone(ZoneOffset.UTC).getYear());
        String narrative = Texts.narrative(r, s.name, agency.name(), type);
        LocalDate returnDate = subpoena ? filed.plus(Duration.ofDays(16)).atZone(ZoneOffset.UTC).toLocalDate() : null;

        RequestLife life = new RequestLife(r, c, ids, chain, anchor, id, tracking, filed, state, subpoena, priority, type, returnDate, requester,
                approver, clerk, office, agency);
        life.live();

        c.filings.add(id, office.id(), requester.id(), type, priority, String.join(",", items), narrative,
                subpoena ? "8 U.S.C. 1225(d) (illustrative)" : null, returnDate, life.served != null ? life.served
                        : filed, filed, filed);
        c.requests.add(id, tracking, id, office.id(), agency.id(), requester.id(), requester.id(), type, priority,
                state, life.outcome, String.join(",", items), narrative,
                subpoena ? "8 U.S.C. 1225(d) (illustrative)" : null, returnDate, s.name, s.aliases, s.dob, s.sex,
                s.citizenship, s.aNumber, s.fbi, s.stateId, booking, life.due, state.equals("CLARIFICATION_REQUESTED"),
                life.served, life.answered, life.closed, filed, life.last, life.acknowledged,
                days(life.served, life.acknowledged), days(life.served, life.answered));
        for (String item : items) {
            if (life.answered == null) {
                c.items.add(id, item, null, null, null, null);
            } else {
                int d = r.nextInt(10);
                c.items.add(id, item, d < 7 ? "PROVIDED" : d < 9 ? "NOT_HELD" : "WITHHELD",
                        d < 7 ? Texts.itemValue(r, item) : null,
                        d == 9 ? "Withheld under the agency's policy for administrative requests" : null,
                        d == 9 ? "ADMINISTRATIVE" : null);
            }
        }
        if (life.answered != null) {
            Instant release = life.answered.plus(Duration.ofHours(24 + r.nextInt(24 * 60)));
            c.answers.add(id, clerk.id(), life.answered, booking, type.equals("RELEASE_NOTIFICATION") ? release : null,
                    agency.name() + " main facility", r.nextBoolean() ? "Bond posted" : "Time served",
                    "Local charges (invented)", r.nextBoolean() ? "$" + (500 * (1 + r.nextInt(40))) : null,
                    Texts.summary(r));
            if (!"DECLINED".equals(life.outcome) && !"NO_RECORDS".equals(life.outcome)) {
                c.disclosures.add(ids.disclosure++, agency.id(), id, "ANSWER", tracking, type,
                        subpoena ? "ADMINISTRATIVE_SUBPOENA" : "NONE", s.name, s.aNumber, booking, booking,
                        String.join(",", items), office.id(), office.name(), requester.id(), requester.name(),
                        clerk.id(), clerk.name(), life.answered);
            }
        }
        c.requestCount++;
    }

    private static String state(SplittableRandom r, Duration age, boolean subpoena) {
        String[] states = {"SUBMITTED", "ACKNOWLEDGED", "CLARIFICATION_REQUESTED", "ANSWERED", "CLOSED", "WITHDRAWN",
            "PENDING_APPROVAL", "DRAFT", "REFERRED_FOR_ENFORCEMENT"};
        String s;
        if (age.toDays() < 2) {
            s = weighted(r, states, 50, 25, 5, 5, 0, 0, 15, 0, 0);
        } else if (age.toDays() < 45) {
            s = weighted(r, states, 15, 25, 10, 30, 12, 3, 2, 3, 0);
        } else {
            s = weighted(r, states, 1, 2, 1, 28, 60, 4, 1, 1, 2);
        }
        if (!subpoena && (s.equals("PENDING_APPROVAL") || s.equals("DRAFT"))) {
            return "SUBMITTED";
        }
        return !subpoena && s.equals("REFERRED_FOR_ENFORCEMENT") ? "CLOSED" : s;
    }

    private static List<String> items(SplittableRandom r, String type) {
        List<String> items = new ArrayList<>();
        if (type.equals("RELEASE_NOTIFICATION")) {
            items.add("RELEASE_DATE_TIME");
            return items;
        }
        int n = 1 + r.nextInt(3);
        int from = r.nextInt(ITEMS.length);
        for (int k = 0; k < n; k++) {
            items.add(ITEMS[(from + k) % ITEMS.length]);
        }
        items.sort(null);
        return items;
    }

    /** Calendar time counted as business days (5 of 7), as the reports read them; null when it did not happen. */
    private static Integer days(Instant from, Instant to) {
        return from == null || to == null ? null : (int) (Duration.between(from, to).toHours() * 5 / 7 / 24);
    }

    /** A subject is a pure function of its number, so the same person comes back in several requests. */
    record Subject(long number, String name, String aliases, LocalDate dob, String sex, String citizenship,
                   String aNumber, String fbi, String stateId) {
    }

    private Subject subject(long n) {
        SplittableRandom r = new SplittableRandom(seed ^ (n * 0xBF58476D1CE4E5B9L));
        String name = Names.person(r);
        return new Subject(n, name, r.nextInt(4) == 0 ? Names.given(r) + " " + Names.family(r) : null,
                LocalDate.of(1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                r.nextInt(5) == 0 ? "FEMALE" : "MALE", COUNTRIES[r.nextInt(COUNTRIES.length)],
                "A" + zeroPadded(100_000_000 + n, 9), r.nextInt(3) == 0 ? null : "FB" + (500000 + n),
                r.nextInt(2) == 0 ? null : "SID-" + (800000 + n));
    }

    /** As {@code String.format("%0<width>d", n)}, without its parsing of the format (4 % of the generator's profile). */
    static String zeroPadded(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static String weighted(SplittableRandom r, String[] values, int... weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int x = r.nextInt(sum);
        for (int k = 0; k < values.length; k++) {
            x -= weights[k];
            if (x < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }
}
