package liaison.requests;

import static liaison.support.AnsweredRequests.NYC_CLERK;
import static liaison.support.AnsweredRequests.NYC_DOC;
import static liaison.support.AnsweredRequests.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import liaison.support.AnsweredRequests;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * After the answer (issue 10): only the forms that make sense for the answer given, and no empty sections. A
 * release date can be amended only where one was provided; answer details show only what was given.
 */
class AnswerPageActionsTest {
    static TestApp app;
    static AnsweredRequests requests;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new AnsweredRequests(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void afterAFullDeclineThereIsNoReleaseDateToAmendNorDetailsToShow() {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.ADMINISTRATIVE_SUBPOENA,
                AnsweredRequests.subject("Della Declined", "A300000701", null), RequestFixture.ITEMS);
        requests.answer(NYC_CLERK, r.id(), Map.of(
                RequestedItem.RELEASE_DATE_TIME, AnsweredRequests.WITHHELD + "§ 9-131",
                RequestedItem.CUSTODY_STATUS, AnsweredRequests.WITHHELD + "§ 9-131"), StructuredAnswer.NONE);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        String page = clerk.get("/requests/" + r.id()).body();
        assertFalse(page.contains("/amend-release\""), "nothing was released to amend");
        assertFalse(page.contains("<dt>Release date and time</dt>"), "no list of dashes");
        assertFalse(page.contains("<dt>Facility</dt>"), "no list of dashes");
        assertFalse(page.matches("(?s).*id=\"answer-details\">\\s*</dl>.*"), "no empty answer details");
        assertEquals(403, clerk.post("/requests/" + r.id() + "/amend-release", Map.of(
                "version", RequestFixture.versionOn(page), "amendDate", "2026-12-01", "amendTime", "09:00"))
                .statusCode(), "nor can it be posted");
    }

    @Test
    void aProvidedReleaseDateCanBeAmendedAndItsDetailsAreShown() {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Rory Released", "A300000702", null), RequestFixture.ITEMS);
        requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.RELEASE_DATE_TIME, "2026-12-01 09:00",
                RequestedItem.CUSTODY_STATUS, "In custody"), new StructuredAnswer(null,
                java.time.Instant.parse("2026-12-01T14:00:00Z"), "North Facility", null, null, null, null));
        String page = app.session().signInAs(NYC_CLERK).get("/requests/" + r.id()).body();
        assertTrue(page.contains("/amend-release\""));
        assertTrue(page.contains("id=\"answer-details\""));
        assertTrue(page.contains("<dt>Facility</dt>") && page.contains("North Facility"));
        assertFalse(page.contains("Release type"), "a field not given is not listed");
    }

    /** Withheld, and no release date among the details either: nothing to amend (one given there would be). */
    @Test
    void whatWasWithheldWithNoReleaseDateGivenCannotBeAmended() {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Pia Partial", "A300000703", null), RequestFixture.ITEMS);
        requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "In custody",
                RequestedItem.RELEASE_DATE_TIME, AnsweredRequests.WITHHELD + "§ 9-131"), StructuredAnswer.NONE);
        String page = app.session().signInAs(NYC_CLERK).get("/requests/" + r.id()).body();
        assertFalse(page.contains("/amend-release\""));
    }
}
