package liaison.policies;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.support.RequestFixture;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.agencies.AgencyDao;
import liaison.filing.Filing;
import liaison.filing.FilingService;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.requests.RequestWorkflow;
import liaison.requests.RequestedItem;
import liaison.requests.Subject;
import liaison.support.HttpSession;
import liaison.support.PolicyPreviewHtml;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policies where they are used: the request form's preview, and the clerk's answer form and its record. */
class PolicyInUseTest {
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    static TestApp app;
    static long nyc;
    static long denver;
    static long juniper;
    static FilingService filings;
    static RequestWorkflow workflow;
    static int subjects;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        AgencyDao agencies = app.database.jdbi().onDemand(AgencyDao.class);
        nyc = agencies.findByName("New York City Department of Correction").orElseThrow().id();
        denver = agencies.findByName("Denver Sheriff Department").orElseThrow().id();
        juniper = agencies.findByName("Juniper County Jail").orElseThrow().id();
        filings = app.modules().filing().service();
        workflow = app.modules().requests().workflow();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<String> postMany(HttpSession s, String path, String... pairs) {
        StringBuilder body = new StringBuilder("pac4jCsrfToken=" + s.csrfToken());
        for (int i = 0; i < pairs.length; i += 2) {
            body.append('&').append(HttpSession.encode(Map.of(pairs[i], pairs[i + 1])));
        }
        return s.postRaw(path, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static int filingCount() {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM filings").mapTo(Integer.class).one());
    }

    @Test
    void theRequestFormShowsWhatEachRecipientsPolicySaysAndSavesNothing() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        int filed = filingCount();
        HttpResponse<String> r = postMany(requester, "/requests/new", "action", "preview",
                "type", "ADMINISTRATIVE_SUBPOENA", "priority", "ROUTINE", "recipients", String.valueOf(nyc),
                "recipients", String.valueOf(denver), "recipients", String.valueOf(juniper),
                "items", "RELEASE_DATE_TIME", "items", "EMERGENCY_CONTACTS", "s1-fullName", "Kept Person");
        assertEquals(200, r.statusCode(), r::body);
        String page = r.body();
        // item by item: each item's heading, then what each chosen agency's policy says about it
        String release = PolicyPreviewHtml.section(page, "Release date and time");
        String contacts = PolicyPreviewHtml.section(page, "Emergency contacts");
        for (String line : List.of("New York City Department of Correction — only with a judicial warrant or court order",
                "Denver Sheriff Department — shared", "Juniper County Jail — shared")) {
            assertTrue(release.contains(line), () -> "missing " + line + " in " + release);
        }
        for (String line : List.of("New York City Department of Correction — only with a judicial warrant or court order",
                "Denver Sheriff Department — only with a judicial warrant or court order")) {
            assertTrue(contacts.contains(line), () -> "missing " + line + " in " + contacts);
        }
        for (String line : List.of("Under the legal process of this request (Administrative subpoena)",
                "value=\"Kept Person\"")) {
            assertTrue(page.contains(line), () -> "missing " + line);
        }
        assertEquals(filed, filingCount(), "a preview saves nothing");

        String info = postMany(requester, "/requests/new", "action", "preview", "type", "INFORMATION_REQUEST",
                "recipients", String.valueOf(nyc), "items", "COURT_DATES").body();
        assertTrue(PolicyPreviewHtml.section(info, "Court dates").contains("New York City Department of Correction — public information only"));
        assertTrue(info.contains("(No legal process)"));
        String incomplete = postMany(requester, "/requests/new", "action", "preview", "type", "x".repeat(10_000),
                "recipients", "999999", "items", "NOPE").body();
        assertTrue(incomplete.contains("Choose the type of request, at least one agency and at least one item"));
    }

    @Test
    void aDraftsFormPreviewsToo() {
        HttpSession requester = app.session().signInAs("requester@ero-ny.example");
        HttpResponse<String> saved = postMany(requester, "/requests/new", "action", "draft",
                "type", "RELEASE_NOTIFICATION", "priority", "ROUTINE", "recipients", String.valueOf(denver),
                "items", "RELEASE_DATE_TIME");
        String draft = saved.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> r = postMany(requester, draft, "action", "preview", "version", "0",
                "type", "RELEASE_NOTIFICATION", "priority", "ROUTINE", "recipients", String.valueOf(denver),
                "items", "RELEASE_DATE_TIME");
        assertEquals(200, r.statusCode());
        assertTrue(PolicyPreviewHtml.section(r.body(), "Release date and time").contains("Denver Sheriff Department — shared"));
        assertTrue(r.body().contains("name=\"version\" value=\"0\""), "the draft's version is kept for saving");
        assertTrue(r.body().contains("formaction=\"" + draft + "#policy-preview\""));
    }

    /** A subpoena of ERO New York to the agency, approved and served; returns its id. */
    static long servedSubpoena(long agency) {
        Account requester = account("requester@ero-ny.example");
        subjects++;
        Filing filing = new Filing(0, 0, 0, RequestType.ADMINISTRATIVE_SUBPOENA, Priority.ROUTINE,
                EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS), "Needed for a case.",
                Filing.SUBPOENA_AUTHORITY, LocalDate.of(2026, 11, 20), List.of(agency), List.of(new Subject(
                "Policy Subject " + subjects, null, LocalDate.of(1980, 1, 1), "Male", "Testland",
                String.format("A%09d", 900_000 + subjects), null, null, null)), null, 0);
        String tracking = filings.submit(requester, filings.saveDraft(requester, filing).orElseThrow(), 0)
                .orElseThrow().get(0);
        long id = app.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM requests WHERE tracking_number = :t")
                .bind("t", tracking).mapTo(Long.class).one());
        workflow.approve(account("approver@ero-ny.example"), id, version(id), RequestFixture.AFFIRMED);
        return id;
    }

    static Account account(String email) {
        AccountDao dao = app.database.jdbi().onDemand(AccountDao.class);
        return dao.find(dao.signInRecord(email).orElseThrow().id()).orElseThrow();
    }

    static int version(long id) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT version FROM requests WHERE id = :id")
                .bind("id", id).mapTo(Integer.class).one());
    }

    static Map<String, Object> item(long id, RequestedItem item) {
        return app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT disposition, basis, basis_kind, basis_citation FROM request_items WHERE request_id = :id AND item = :item")
                .bind("id", id).bind("item", item.name()).mapToMap().one());
    }

    static String versionOn(String page) {
        Matcher m = VERSION.matcher(page);
        assertTrue(m.find(), "a form with a version");
        return m.group(1);
    }

    @Test
    void theAnswerFormSuggestsFromThePolicyAndTheAnswerRecordsItsVersionAndBases() {
        long id = servedSubpoena(nyc);
        PolicyVersion policy = app.database.jdbi().onDemand(PolicyDao.class).current(nyc).orElseThrow();
        HttpSession clerk = app.session().signInAs("clerk@nyc-doc.example");
        String page = clerk.get("/requests/" + id).body();
        assertTrue(page.contains("Shared only with a judicial warrant or court order: the policy suggests withholding it."));
        assertTrue(page.contains("under this request’s legal process: Administrative subpoena"), page);
        assertTrue(page.contains("name=\"policyVersion\" value=\"" + policy.id() + "\""));
        assertTrue(page.contains(">NYC Admin. Code § 9-131</label>"));
        assertTrue(page.contains(">Administrative, not judicial, process</label>"));

        Map<String, String> answer = new HashMap<>(Map.of("version", versionOn(page),
                "policyVersion", String.valueOf(policy.id()),
                "disposition-RELEASE_DATE_TIME", "WITHHELD", "basisChoice-RELEASE_DATE_TIME", "CITATION-9",
                "disposition-CUSTODY_STATUS", "WITHHELD", "basisChoice-CUSTODY_STATUS", "OTHER"));
        HttpResponse<String> bad = clerk.post("/requests/" + id + "/answer", answer);
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("Choose one of the bases listed for withholding Release date and time."));
        assertTrue(bad.body().contains("Write the basis for withholding Custody status"));
        assertTrue(bad.body().contains("value=\"OTHER\" checked"), "the choice is kept");

        answer.put("basisChoice-RELEASE_DATE_TIME", "CITATION-1");
        answer.put("basis-RELEASE_DATE_TIME", "y".repeat(990));
        answer.put("basisChoice-CUSTODY_STATUS", "x".repeat(10_000));
        HttpResponse<String> tooLong = clerk.post("/requests/" + id + "/answer", answer);
        assertEquals(422, tooLong.statusCode());
        assertTrue(tooLong.body().contains("must be at most 974 characters; you entered 990"), tooLong.body());

        answer.put("basis-RELEASE_DATE_TIME", "A subpoena is not a warrant.");
        answer.put("basisChoice-CUSTODY_STATUS", "ADMINISTRATIVE");
        HttpResponse<String> sent = clerk.post("/requests/" + id + "/answer", answer);
        assertEquals(303, sent.statusCode(), sent::body);

        assertEquals(policy.id(), app.database.jdbi().onDemand(PolicyDao.class).reliedOn(id).orElseThrow());
        Map<String, Object> release = item(id, RequestedItem.RELEASE_DATE_TIME);
        assertEquals("CITATION", release.get("basis_kind"));
        assertEquals("NYC Admin. Code § 9-131", release.get("basis_citation"));
        assertEquals("NYC Admin. Code § 9-131 — A subpoena is not a warrant.", release.get("basis"));
        Map<String, Object> custody = item(id, RequestedItem.CUSTODY_STATUS);
        assertEquals("ADMINISTRATIVE", custody.get("basis_kind"));
        assertNull(custody.get("basis_citation"));
        assertEquals("Administrative, not judicial, process", custody.get("basis"));

        String seen = app.session().signInAs("requester@ero-ny.example").get("/requests/" + id).body();
        assertTrue(seen.contains("NYC Admin. Code § 9-131 — A subpoena is not a warrant."));
        assertTrue(seen.contains("href=\"/agencies/" + nyc + "/policy/" + policy.version() + "\""), "relied on");
    }

    @Test
    void aFormOpenedBeforeANewVersionComesBackWithTheNewSuggestions() {
        long id = servedSubpoena(denver);
        PolicyVersion old = app.database.jdbi().onDemand(PolicyDao.class).current(denver).orElseThrow();
        HttpSession clerk = app.session().signInAs("clerk@denver-sheriff.example");
        String opened = versionOn(clerk.get("/requests/" + id).body());
        long newer = app.database.jdbi().inTransaction(h -> {
            PolicyDao dao = h.attach(PolicyDao.class);
            dao.lockAgency(denver);
            return dao.insert(denver, old.version() + 1, new NewPolicy("Everything shared now.", List.of(),
                    old.effectiveOn(), Matrix.all(Decision.SHARES)), null, app.clock.instant());
        });
        Map<String, String> answer = Map.of("version", opened, "policyVersion", String.valueOf(old.id()),
                "disposition-RELEASE_DATE_TIME", "PROVIDED", "value-RELEASE_DATE_TIME", "Released 2026-11-30",
                "disposition-CUSTODY_STATUS", "WITHHELD", "basisChoice-CUSTODY_STATUS", "CITATION-1");
        HttpResponse<String> r = clerk.post("/requests/" + id + "/answer", answer);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("published a new version of its policy since you opened this form"));
        assertTrue(r.body().contains("name=\"policyVersion\" value=\"" + newer + "\""));
        assertTrue(r.body().contains("Shared under this legal process: the policy suggests providing it."));
        assertTrue(r.body().contains("Released 2026-11-30</textarea>"), "what was typed is kept");
        assertFalse(r.body().contains(">Denver Public Safety Enforcement Priorities Act (2017)</label>"),
                "the new version cites nothing");
        assertEquals(Integer.parseInt(opened), version(id), "nothing answered");
    }

    /** Versions read on a handle with fixed mappers ({@link PolicyReads}) are the ones PolicyDao reads. */
    @Test
    void versionsCurrentAndReliedOnReadAsTheDaoReadsThem() {
        app.database.jdbi().useHandle(h -> {
            PolicyDao dao = h.attach(PolicyDao.class);
            for (long id : h.createQuery("SELECT id FROM policy_versions").mapTo(Long.class).list()) {
                assertEquals(dao.version(id), PolicyReads.version(h, id));
            }
            for (long agency : h.createQuery("SELECT id FROM agencies").mapTo(Long.class).list()) {
                assertEquals(dao.current(agency), PolicyReads.current(h, agency));
            }
            int relied = 0;
            for (long request : h.createQuery("SELECT id FROM requests").mapTo(Long.class).list()) {
                var expected = dao.reliedOn(request).flatMap(dao::version);
                assertEquals(expected, PolicyReads.reliedOn(h, request));
                relied += expected.isPresent() ? 1 : 0;
            }
            assertTrue(relied > 0, "a demo answer relied on a policy");
        });
    }
}
