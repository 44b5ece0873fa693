package liaison.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestStateTest {

    // Rows are "from", columns "to", both in declaration order:
    // DRAFT, PENDING_APPROVAL, SUBMITTED, ACKNOWLEDGED, CLARIFICATION_REQUESTED, ANSWERED,
    // CLOSED, WITHDRAWN, REFERRED_FOR_ENFORCEMENT. 'x' = allowed, '.' = forbidden.
    private static final String[] ANY_TYPE = {
        //         DR PA SU AC CR AN CL WD RE
        /* DR */ " .  x  x  .  .  .  .  .  . ",
        /* PA */ " x  .  x  .  .  .  .  x  . ",
        /* SU */ " .  .  .  x  x  x  .  x  x ",
        /* AC */ " .  .  .  .  x  x  .  x  x ",
        /* CR */ " .  .  .  x  .  .  .  x  . ",
        /* AN */ " .  .  .  .  .  .  x  .  x ",
        /* CL */ " .  .  .  .  .  .  .  .  . ",
        /* WD */ " .  .  .  .  .  .  .  .  . ",
        /* RE */ " .  .  x  .  .  .  .  x  . ",
    };

    private static final String[] INFORMATION_REQUEST = {
        //         DR PA SU AC CR AN CL WD RE
        /* DR */ " .  .  x  .  .  .  .  .  . ",
        /* PA */ " x  .  x  .  .  .  .  x  . ",
        /* SU */ " .  .  .  x  x  x  .  x  . ",
        /* AC */ " .  .  .  .  x  x  .  x  . ",
        /* CR */ " .  .  .  x  .  .  .  x  . ",
        /* AN */ " .  .  .  .  .  .  x  .  . ",
        /* CL */ " .  .  .  .  .  .  .  .  . ",
        /* WD */ " .  .  .  .  .  .  .  .  . ",
        /* RE */ " .  .  x  .  .  .  .  x  . ",
    };

    private static final String[] ADMINISTRATIVE_SUBPOENA = {
        //         DR PA SU AC CR AN CL WD RE
        /* DR */ " .  x  .  .  .  .  .  .  . ",
        /* PA */ " x  .  x  .  .  .  .  x  . ",
        /* SU */ " .  .  .  x  x  x  .  x  x ",
        /* AC */ " .  .  .  .  x  x  .  x  x ",
        /* CR */ " .  .  .  x  .  .  .  x  . ",
        /* AN */ " .  .  .  .  .  .  x  .  x ",
        /* CL */ " .  .  .  .  .  .  .  .  . ",
        /* WD */ " .  .  .  .  .  .  .  .  . ",
        /* RE */ " .  .  x  .  .  .  .  x  . ",
    };

    private static boolean expected(String[] table, RequestState from, RequestState to) {
        String row = table[from.ordinal()].replace(" ", "");
        assertEquals(RequestState.values().length, row.length(), "malformed row for " + from);
        return row.charAt(to.ordinal()) == 'x';
    }

    @Test
    void everyPairIsAllowedOrForbiddenAsInTheTable() {
        assertEquals(RequestState.values().length, ANY_TYPE.length);
        for (RequestState from : RequestState.values()) {
            Set<RequestState> allowed = EnumSet.noneOf(RequestState.class);
            for (RequestState to : RequestState.values()) {
                boolean expected = expected(ANY_TYPE, from, to);
                assertEquals(expected, from.canMoveTo(to), from + " -> " + to);
                if (expected) {
                    allowed.add(to);
                }
            }
            assertEquals(allowed, from.next(), "next() of " + from);
        }
    }

    @Test
    void everyPairPerTypeIsAllowedOrForbiddenAsInItsTable() {
        checkType(RequestType.INFORMATION_REQUEST, INFORMATION_REQUEST);
        checkType(RequestType.RELEASE_NOTIFICATION, INFORMATION_REQUEST);
        checkType(RequestType.ADMINISTRATIVE_SUBPOENA, ADMINISTRATIVE_SUBPOENA);
    }

    private static void checkType(RequestType type, String[] table) {
        for (RequestState from : RequestState.values()) {
            Set<RequestState> allowed = EnumSet.noneOf(RequestState.class);
            for (RequestState to : RequestState.values()) {
                boolean expected = expected(table, from, to);
                assertEquals(expected, from.canMoveTo(to, type), type + ": " + from + " -> " + to);
                if (expected) {
                    allowed.add(to);
                }
            }
            assertEquals(allowed, from.next(type), type + ": next() of " + from);
        }
    }

    @Test
    void openStatesAreExactlyThoseThatCanBeWithdrawn() {
        Set<RequestState> open = EnumSet.of(RequestState.PENDING_APPROVAL, RequestState.SUBMITTED,
                RequestState.ACKNOWLEDGED, RequestState.CLARIFICATION_REQUESTED,
                RequestState.REFERRED_FOR_ENFORCEMENT);
        for (RequestState state : RequestState.values()) {
            assertEquals(open.contains(state), state.isOpen(), state.name());
            assertEquals(state.isOpen(), state.canMoveTo(RequestState.WITHDRAWN), state.name());
        }
    }

    @Test
    void onlyClosedAndWithdrawnAreTerminal() {
        for (RequestState state : RequestState.values()) {
            boolean terminal = state == RequestState.CLOSED || state == RequestState.WITHDRAWN;
            assertEquals(terminal, state.isTerminal(), state.name());
            assertEquals(terminal, state.next().isEmpty(), state.name());
        }
    }

    @Test
    void noStateMovesToItself() {
        for (RequestState state : RequestState.values()) {
            assertFalse(state.canMoveTo(state), state.name());
        }
    }

    @Test
    void everyStateButDraftCanBeReached() {
        Set<RequestState> reachable = EnumSet.noneOf(RequestState.class);
        for (RequestState state : RequestState.values()) {
            reachable.addAll(state.next());
        }
        assertEquals(EnumSet.allOf(RequestState.class), reachable, "DRAFT is reached by a return from approval");
    }

    @Test
    void labelsAreTheDisplayTexts() {
        assertEquals("Draft", RequestState.DRAFT.label());
        assertEquals("Pending approval", RequestState.PENDING_APPROVAL.label());
        assertEquals("Submitted", RequestState.SUBMITTED.label());
        assertEquals("Acknowledged", RequestState.ACKNOWLEDGED.label());
        assertEquals("Clarification requested", RequestState.CLARIFICATION_REQUESTED.label());
        assertEquals("Answered", RequestState.ANSWERED.label());
        assertEquals("Closed", RequestState.CLOSED.label());
        assertEquals("Withdrawn", RequestState.WITHDRAWN.label());
        assertEquals("Referred for enforcement", RequestState.REFERRED_FOR_ENFORCEMENT.label());
        Set<String> distinct = new HashSet<>();
        for (RequestState state : RequestState.values()) {
            assertTrue(distinct.add(state.label()), state.name());
        }
    }

    @Test
    void nextSetsCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class,
                () -> RequestState.DRAFT.next().add(RequestState.CLOSED));
        assertThrows(UnsupportedOperationException.class,
                () -> RequestState.SUBMITTED.next(RequestType.INFORMATION_REQUEST).clear());
        assertFalse(RequestState.DRAFT.canMoveTo(RequestState.CLOSED));
    }

    @Test
    void filingPutsASubpoenaBeforeAnApproverAndServesTheOthersAtOnce() {
        assertEquals(RequestState.PENDING_APPROVAL, RequestState.filedState(RequestType.ADMINISTRATIVE_SUBPOENA));
        assertEquals(RequestState.SUBMITTED, RequestState.filedState(RequestType.INFORMATION_REQUEST));
        assertEquals(RequestState.SUBMITTED, RequestState.filedState(RequestType.RELEASE_NOTIFICATION));
    }

    @Test
    void theSqlListsOfStatesComeFromTheEnum() {
        assertEquals(java.util.EnumSet.of(RequestState.DRAFT, RequestState.PENDING_APPROVAL), RequestState.NOT_SERVED);
        assertEquals(java.util.EnumSet.of(RequestState.SUBMITTED, RequestState.ACKNOWLEDGED,
                RequestState.CLARIFICATION_REQUESTED, RequestState.REFERRED_FOR_ENFORCEMENT), RequestState.servedOpen());
        assertTrue(RequestState.open().contains(RequestState.PENDING_APPROVAL));
        assertEquals("('DRAFT', 'PENDING_APPROVAL')", RequestState.sqlList(RequestState.NOT_SERVED));
    }
}
