package liaison.demo;

import java.time.Clock;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo's requests (DESIGN.md §2): the eight administrative subpoenas of the story — four from ERO New York
 * to the New York City Department of Correction ({@link NewYorkSubpoenas}), four from ERO Denver to the Denver
 * Sheriff Department ({@link DenverSubpoenas}) — in different states of their life, and a few information requests
 * and release notifications ({@link OtherDemoRequests}). Every person, number and event is invented.
 *
 * <p>Everything goes through the real services, so it is on the timelines, the clock ledgers and the audit log.
 * The services run on a clock of their own that walks through the last four weeks, one step at a time in order,
 * so the history reads as it would have happened; it never passes the real present ({@link DemoScript}).
 */
final class DemoRequests {
    static final String FICTIONAL = "FICTIONAL DEMO DATA: every person, number and event in this request is "
            + "invented. ";
    static final String NYC_BASIS = "Administrative, not judicial, process. NYC Admin. Code § 9-131: release "
            + "dates and custody status are shared only with a judicial warrant or a court order.";
    static final String DENVER_BASIS = "Administrative, not judicial, process. Denver Public Safety Enforcement "
            + "Priorities Act (2017): no records beyond release notification without a judicial warrant.";

    private final Jdbi jdbi;
    private final AuditLog realAudit;
    private final DemoScript script;

    public DemoRequests(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.realAudit = audit;
        this.script = new DemoScript(jdbi, clock);
    }

    /** Files and moves every demo request; call once, on the freshly seeded demo agencies and accounts. */
    public void seed() {
        DemoPeople p = new DemoPeople(jdbi);
        NewYorkSubpoenas.script(script, p);
        DenverSubpoenas.script(script, p);
        OtherDemoRequests.script(script, p);
        int steps = script.run();
        realAudit.append(AuditEvent.of("demo.requests-seeded")
                .details(steps + " steps of fictional demo requests, dated over the last four weeks"));
    }
}
