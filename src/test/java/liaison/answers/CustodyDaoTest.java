package liaison.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import liaison.accounts.Account;
import liaison.attachments.DocumentDownload;
import liaison.attachments.DocumentKind;
import liaison.attachments.DownloadDao;
import liaison.support.AnsweredRequests;
import liaison.support.MappedAlike;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The certification and download records on the real database: round trips, order, counts. */
class CustodyDaoTest {
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
    void downloadsComeBackNewestFirstWithWhoDownloaded() {
        // demo request 1: the first New York subpoena, with its signed copy as attachment 1
        Account clerk = requests.account(AnsweredRequests.NYC_CLERK);
        Account requester = requests.account(AnsweredRequests.NY_REQUESTER);
        DownloadDao dao = app.database.jdbi().onDemand(DownloadDao.class);
        int before = dao.count(1);
        Instant at = Instant.parse("2026-11-02T14:00:00.123456Z");
        dao.insert(1, clerk.id(), at, DocumentKind.ATTACHMENT, 1L, "subpoena.pdf", "a".repeat(64));
        dao.insert(1, requester.id(), at.plusSeconds(60), DocumentKind.CERTIFIED_ANSWER, null, "answer.pdf",
                "b".repeat(64));

        List<DocumentDownload> latest = dao.latest(1, 2);
        assertEquals(before + 2, dao.count(1));
        DocumentDownload newest = latest.get(0);
        assertEquals(DocumentKind.CERTIFIED_ANSWER, newest.documentKind());
        assertEquals("Dana Whitlock", newest.accountName());
        assertEquals("ERO New York", newest.accountAgency());
        assertEquals(null, newest.attachmentId());
        DocumentDownload older = latest.get(1);
        assertEquals(at, older.downloadedAt(), "microseconds kept");
        assertEquals(1L, older.attachmentId());
        assertEquals("a".repeat(64), older.sha256());
        assertTrue(dao.latest(999_999, 10).isEmpty());
    }

    @Test
    void demoAnswersAreCertifiedInTheWordsOfTheirOutcome() {
        CertificationDao dao = app.database.jdbi().onDemand(CertificationDao.class);
        // request 1 was declined; the county jail's answer in full produced its booking record
        Certification declined = dao.find(1).orElseThrow();
        assertTrue(declined.statement().contains("no records were produced"), declined.statement());
        assertEquals("Elena Brightwater", declined.clerkName());
        long county = app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM requests WHERE subject_name = 'Bastian Cordlewright'").mapTo(Long.class).one());
        Certification produced = dao.find(county).orElseThrow();
        assertEquals("I certify that the records produced are true copies of records kept by Juniper County Jail.",
                produced.statement());
        assertEquals("Owen Lachance", produced.clerkName());
        assertEquals(1, app.database.jdbi().onDemand(DownloadDao.class).count(county),
                "the demo office read the booking record once");
    }

    /** The custody panel reads the certification with a fixed mapper: the record ConstructorMapper read. */
    @Test
    void certificationsReadWithTheFixedMapperAsBefore() {
        assertTrue(MappedAlike.forEveryRequest(app.database.jdbi(), CertificationDao.FIND,
                id -> Map.of("requestId", id), CertificationDao.CERTIFICATION, Certification.class) > 0);
    }
}
