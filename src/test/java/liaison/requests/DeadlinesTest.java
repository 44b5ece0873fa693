package liaison.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import liaison.deadlines.BusinessCalendar;
import liaison.deadlines.DueClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "Overdue" and "due soon" are one definition: the policy, the lists and the queue's SQL agree on it. */
class DeadlinesTest {
    private static final Instant DUE = Instant.parse("2026-11-20T22:00:00Z");
    private final BusinessCalendar calendar = BusinessCalendar.federal();
    private final RequestPolicy policy = new RequestPolicy();

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void thePolicyAndTheListsCallTheSameRequestsOverdue(RequestState state) {
        for (boolean paused : new boolean[] {false, true}) {
            Request r = EnforcementPolicyTest.request(RequestType.ADMINISTRATIVE_SUBPOENA, state, null, paused);
            Instant after = DUE.plusSeconds(60);
            assertEquals(policy.overdue(r, after),
                    Deadlines.status(r, after, calendar) == DueClock.Status.OVERDUE, state + " paused " + paused);
            assertEquals(!paused && Deadlines.ON_THE_CLOCK.contains(state), policy.overdue(r, after));
        }
    }

    @Test
    void aReferredSubpoenaPastItsDateIsOverdueEverywhere() {
        Request r = EnforcementPolicyTest.subpoena(RequestState.REFERRED_FOR_ENFORCEMENT, null);
        assertTrue(policy.overdue(r, DUE.plusSeconds(1)));
        assertTrue(Deadlines.OVERDUE_SQL.contains("'REFERRED_FOR_ENFORCEMENT'"));
        assertTrue(Deadlines.OVERDUE_SQL.contains("'CLARIFICATION_REQUESTED'"), "paused in SQL by clock_paused");
    }

    @Test
    void dueSoonIsTwoBusinessDaysByTheLedgersOwnRule() {
        Request r = EnforcementPolicyTest.subpoena(RequestState.SUBMITTED, null);
        assertEquals(DueClock.Status.DUE_SOON, Deadlines.status(r, Instant.parse("2026-11-18T14:00:00Z"), calendar));
        assertEquals(DueClock.Status.ON_TIME, Deadlines.status(r, Instant.parse("2026-11-17T14:00:00Z"), calendar));
        assertEquals(DueClock.statusOf(calendar, java.time.ZoneId.of("America/New_York"), DUE, DUE),
                Deadlines.status(r, DUE, calendar));
    }
}
