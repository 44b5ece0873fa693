package liaison.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import liaison.accounts.AccountDao;
import liaison.accounts.NewAccount;
import liaison.accounts.PasswordHasher;
import liaison.agencies.AgencyDao;
import liaison.demo.DemoData;
import liaison.filing.Filing;
import liaison.system.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Requests through the real pages in headless Chromium (issue 3): a subpoena for four subjects from filing to
 * closing, a release date answered and amended, a withdrawal, and two clerks answering the same request. Every
 * page seen is checked by axe-core ({@link RequestSteps} checks each page it loads). Every person is invented;
 * the portal's clock stands at Monday 2026-11-02 (TestApp).
 */
class RequestJourneyTest extends JourneyTest {
    static final String REQUESTER = "requester@ero-ny.example";
    static final String APPROVER = "approver@ero-ny.example";
    static final String CLERK = "clerk@nyc-doc.example";
    /** A second clerk of NYC DOC, opened for this test: the demo has one. */
    static final String SECOND_CLERK = "second-clerk@nyc-doc.example";
    static final String NYC_DOC = "New York City Department of Correction";
    static final String BASIS = "Administrative, not judicial, process. NYC Admin. Code § 9-131 (test basis).";

    static RequestSteps steps;

    @BeforeAll
    static void openASecondClerk() {
        long nycDoc = app.database.jdbi().onDemand(AgencyDao.class).findByName(NYC_DOC).orElseThrow().id();
        app.database.jdbi().onDemand(AccountDao.class).create(new NewAccount(nycDoc, SECOND_CLERK,
                "Rosalind Tenterden", "Records clerk", Set.of(Role.CLERK)),
                new PasswordHasher(4).hash(DemoData.PASSWORD), app.clock.instant());
        steps = new RequestSteps(browser);
    }

    @Test
    void aSubpoenaForFourSubjectsIsApprovedClarifiedAnsweredAndClosed() {
        List<String> subjects = List.of("Halvard Quensel", "Ottoline Brask", "Severin Mallory-Teague",
                "Ilse Vandermark");
        String followed = subjects.get(0);

        // the requester files one subpoena for four people
        steps.signInAs(REQUESTER).follow("File a new request");
        assertEquals("File a request", browser.heading());
        assertEquals(Filing.SUBPOENA_AUTHORITY, browser.fieldValue("legalAuthority"), "the authority is pre-filled");
        steps.choose("type", "Administrative subpoena").choose("recipients", NYC_DOC)
                .subject(1, subjects.get(0), "Male", "Borduria", "1983-04-12", "A000000901");
        // the form starts with one subject; each "Add another subject" brings one more, keeping what was typed
        assertFalse(browser.isShowing(By.id("s2-fullName")), "one subject section to start");
        steps.press("Add another subject")
                .subject(2, subjects.get(1), "Female", "Syldavia", "1990-09-30", "A000000902")
                .press("Add another subject")
                .subject(3, subjects.get(2), "Male", "Freedonia", "1977-01-05", "A000000903")
                .press("Add another subject")
                .subject(4, subjects.get(3), "Female", "Genovia", "1995-06-21", "A000000904");
        assertEquals(subjects.get(0), browser.fieldValue("s1-fullName"), "adding a section keeps what was typed");
        steps.press("Add another subject").type("s5-fullName", "Not Meant Person").press("Remove subject 5");
        assertFalse(browser.isShowing(By.id("s5-fullName")), "a section added by mistake is removed");
        assertEquals(subjects.get(3), browser.fieldValue("s4-fullName"), "removing one keeps the others");
        steps
                .choose("items", "CUSTODY_STATUS").choose("items", "HOME_WORK_ADDRESS")
                .choose("items", "BOOKING_RECORD")
                .type("narrative", "FICTIONAL TEST DATA. Four people named in one removal case; this subpoena "
                        + "compels their custody status, booking records and last known addresses.")
                .type("returnDate", "2026-11-20")
                .press("Submit request");
        assertEquals("/requests", browser.path(), browser::describePage);
        assertTrue(browser.noticeText().contains("4 requests filed"), browser.noticeText());
        assertTrue(browser.noticeText().contains("approving officer"), browser.noticeText());
        subjects.forEach(s -> assertTrue(browser.mainText().contains(s), s + " is listed"));

        // the approving officer approves all four: each is served on NYC DOC
        steps.signInAs(APPROVER);
        for (String subject : subjects) {
            assertTrue(steps.section("approval").contains(subject), subject + " waits for approval");
            steps.openRowAbout(subject);
            assertEquals("Pending approval", steps.fact("State"));
            steps.approve();
            assertTrue(browser.noticeText().contains("approved and served"), browser.noticeText());
            assertEquals("Submitted", steps.fact("State"));
            steps.nav("/requests");
        }
        assertFalse(steps.section("approval").contains(followed), "nothing of this filing waits any more");

        // the clerk finds it in the queue, acknowledges it and asks which arrest is meant
        steps.signInAs(CLERK);
        assertEquals("/queue", browser.path());
        steps.openRowAbout(followed);
        long id = steps.requestId();
        assertEquals(followed, steps.fact("Full name"));
        steps.press("Acknowledge");
        assertEquals("Acknowledged", steps.fact("State"));
        String question = "Two people of this name were booked this year. Which booking date do you mean?";
        steps.type("question", question).press("Send question");
        assertEquals("Clarification requested", steps.fact("State"));
        assertTrue(steps.section("clock").contains("Paused"), steps.section("clock"));

        // the requester answers the question in the thread
        steps.signInAs(REQUESTER).openRowAbout(followed);
        assertEquals(id, steps.requestId());
        assertTrue(steps.section("thread").contains(question), steps.section("thread"));
        String clarification = "The booking of 14 October 2026, on the assault charge (invented).";
        steps.type("clarification", clarification).press("Send answer");
        assertTrue(browser.noticeText().contains("clock runs again"), browser.noticeText());
        assertEquals("Acknowledged", steps.fact("State"));

        // the clerk answers two items and withholds the address, citing the basis
        steps.signInAs(CLERK).openRowAbout(followed);
        assertTrue(steps.section("thread").contains(clarification), steps.section("thread"));
        steps.choose("disposition-CUSTODY_STATUS", "PROVIDED")
                .type("value-CUSTODY_STATUS", "In custody at the Robert N. Davoren Center (invented).")
                .choose("disposition-BOOKING_RECORD", "PROVIDED")
                .type("value-BOOKING_RECORD", "Booking DEMO-NYC-0901 of 2026-10-14, assault in the third degree.")
                .choose("disposition-HOME_WORK_ADDRESS", "WITHHELD")
                .type("basis-HOME_WORK_ADDRESS", BASIS)
                .choose("certify", "yes")
                .press("Send answer");
        assertEquals("Your answer is sent to the requesting office.", browser.noticeText());
        assertEquals("Answered", steps.fact("State"));

        // the requester sees the answer, item by item, and closes the request
        steps.signInAs(REQUESTER).openRowAbout(followed);
        assertAll(
                () -> assertEquals("Answered", steps.fact("State")),
                () -> assertEquals("Partially fulfilled", steps.fact("Outcome")),
                () -> assertEquals("Provided", steps.item("Custody status").get(0)),
                () -> assertTrue(steps.item("Booking record").get(1).contains("DEMO-NYC-0901")),
                () -> assertEquals(List.of("Withheld", "—", BASIS), steps.item("Home / work address")));
        steps.press("Close");
        assertEquals("The request is closed.", browser.noticeText());
        assertEquals("Closed", steps.fact("State"));
        assertEquals(List.of(), steps.forms(), "nothing more can be done");
        String timeline = steps.section("timeline");
        for (String event : List.of("Filed", "Approved and served", "Acknowledged", "Clarification requested",
                "Clarification given", "Answered", "Closed")) {
            assertTrue(timeline.contains(event), event + " is on the timeline:\n" + timeline);
        }
    }

    @Test
    void aReleaseDateIsAnsweredThenAmendedOnTheTimeline() {
        String subject = "Corwin Ashdale-Fenn";
        // an empty form is refused field by field; then the filled one is saved as a draft and filed from there
        steps.signInAs(REQUESTER).follow("File a new request").press("Submit request");
        assertTrue(browser.alertText().contains("There is a problem"), browser.alertText());
        assertFalse(browser.fieldError("narrative").isEmpty(), "the narrative's message is beside it");
        steps.choose("type", "Release notification").choose("recipients", NYC_DOC)
                .subject(1, subject, "Male", "Elbonia", "1986-02-27", "A000000911")
                .choose("items", "RELEASE_DATE_TIME").choose("items", "CUSTODY_STATUS")
                .type("narrative", "FICTIONAL TEST DATA. Please tell this office when the subject is released.")
                .press("Save as draft");
        assertTrue(browser.noticeText().startsWith("Draft saved."), browser.noticeText());
        steps.open("/requests/drafts").openRowAbout(subject);
        assertEquals("Edit draft request", browser.heading());
        assertEquals(subject, browser.fieldValue("s1-fullName"), "the draft keeps what was typed");
        steps.press("Submit request");
        assertTrue(browser.noticeText().contains("1 request filed"), browser.noticeText());

        // the clerk's answer without a choice for each item is refused, then given with the release date
        steps.signInAs(CLERK).openRowAbout(subject);
        assertEquals("Release notification", steps.fact("Type"));
        steps.press("Send answer");
        assertTrue(browser.fieldError("disposition-RELEASE_DATE_TIME").startsWith("Choose how"), browser::describePage);
        steps.choose("disposition-RELEASE_DATE_TIME", "PROVIDED")
                .type("value-RELEASE_DATE_TIME", "Scheduled for release on 6 November 2026 at 10:00.")
                .choose("disposition-CUSTODY_STATUS", "PROVIDED")
                .type("value-CUSTODY_STATUS", "In custody, sentenced (invented).")
                .type("releaseDate", "2026-11-06").type("releaseTime", "10:00")
                .type("facility", "Kestrel Bay Correctional Center (invented)")
                .choose("certify", "yes")
                .press("Send answer");
        assertEquals("Answered", steps.fact("State"));
        assertEquals("Nov 6, 2026, 10:00 AM EST", steps.fact("Release date and time"), "as the New York clerk typed it");

        String reason = "The court moved the sentencing hearing to Monday.";
        steps.type("amendDate", "2026-11-09").type("amendTime", "14:30").type("amendReason", reason)
                .press("Amend release date");
        assertEquals("The release date is amended.", browser.noticeText());
        assertEquals("Nov 9, 2026, 2:30 PM EST", steps.fact("Release date and time"));
        assertEquals("Answered", steps.fact("State"), "the notification stays answered until release");

        // the requesting office sees the new date and the amendment, with its reason, on the timeline
        steps.signInAs(REQUESTER).openRowAbout(subject);
        assertEquals("Nov 9, 2026, 2:30 PM EST", steps.fact("Release date and time"));
        String timeline = steps.section("timeline");
        assertTrue(timeline.contains("Release date amended"), timeline);
        assertTrue(timeline.contains(reason), timeline);
    }

    @Test
    void anANumberTypedAnotherWayInTheHeaderLeadsToTheRequestAndItsSubject() {
        // a demo subpoena of ERO New York about A000000103, typed with dashes and in lower case
        steps.signInAs(REQUESTER);
        var box = browser.driver().findElement(org.openqa.selenium.By.id("header-search"));
        box.sendKeys("a-000-000-103");
        browser.clickAndWait(browser.driver().findElement(
                org.openqa.selenium.By.cssSelector("header form.usa-search button")));
        browser.assertAccessible();
        if (browser.path().startsWith("/requests/")) {
            assertEquals("A000000103", steps.fact("A-number"));
            steps.follow("All requests about this person");
            browser.assertAccessible();
        }
        assertTrue(browser.path().startsWith("/subjects/"), browser::describePage);
        assertTrue(browser.heading().startsWith("Subject: Dorian Paskewitz-Oro"), browser::describePage);

        // the advanced search keeps what was typed, and says what is wrong next to the field
        steps.open("/search?name=" + "oro%20dorian" + "&sort=DUE_SOONEST");
        assertTrue(browser.mainText().contains("Dorian Paskewitz-Oro"), browser::describePage);
        steps.open("/search?filedFrom=12/01/2026&filedTo=11/01/2026");
        assertTrue(browser.fieldError("filedTo").contains("on or after"), browser::describePage);
    }

    @Test
    void theRequesterWithdrawsARequestGivingAReason() {
        // a demo release notification of ERO New York to Juniper County Jail, not yet answered
        String subject = "Ignatius Welmore";
        steps.signInAs(REQUESTER).openRowAbout(subject);
        assertEquals("Submitted", steps.fact("State"));
        assertTrue(steps.forms().contains("Withdraw the request"), steps.forms().toString());

        // the reason is required: the page comes back with the field's message
        steps.press("Withdraw");
        assertTrue(browser.fieldError("withdrawReason").contains("Reason for withdrawing"),
                browser::describePage);
        assertEquals("Submitted", steps.fact("State"));

        String reason = "The subject was transferred to federal custody in another district (invented).";
        steps.type("withdrawReason", reason).press("Withdraw");
        assertEquals("The request is withdrawn.", browser.noticeText());
        assertEquals("Withdrawn", steps.fact("State"));
        assertFalse(steps.forms().contains("Withdraw the request"), steps.forms().toString());
        String timeline = steps.section("timeline");
        assertTrue(timeline.contains("Withdrawn") && timeline.contains(reason), timeline);
    }

    @Test
    void aSecondClerksAnswerToAChangedRequestIsRefusedKeepingWhatTheyTyped() {
        // a demo subpoena served on NYC DOC and not yet acknowledged
        String subject = "Dorian Paskewitz-Oro";
        steps.signInAs(CLERK).openRowAbout(subject);
        long id = steps.requestId();
        try (Browser other = Browser.start(app)) {
            RequestSteps second = new RequestSteps(other);
            second.signInAs(SECOND_CLERK).openRowAbout(subject);
            assertEquals(id, second.requestId());

            // the first clerk answers
            for (String item : List.of("RELEASE_DATE_TIME", "CUSTODY_STATUS", "HOME_WORK_ADDRESS", "BOOKING_RECORD")) {
                steps.choose("disposition-" + item, "NOT_HELD");
            }
            steps.type("summary", "No one of this name or number is held.").press("Send answer");
            assertEquals("No records", steps.fact("Outcome"));

            // the second clerk, still on the page as it was, answers too
            String typed = "In custody at the Harbor Point Detention Center, housing area 4 (invented).";
            second.choose("disposition-CUSTODY_STATUS", "PROVIDED").type("value-CUSTODY_STATUS", typed)
                    .choose("disposition-RELEASE_DATE_TIME", "NOT_HELD").choose("disposition-BOOKING_RECORD", "NOT_HELD")
                    .choose("disposition-HOME_WORK_ADDRESS", "WITHHELD").type("basis-HOME_WORK_ADDRESS", BASIS)
                    .type("summary", "Second clerk's summary.").choose("certify", "yes").press("Send answer");
            assertEquals("/requests/" + id + "/answer", other.path(), "the page shown in answer to the form");
            String alert = other.alertText();
            assertTrue(alert.contains("This request changed since you opened it"), alert);
            assertTrue(alert.contains("Answered by Elena Brightwater"), alert);
            assertTrue(alert.contains("What you typed is kept below"), alert);
            String unsent = second.section("unsent");
            assertAll(() -> assertTrue(unsent.contains("Custody status: answer\nProvided"), unsent),
                    () -> assertTrue(unsent.contains(typed), unsent),
                    () -> assertTrue(unsent.contains("Second clerk's summary."), unsent));
            assertFalse(second.forms().contains("Answer the request"), "the answer form is gone");
            assertEquals("No records", second.fact("Outcome"), "the first answer stands");
            assertEquals("Not held", second.item("Custody status").get(0));
        }
    }
}
