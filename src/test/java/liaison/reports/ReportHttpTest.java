package liaison.reports;

import static liaison.support.RequestFixture.NYC_ADMIN;
import static liaison.support.RequestFixture.NYC_CLERK;
import static liaison.support.RequestFixture.NYC_DOC;
import static liaison.support.RequestFixture.NY_APPROVER;
import static liaison.support.RequestFixture.NY_REQUESTER;
import static liaison.support.RequestFixture.SYSADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import liaison.support.HttpSession;
import liaison.support.RequestFixture;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report pages for each kind of reader, their filters' messages, and the CSV export with its audit entry. */
class ReportHttpTest {
    private static final List<String> NASTY = List.of("%", "' OR 1=1 --", "\u0000", "ü𝄞", "9999-99-99", "-1",
            "02/30/2026", "13/45/2026", "18446744073709551616", "x".repeat(5_000));
    private static TestApp app;
    private static RequestFixture requests;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        requests = new RequestFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String q(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Test
    void eachReaderGetsTheReportOfTheirSide() {
        String clerk = ok(app.session().signInAs(NYC_CLERK).get("/reports"));
        assertTrue(clerk.contains("Requests served on " + NYC_DOC), "a local agency's");
        assertTrue(clerk.contains("Answered on time") && !clerk.contains("Subpoenas by stage"));
        String admin = ok(app.session().signInAs(NYC_ADMIN).get("/reports"));
        assertTrue(admin.contains("Requests served on " + NYC_DOC));
        for (String federal : List.of(NY_REQUESTER, NY_APPROVER)) {
            String page = ok(app.session().signInAs(federal).get("/reports"));
            assertTrue(page.contains("Requests filed by ERO New York"), federal);
            assertTrue(page.contains("Subpoenas by stage") && !page.contains("Answered on time"), federal);
        }
        String portal = ok(app.session().signInAs(SYSADMIN).get("/reports"));
        assertTrue(portal.contains("Every request of the portal"));
        assertTrue(portal.contains("Answered on time") && portal.contains("Subpoenas by stage")
                && portal.contains("Failed sign-ins and lockouts per day"));
    }

    @Test
    void chartsComeWithTheirNumbers() {
        String page = ok(app.session().signInAs(NY_REQUESTER).get("/reports"));
        assertTrue(page.contains("<figure") && page.contains("<figcaption"));
        assertTrue(page.contains("aria-hidden=\"true\""), "the drawing is hidden; the table says it");
        int charts = page.split("<svg").length - 1;
        assertTrue(charts > 0, "a subpoena chart is drawn from the demo's subpoenas");
        assertTrue(page.split("<table").length - 1 >= charts, "every drawn chart has its table");
        assertTrue(page.contains(">Served<") && page.contains(">Pending approval<"));
        // each cell is labelled with its column's header (the stacked table on a phone shows it beside the number)
        java.util.regex.Matcher table = Pattern.compile("<table.*?</table>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(table.find());
        List<String> headers = Pattern.compile("<th scope=\"col\">([^<]*)</th>").matcher(table.group())
                .results().map(m -> m.group(1)).toList();
        List<String> firstRow = Pattern.compile("<t[hd][^>]* data-label=\"([^\"]*)\"")
                .matcher(table.group()).results().map(m -> m.group(1)).limit(headers.size()).toList();
        assertTrue(headers.size() >= 2, table.group());
        assertEquals(headers, firstRow, "the first row's cells carry the headers in order");
    }

    @Test
    void theAgencyChosenStaysChosen() {
        String all = ok(app.session().signInAs(SYSADMIN).get("/reports"));
        String id = Pattern.compile("<option value=\"(\\d+)\">").matcher(all).results()
                .map(m -> m.group(1)).skip(1).findFirst().orElseThrow();
        String one = ok(app.session().signInAs(SYSADMIN).get("/reports?agency=" + id));
        assertEquals(List.of(id), Pattern.compile("<option value=\"(\\d*)\" selected=\"selected\">")
                .matcher(one).results().map(m -> m.group(1)).toList(), "that agency only is selected");
        assertFalse(all.contains("selected=\"selected\""), "none chosen: every agency's report");
    }

    @Test
    void aSystemAdminSeesFailedSignInsPerDay() {
        for (int i = 0; i < 3; i++) {
            app.session().signIn("nobody-" + i + "@reports.example", "not the password");
        }
        String page = ok(app.session().signInAs(SYSADMIN).get("/reports?from=11/02/2026&to=11/02/2026"));
        String table = page.substring(page.indexOf("id=\"chart-signIns\""));
        assertTrue(table.matches("(?s).*>2026-11-02</th>\\s*<td[^>]*>([3-9]|\\d\\d+)</td>.*"), table);
    }

    @Test
    void aSystemAdminNarrowsToOneAgency() {
        HttpSession admin = app.session().signInAs(SYSADMIN);
        String nyc = ok(admin.get("/reports?agency=" + requests.agency(NYC_DOC)));
        assertTrue(nyc.contains("Requests served on " + NYC_DOC));
        assertFalse(nyc.contains("Failed sign-ins"));
        String office = ok(admin.get("/reports?agency=" + requests.agency("ERO Denver")));
        assertTrue(office.contains("Requests filed by ERO Denver"));
    }

    @Test
    void aFigureOverFewerThanFiveRequestsSaysSo() {
        String page = ok(app.session().signInAs(NYC_CLERK).get("/reports?from=01/01/2026&to=01/31/2026"));
        assertTrue(page.contains("fewer than 5"));
        assertTrue(page.contains("Fewer than 5 requests: no histogram is drawn from so few."));
        assertFalse(page.matches("(?s).*\\d% \\(.*"), "no percentage from so few");
    }

    @Test
    void aWrongFilterGetsAMessageNextToItsField() {
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        assertMessage(clerk.get("/reports?from=13/45/2026"), "from", "Enter a date as mm/dd/yyyy");
        assertMessage(clerk.get("/reports?from=12/01/2026&to=11/01/2026"), "to", "cannot come before the first");
        assertMessage(clerk.get("/reports?from=01/01/1900"), "from", "Enter a date from 2000 to 2100.");
        assertMessage(clerk.get("/reports?from=01/01/2001&to=12/31/2099"), "to", "Choose at most 10 years.");
        assertMessage(clerk.get("/reports?agency=abc"), "agency", "Choose one of the listed agencies.");
        // another local agency is no choice for a local agency: its numbers are not NYC's to see
        assertMessage(clerk.get("/reports?agency=" + requests.agency(RequestFixture.COUNTY_JAIL)), "agency",
                "Choose one of the listed agencies.");
        HttpResponse<String> export = clerk.get("/reports/export?from=13/45/2026");
        assertEquals(422, export.statusCode(), "a wrong filter exports nothing");
        assertTrue(export.body().contains("id=\"from-error\""));
    }

    @Test
    void nastyValuesNeverGiveA500() {
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        for (String field : List.of("from", "to", "agency")) {
            for (String value : NASTY) {
                HttpResponse<String> r = clerk.get("/reports?" + field + "=" + q(value));
                assertTrue(r.statusCode() == 200 || r.statusCode() == 422, field + "=" + value + ": " + r.statusCode());
            }
            assertTrue(clerk.get("/reports?" + field + "=%FF%FE").statusCode() < 500, field + " invalid UTF-8");
        }
    }

    @Test
    void theExportIsTheReportAsCsvAndIsAudited() {
        HttpSession clerk = app.session().signInAs(NYC_CLERK);
        assertEquals(200, clerk.head("/reports/export?from=01/01/2026&to=01/31/2026").statusCode());
        HttpResponse<String> r = clerk.get("/reports/export?from=10/01/2026&to=11/30/2026");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        String[] lines = r.body().split("\r\n");
        assertEquals("Report,Days,Section,Table,Row,Column,Value", lines[0]);
        assertTrue(r.body().contains("Requests received"));
        assertTrue(r.body().contains(",\"Requests received per month, by type\",2026-10,Information request,1\r\n"),
                r.body());
        List<String> details = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT details FROM audit_log WHERE action = 'report.exported' AND actor_email = :who ORDER BY id")
                .bind("who", NYC_CLERK).mapTo(String.class).list());
        assertEquals(List.of("from 2026-10-01 to 2026-11-30"), details, "the export, with its filter; a HEAD exports nothing");
    }

    private static void assertMessage(HttpResponse<String> r, String field, String text) {
        assertEquals(422, r.statusCode(), field);
        assertTrue(r.body().contains("id=\"" + field + "-error\""), field + " has its message");
        assertTrue(r.body().contains(text), text);
    }
}
