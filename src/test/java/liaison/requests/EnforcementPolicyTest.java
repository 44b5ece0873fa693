package liaison.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import liaison.accounts.Account;
import liaison.agencies.AgencyKind;
import liaison.filing.Filing;
import liaison.system.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may refer a subpoena for enforcement and record a court order, and when (RequestPolicy). */
class EnforcementPolicyTest {
    private static final long OFFICE = 1;
    private static final long AGENCY = 3;
    private static final long OTHER_OFFICE = 2;
    private static final Instant DUE = Instant.parse("2026-11-20T22:00:00Z");
    private static final Instant BEFORE = DUE.minusSeconds(60);
    private static final Instant AFTER = DUE.plusSeconds(60);

    private final RequestPolicy policy = new RequestPolicy();
    private final Account approver = account(OFFICE, Role.APPROVER);
    private final Account requester = account(OFFICE, Role.REQUESTER);
    private final Account clerk = account(AGENCY, Role.CLERK);
    private final Account otherApprover = account(OTHER_OFFICE, Role.APPROVER);

    static Account account(long agency, Role role) {
        return new Account(agency * 10 + role.ordinal(), agency, "Agency " + agency, AgencyKind.FEDERAL_OFFICE,
                role.name().toLowerCase() + "@" + agency + ".example", "Someone", null, true, 0, null, Set.of(role),
                java.time.ZoneOffset.UTC);
    }

    static Request request(RequestType type, RequestState state, Outcome outcome, boolean paused) {
        return new Request(7, "LIA-2026-000007", 1, OFFICE, "ERO New York", AGENCY, "NYC DOC", "America/New_York", 1, 1,
                type, Priority.ROUTINE, state, outcome, EnumSet.of(RequestedItem.RELEASE_DATE_TIME), "Why.",
                Filing.SUBPOENA_AUTHORITY, LocalDate.of(2026, 11, 20), null, DUE, paused, BEFORE, null, null, false, 3);
    }

    static Request subpoena(RequestState state, Outcome outcome) {
        return request(RequestType.ADMINISTRATIVE_SUBPOENA, state, outcome, false);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void anAnsweredSubpoenaCanBeReferredWhenSomethingWasNotProduced(Outcome outcome) {
        boolean refused = outcome == Outcome.DECLINED || outcome == Outcome.PARTIALLY_FULFILLED;
        Request answered = subpoena(RequestState.ANSWERED, outcome);
        assertEquals(refused, policy.canRefer(approver, answered, BEFORE), outcome.name());
    }

    @ParameterizedTest
    @EnumSource(value = RequestState.class, names = {"SUBMITTED", "ACKNOWLEDGED"})
    void anUnansweredSubpoenaCanBeReferredOnlyOnceItsReturnDateHasPassed(RequestState state) {
        assertFalse(policy.canRefer(approver, subpoena(state, null), BEFORE));
        assertFalse(policy.canRefer(approver, subpoena(state, null), DUE), "due is the last moment on time");
        assertTrue(policy.canRefer(approver, subpoena(state, null), AFTER));
    }

    @Test
    void aPausedClockIsNotOverdue() {
        Request waiting = request(RequestType.ADMINISTRATIVE_SUBPOENA, RequestState.CLARIFICATION_REQUESTED, null,
                true);
        assertFalse(policy.overdue(waiting, AFTER));
        assertFalse(policy.canRefer(approver, waiting, AFTER));
    }

    @ParameterizedTest
    @EnumSource(value = RequestState.class, names = {"DRAFT", "PENDING_APPROVAL", "CLOSED", "WITHDRAWN",
            "REFERRED_FOR_ENFORCEMENT"})
    void otherStatesCannotBeReferred(RequestState state) {
        assertFalse(policy.canRefer(approver, subpoena(state, Outcome.DECLINED), AFTER));
    }

    @Test
    void onlyASubpoenaCanBeReferred() {
        for (RequestType type : RequestType.values()) {
            Request declined = request(type, RequestState.ANSWERED, Outcome.DECLINED, false);
            assertEquals(type.isEnforceable(), policy.canRefer(approver, declined, AFTER), type.name());
        }
    }

    @Test
    void onlyTheFilingOfficesApprovingOfficerRefersAndRecordsTheOrder() {
        Request declined = subpoena(RequestState.ANSWERED, Outcome.DECLINED);
        Request referred = subpoena(RequestState.REFERRED_FOR_ENFORCEMENT, Outcome.DECLINED);
        assertTrue(policy.canRefer(approver, declined, BEFORE));
        assertTrue(policy.canRecordCourtOrder(approver, referred));
        for (Account other : new Account[] {requester, clerk, otherApprover}) {
            assertFalse(policy.canRefer(other, declined, AFTER), other.email());
            assertFalse(policy.canRecordCourtOrder(other, referred), other.email());
        }
    }

    @ParameterizedTest
    @EnumSource(value = RequestState.class, names = "REFERRED_FOR_ENFORCEMENT", mode = EnumSource.Mode.EXCLUDE)
    void aCourtOrderIsRecordedOnlyOnAReferredSubpoena(RequestState state) {
        assertFalse(policy.canRecordCourtOrder(approver, subpoena(state, Outcome.DECLINED)));
    }

    @Test
    void theWorkflowTableAllowsTheWholePath() {
        RequestType subpoena = RequestType.ADMINISTRATIVE_SUBPOENA;
        assertTrue(RequestState.ANSWERED.canMoveTo(RequestState.REFERRED_FOR_ENFORCEMENT, subpoena));
        assertTrue(RequestState.SUBMITTED.canMoveTo(RequestState.REFERRED_FOR_ENFORCEMENT, subpoena));
        assertTrue(RequestState.ACKNOWLEDGED.canMoveTo(RequestState.REFERRED_FOR_ENFORCEMENT, subpoena));
        assertTrue(RequestState.REFERRED_FOR_ENFORCEMENT.canMoveTo(RequestState.SUBMITTED, subpoena));
        assertFalse(RequestState.ANSWERED.canMoveTo(RequestState.REFERRED_FOR_ENFORCEMENT,
                RequestType.INFORMATION_REQUEST));
    }
}
