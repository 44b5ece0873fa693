package liaison.disclosures;

import static liaison.support.AnsweredRequests.DENVER_CLERK;
import static liaison.support.AnsweredRequests.NYC_CLERK;
import static liaison.support.AnsweredRequests.NYC_DOC;
import static liaison.support.AnsweredRequests.NY_REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.audit.AuditLog;
import liaison.requests.LegalProcess;
import liaison.requests.Request;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.requests.Subject;
import liaison.support.AnsweredRequests;
import liaison.support.HttpSession;
import liaison.support.TestApp;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /disclosures and /disclosures.csv: scoped to the reader's agency, searched, paged, exported, bad input. */
class DisclosureRoutesTest {
    /** The demo's one disclosure by Denver: Evander Quillon's custody status. */
    static final String DENVER_DEMO_A_NUMBER = "A000000202";
    static TestApp app;
    static AnsweredRequests requests;
    static Request nycAnswered;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new AnsweredRequests(app);
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                AnsweredRequests.subject("Perpetua Langhorne", "A000000921", "BK-921"),
                EnumSet.of(RequestedItem.CUSTODY_STATUS));
        nycAnswered = requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "In custody"),
                StructuredAnswer.NONE);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void eachAgencySeesOnlyItsOwnDisclosures() {
        // from the day of the answer: pagesKeepTheSearch adds rows dated earlier, which may come first
        String nyc = app.session().signInAs(NYC_CLERK).get("/disclosures?from=2026-11-02").body();
        assertTrue(nyc.contains("Perpetua Langhorne"));
        assertTrue(nyc.contains("href=\"/requests/" + nycAnswered.id() + "\""));
        assertTrue(nyc.contains("Dana Whitlock"));
        assertFalse(nyc.contains(DENVER_DEMO_A_NUMBER), "Denver's disclosures are Denver's");
        String nycAdmin = app.session().signInAs("admin@nyc-doc.example").get("/disclosures?from=2026-11-02").body();
        assertTrue(nycAdmin.contains("Perpetua Langhorne"));
        assertFalse(nycAdmin.contains("href=\"/requests/" + nycAnswered.id() + "\""),
                "no link to a page the admin cannot open");

        HttpSession denver = app.session().signInAs(DENVER_CLERK);
        String denverPage = denver.get("/disclosures").body();
        assertTrue(denverPage.contains(DENVER_DEMO_A_NUMBER));
        assertFalse(denverPage.contains("Perpetua Langhorne"));
        assertFalse(denver.get("/disclosures?identifier=A000000921").body().contains("Perpetua Langhorne"));
        assertFalse(denver.get("/disclosures.csv").body().contains("Perpetua Langhorne"));
        assertTrue(denverPage.contains("href=\"/disclosures\""), "the clerk's navigation has the page");
        assertFalse(app.session().signInAs(NY_REQUESTER).get("/requests").body().contains("href=\"/disclosures\""));
    }

    @Test
    void searchesByIdentifierAndByDate() {
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        assertTrue(clerk.get("/disclosures?identifier=A000000921").body().contains("Perpetua Langhorne"));
        assertTrue(clerk.get("/disclosures?identifier=+BK-921+").body().contains("Perpetua Langhorne"));
        String other = clerk.get("/disclosures?identifier=A000000999").body();
        assertFalse(other.contains("Perpetua Langhorne"));
        assertTrue(other.contains("No disclosure matches this search."));
        assertTrue(clerk.get("/disclosures?from=2026-11-02&to=11/02/2026").body().contains("Perpetua Langhorne"));
        assertFalse(clerk.get("/disclosures?from=2026-11-03").body().contains("Perpetua Langhorne"));
        assertFalse(clerk.get("/disclosures?to=2026-11-01").body().contains("Perpetua Langhorne"));
    }

    /** Issue 10: by name, matching the subject's name or an alias, any part of it, in any case. */
    @Test
    void searchesByNameAndAliasesWithinTheAgencyOnly() {
        Request r = requests.file(NY_REQUESTER, NYC_DOC, RequestType.INFORMATION_REQUEST,
                new Subject("Ottoline Farquharson", "Tilly Farr; O. Quist", LocalDate.of(1981, 2, 3), "Female",
                        "Testland", "A000000931", null, null, "BK-931"), EnumSet.of(RequestedItem.CUSTODY_STATUS));
        requests.answer(NYC_CLERK, r.id(), Map.of(RequestedItem.CUSTODY_STATUS, "In custody"), StructuredAnswer.NONE);
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        for (String name : List.of("Ottoline+Farquharson", "farquhar", "TILLY", "o.+quist", "+farr+")) {
            String page = clerk.get("/disclosures?name=" + name).body();
            assertTrue(page.contains("Ottoline Farquharson"), name);
            assertFalse(page.contains("Perpetua Langhorne"), name);
        }
        String none = clerk.get("/disclosures?name=%25").body();
        assertFalse(none.contains("Ottoline Farquharson"), "a wildcard is searched for as a character");
        assertTrue(none.contains("No disclosure matches this search."));
        assertTrue(clerk.get("/disclosures?name=farquhar&identifier=A000000931").body().contains("Farquharson"));
        assertFalse(clerk.get("/disclosures?name=farquhar&identifier=A000000921").body().contains("Farquharson"),
                "the filters together");
        assertFalse(clerk.get("/disclosures?name=Quillon").body().contains("Evander Quillon"),
                "Denver's disclosure is not New York's");
        assertFalse(clerk.get("/disclosures.csv?name=Quillon").body().contains("Quillon"));

        HttpSession denver = app.session().signInAs(DENVER_CLERK);
        assertTrue(denver.get("/disclosures?name=quillon").body().contains("Evander Quillon"));
        for (String name : List.of("Farquharson", "tilly", "Langhorne")) {
            for (String path : List.of("/disclosures?name=", "/disclosures.csv?name=")) {
                String page = denver.get(path + name).body();
                assertFalse(page.contains("Ottoline") || page.contains("Perpetua"), path + name);
            }
        }
    }

    /** Issue 10: a day is the reader's agency's day, not UTC's: 10 pm in New York is already tomorrow in UTC. */
    @Test
    void datesAreDaysInTheReadersAgencyZone() {
        Request r = nycAnswered;
        app.database.jdbi().onDemand(DisclosureDao.class).insert(new Disclosure(0, r.agencyId(), r.id(),
                Occasion.ANSWER, r.trackingNumber(), r.type(), LegalProcess.NONE, "Lucius Latenight", null, null,
                null, "CUSTODY_STATUS", null, r.officeId(), r.officeName(), r.createdBy(), "Dana Whitlock",
                r.createdBy(), "Someone", Instant.parse("2026-11-04T03:30:00Z")));
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        assertTrue(clerk.get("/disclosures?from=11/03/2026&to=11/03/2026").body().contains("Lucius Latenight"),
                "10:30 pm on November 3 in New York");
        assertFalse(clerk.get("/disclosures?from=11/04/2026").body().contains("Lucius Latenight"));
        assertFalse(clerk.get("/disclosures?to=11/02/2026").body().contains("Lucius Latenight"));
        assertTrue(clerk.get("/disclosures?to=11/03/2026&name=latenight").body().contains("Lucius Latenight"));
        assertTrue(clerk.get("/disclosures").body().contains("days as your agency counts them (Eastern Time)"));
    }

    @Test
    void badFiltersGetAMessageNextToTheFieldAndKeepWhatWasTyped() {
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        Map<String, String> cases = pairs(
                "/disclosures?from=2026-13-45", "From must be a date as mm/dd/yyyy, like 11/20/2026.",
                "/disclosures?from=2026-11-05&to=2026-11-01", "To must be on or after From.",
                "/disclosures?to=3000-01-01", "To must be in the years 2000 to 2100.",
                "/disclosures?from=" + "9".repeat(500), "From must be a date",
                "/disclosures?identifier=" + "A".repeat(31), "The identifier must be at most 30 characters.",
                // what is searched for goes into the audit log: only what can be stored
                "/disclosures?identifier=%00%3Cscript%3E", "Remove the line breaks and other control characters",
                "/disclosures.csv?from=yesterday", "From must be a date",
                "/disclosures?name=" + "n".repeat(201), "Use at most 200 characters.",
                "/disclosures?name=Perpetua%0ALanghorne", "Remove the line breaks and other control characters",
                "/disclosures?name=%00", "Remove the line breaks and other control characters",
                "/disclosures?from=02/30/2026&to=01/01/2026", "From must be a date");
        cases.forEach((address, message) -> {
            HttpResponse<String> r = clerk.get(address);
            assertEquals(422, r.statusCode(), address);
            assertTrue(r.body().contains(message), address);
            assertTrue(r.body().contains("usa-error-message"), address);
            assertTrue(r.body().contains("id=\"error-summary\""), "the summary at the top: " + address);
            assertFalse(r.body().contains("Perpetua Langhorne"), "nothing is searched: " + address);
        });
        assertTrue(clerk.get("/disclosures?from=2026-13-45").body().contains("value=\"2026-13-45\""));
        String both = clerk.get("/disclosures?name=Langhorne&from=11/05/2026&to=11/01/2026").body();
        assertTrue(both.contains("value=\"Langhorne\"") && both.contains("value=\"11/05/2026\"")
                && both.contains("value=\"11/01/2026\""), "every value typed is kept");
        assertTrue(both.contains("id=\"to-error\""), "the message is at the field To");
        for (String odd : List.of("/disclosures?after=abc", "/disclosures?after=-5", "/disclosures?after=" +
                "9".repeat(40), "/disclosures?identifier=%3Cscript%3E", "/disclosures?from=&to=&identifier=")) {
            assertEquals(200, clerk.get(odd).statusCode(), odd);
        }
    }

    @Test
    void theCsvHasTheHeadersAndTheRowsAndIsAudited() throws Exception {
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        HttpResponse<String> csv = clerk.get("/disclosures.csv?identifier=A000000921");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"disclosures.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        String body = csv.body();
        assertTrue(body.startsWith("\uFEFF"), "a byte order mark for spreadsheet programs");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1)))) {
            assertEquals(DisclosureLog.CSV_HEADERS, parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(1, rows.size());
        CSVRecord row = rows.get(0);
        assertEquals(nycAnswered.trackingNumber(), row.get("Tracking number"));
        assertEquals("ANSWER", row.get("Occasion"));
        assertEquals("Information request", row.get("Request type"));
        assertEquals(LegalProcess.NONE.label(), row.get("Legal process"));
        assertEquals("Perpetua Langhorne", row.get("Subject"));
        assertEquals("A000000921", row.get("A-number"));
        assertEquals("BK-921", row.get("Booking number"));
        assertEquals("Custody status", row.get("Items disclosed"));
        assertEquals("ERO New York", row.get("To office"));
        assertEquals("Dana Whitlock", row.get("To person"));
        assertEquals("Elena Brightwater", row.get("Disclosed by"));
        assertEquals("2026-11-02T09:00:00-05:00", row.get("Disclosed at (ISO 8601)"), "the reader's zone, with offset");

        var audited = new AuditLog(app.database.jdbi(), app.clock)
                .latestBy(requests.account(NYC_CLERK).id(), 1).get(0);
        assertEquals("disclosures.exported", audited.action());
        assertTrue(audited.details().contains("identifier=A000000921"));
    }

    @Test
    void pagesKeepTheSearch() {
        DisclosureDao dao = app.database.jdbi().onDemand(DisclosureDao.class);
        Request r = nycAnswered;
        for (int i = 0; i < 27; i++) {
            dao.insert(new Disclosure(0, r.agencyId(), r.id(), Occasion.ANSWER, r.trackingNumber(), r.type(),
                    LegalProcess.NONE, "Paged Person " + i, "A000000930", null, null, "CUSTODY_STATUS", null,
                    r.officeId(), r.officeName(), r.createdBy(), "Dana Whitlock", r.createdBy(), "Someone",
                    Instant.parse("2026-10-01T10:00:00Z").plusSeconds(i)));
        }
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        String first = clerk.get("/disclosures?identifier=A000000930").body();
        assertEquals(25, count(first, "Paged Person "));
        Matcher next = Pattern.compile("href=\"(/disclosures\\?[^\"]*after=\\d+)\"").matcher(first);
        assertTrue(next.find(), "a next page link");
        String href = next.group(1).replace("&amp;", "&");
        assertTrue(href.contains("identifier=A000000930"));
        String second = clerk.get(href).body();
        assertEquals(2, count(second, "Paged Person "));
        assertTrue(second.contains("First page"));
        assertEquals(27 + 1, clerk.get("/disclosures.csv?identifier=A000000930").body().split("\r\n").length,
                "the CSV holds every match, not a page");
    }

    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static int count(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }
}
