package liaison.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import liaison.deadlines.DueClock;
import org.junit.jupiter.api.Test;

class RequestEnumsTest {

    @Test
    void onlySubpoenasNeedApprovalAndCanBeEnforced() {
        assertFalse(RequestType.INFORMATION_REQUEST.needsApproval());
        assertFalse(RequestType.RELEASE_NOTIFICATION.needsApproval());
        assertTrue(RequestType.ADMINISTRATIVE_SUBPOENA.needsApproval());
        assertFalse(RequestType.INFORMATION_REQUEST.isEnforceable());
        assertFalse(RequestType.RELEASE_NOTIFICATION.isEnforceable());
        assertTrue(RequestType.ADMINISTRATIVE_SUBPOENA.isEnforceable());
    }

    @Test
    void requestTypeLabels() {
        assertEquals(List.of("Information request", "Release notification", "Administrative subpoena"),
                Stream.of(RequestType.values()).map(RequestType::label).toList());
    }

    @Test
    void priorityLabelsAndOnlyEmergencyCountsHours() {
        assertEquals(List.of("Routine", "Urgent", "Emergency"),
                Stream.of(Priority.values()).map(Priority::label).toList());
        assertFalse(Priority.ROUTINE.isHourBased());
        assertFalse(Priority.URGENT.isHourBased());
        assertTrue(Priority.EMERGENCY.isHourBased());
    }

    @Test
    void outcomeLabels() {
        assertEquals(List.of("Fulfilled", "Partially fulfilled", "Declined", "No records", "Not in custody"),
                Stream.of(Outcome.values()).map(Outcome::label).toList());
    }

    @Test
    void requestedItemLabelsInFormOrder() {
        assertEquals(List.of("Release date and time", "Custody status", "Current charges",
                "Bond / bail information", "Court dates", "Home / work address", "Date and place of birth",
                "Identity documents", "Emergency contacts", "Booking record", "Criminal history"),
                Stream.of(RequestedItem.values()).map(RequestedItem::label).toList());
    }

    @Test
    void dueClockStatusLabels() {
        assertEquals(List.of("On time", "Due soon", "Overdue", "Paused", "No deadline"),
                Stream.of(DueClock.Status.values()).map(DueClock.Status::label).toList());
    }

    @Test
    void everyTimelineKindHasWordsForPeopleAndKeepsItsStoredValue() {
        var messages = new liaison.system.Messages();
        for (TimelineKind kind : TimelineKind.values()) {
            assertFalse(messages.get(kind.messageKey()).isBlank(), kind.name());
            assertEquals(kind, TimelineKind.ofStored(kind.stored()));
        }
        assertEquals("closed-automatically", TimelineKind.CLOSED_AUTOMATICALLY.stored());
        assertEquals("Closed automatically", messages.get(TimelineKind.CLOSED_AUTOMATICALLY.messageKey()));
    }

    @Test
    void stateAndDispositionWordsComeFromTheMessagesFile() {
        var messages = new liaison.system.Messages();
        for (RequestState s : RequestState.values()) {
            assertEquals(messages.get("label.RequestState." + s.name()), s.label());
        }
        assertEquals("Pending approval", RequestState.PENDING_APPROVAL.label());
        assertEquals(List.of("Provided", "Withheld", "Not held"),
                Stream.of(Disposition.values()).map(Disposition::label).toList());
    }
}
