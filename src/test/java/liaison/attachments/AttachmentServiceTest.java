package liaison.attachments;

import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.audit.AuditEntry;
import liaison.audit.AuditLog;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestState;
import liaison.requests.RequestedItem;
import liaison.requests.TimelineEvent;
import liaison.requests.WorkflowException;
import liaison.support.MappedAlike;
import liaison.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files on requests, on the demo world: content checks, hashes, scoping, timeline and audit. */
class AttachmentServiceTest {
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    static TestApp app;
    static AttachmentService attachments;
    static RequestDao requests;
    static Account nyRequester;
    static Account nycClerk;
    static Account nycAdmin;
    static Account denverClerk;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        attachments = app.modules().attachments().service();
        requests = app.database.jdbi().onDemand(RequestDao.class);
        nyRequester = account("requester@ero-ny.example");
        nycClerk = account("clerk@nyc-doc.example");
        nycAdmin = account("admin@nyc-doc.example");
        denverClerk = account("clerk@denver-sheriff.example");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Account account(String email) {
        AccountDao dao = app.database.jdbi().onDemand(AccountDao.class);
        return dao.signInRecord(email).flatMap(r -> dao.find(r.id())).orElseThrow();
    }

    /** A served, open request of ERO New York to the NYC Department of Correction. */
    static Request openNewYorkRequest() {
        return requests.ofOffice(nyRequester.agencyId(), Long.MAX_VALUE, 100).stream()
                .filter(r -> r.subject().fullName().equals("Dorian Paskewitz-Oro")).findFirst().orElseThrow();
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] withSignature(byte[] signature, int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static AuditEntry lastAuditOf(Account a) {
        return new AuditLog(app.database.jdbi(), app.clock).latestBy(a.id(), 1).get(0);
    }

    @Test
    void aPdfIsStoredWithItsSha256AndListedWithoutContent() throws Exception {
        Request r = openNewYorkRequest();
        byte[] content = pdf("warrant copy");
        Attachment stored = attachments.store(nyRequester, r.id(), "warrant.pdf", content, Optional.empty(),
                "10.0.0.1");
        assertEquals(sha256(content), stored.sha256());
        assertEquals("application/pdf", stored.contentType());
        assertEquals(content.length, stored.sizeBytes());
        Attachment listed = attachments.list(r.id()).stream().filter(a -> a.id() == stored.id()).findFirst()
                .orElseThrow();
        assertEquals(stored.sha256(), listed.sha256());
        assertEquals(nyRequester.displayName(), listed.uploaderName());
        assertEquals("PDF", listed.typeLabel());

        TimelineEvent last = requests.timeline(r.id()).get(requests.timeline(r.id()).size() - 1);
        assertEquals("attachment-added", last.kind().stored());
        assertTrue(last.details().contains("warrant.pdf") && last.details().contains(stored.sha256()));
        AuditEntry audited = lastAuditOf(nyRequester);
        assertEquals("attachment.added", audited.action());
        assertTrue(audited.details().contains(stored.sha256()));
    }

    @Test
    void pngAndJpegAreKnownByContentWhateverTheirName() {
        Request r = openNewYorkRequest();
        Attachment png = attachments.store(nycClerk, r.id(), "scan.pdf", withSignature(PNG_SIGNATURE, 64),
                Optional.of(RequestedItem.BOOKING_RECORD), null);
        assertEquals("image/png", png.contentType());
        assertEquals(RequestedItem.BOOKING_RECORD, png.item());
        Attachment jpeg = attachments.store(nycClerk, r.id(), "photo", withSignature(JPEG_SIGNATURE, 64),
                Optional.empty(), null);
        assertEquals("image/jpeg", jpeg.contentType());
    }

    @Test
    void aProgramRenamedPdfIsRefusedAndTheRefusalIsAudited() {
        Request r = openNewYorkRequest();
        byte[] exe = withSignature(new byte[] {'M', 'Z', (byte) 0x90, 0}, 512);
        var e = assertThrows(AttachmentRejected.class, () ->
                attachments.store(nyRequester, r.id(), "invoice.pdf", exe, Optional.empty(), null));
        assertEquals(AttachmentRejected.Reason.WRONG_TYPE, e.reason());
        assertTrue(attachments.list(r.id()).stream().noneMatch(a -> a.fileName().equals("invoice.pdf")));
        assertEquals("attachment.rejected", lastAuditOf(nyRequester).action());
    }

    @Test
    void tenMegabytesAreAcceptedAndOneByteMoreIsNot() throws Exception {
        Request r = openNewYorkRequest();
        // mostly zero bytes: the worst case for the size of the statements that store it
        byte[] limit = withSignature(pdf("big"), AttachmentService.MAX_BYTES);
        Attachment stored = attachments.store(nycClerk, r.id(), "big.pdf", limit, Optional.empty(), null);
        AttachmentFile back = attachments.download(nycClerk, r.id(), stored.id(), null);
        assertEquals(sha256(limit), back.sha256());
        assertArrayEquals(limit, back.content());

        byte[] over = withSignature(pdf("too big"), AttachmentService.MAX_BYTES + 1);
        var e = assertThrows(AttachmentRejected.class, () ->
                attachments.store(nycClerk, r.id(), "bigger.pdf", over, Optional.empty(), null));
        assertEquals(AttachmentRejected.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void anEmptyFileAnUnrequestedItemAndAClosedRequestAreRefused() {
        Request r = openNewYorkRequest();
        assertEquals(AttachmentRejected.Reason.MISSING, assertThrows(AttachmentRejected.class, () ->
                attachments.store(nyRequester, r.id(), "empty.pdf", new byte[0], Optional.empty(), null)).reason());
        assertEquals(AttachmentRejected.Reason.UNKNOWN_ITEM, assertThrows(AttachmentRejected.class, () ->
                attachments.store(nyRequester, r.id(), "x.pdf", pdf("x"), Optional.of(RequestedItem.COURT_DATES),
                        null)).reason());
        Account denverRequester = account("requester@ero-denver.example");
        Request closed = requests.ofOffice(denverRequester.agencyId(), Long.MAX_VALUE, 100).stream()
                .filter(q -> q.state() == RequestState.CLOSED).findFirst().orElseThrow();
        assertEquals(AttachmentRejected.Reason.REQUEST_CLOSED, assertThrows(AttachmentRejected.class, () ->
                attachments.store(denverRequester, closed.id(), "late.pdf", pdf("late"), Optional.empty(), null))
                .reason());
    }

    @Test
    void anotherAgencysClerkFindsNeitherTheRequestNorItsFiles() {
        Request r = openNewYorkRequest();
        Attachment stored = attachments.store(nyRequester, r.id(), "mine.pdf", pdf("mine"), Optional.empty(), null);
        var upload = assertThrows(WorkflowException.class, () ->
                attachments.store(denverClerk, r.id(), "theirs.pdf", pdf("theirs"), Optional.empty(), null));
        assertEquals(WorkflowException.Reason.NOT_FOUND, upload.reason());
        var download = assertThrows(WorkflowException.class, () ->
                attachments.download(denverClerk, r.id(), stored.id(), null));
        assertEquals(WorkflowException.Reason.NOT_FOUND, download.reason());
        // the file's id through another request that the clerk can see is no way in either
        Request denvers = requests.ofOffice(account("requester@ero-denver.example").agencyId(), Long.MAX_VALUE, 100)
                .stream().filter(q -> requests.findVisible(q.id(), denverClerk.agencyId()).isPresent())
                .findFirst().orElseThrow();
        assertEquals(WorkflowException.Reason.NOT_FOUND, assertThrows(WorkflowException.class, () ->
                attachments.download(denverClerk, denvers.id(), stored.id(), null)).reason());
    }

    @Test
    void theAnsweringAgencysAdminWhoIsNoClerkMayNotAddFiles() {
        Request r = openNewYorkRequest();
        var e = assertThrows(WorkflowException.class, () ->
                attachments.store(nycAdmin, r.id(), "admin.pdf", pdf("admin"), Optional.empty(), null));
        assertEquals(WorkflowException.Reason.NOT_ALLOWED, e.reason());
        assertFalse(attachments.panel(nycAdmin, r).canUpload());
        assertTrue(attachments.panel(nycClerk, r).canUpload());
    }

    @Test
    void aDownloadReturnsTheBytesAndIsAudited() throws Exception {
        Request r = openNewYorkRequest();
        byte[] content = pdf("download me");
        Attachment stored = attachments.store(nyRequester, r.id(), "download.pdf", content, Optional.empty(), null);
        AttachmentFile file = attachments.download(nycClerk, r.id(), stored.id(), "10.0.0.2");
        assertArrayEquals(content, file.content());
        assertEquals("application/pdf", file.contentType());
        AuditEntry audited = lastAuditOf(nycClerk);
        assertEquals("attachment.downloaded", audited.action());
        assertTrue(audited.details().contains("download.pdf") && audited.details().contains(sha256(content)));
        assertEquals("10.0.0.2", audited.clientIp());
    }

    @Test
    void fileNamesLoseTheirPathsControlCharactersAndExcessLength() {
        assertEquals("passwd.pdf", AttachmentNames.sanitize("../../etc/passwd.pdf", AttachmentType.PDF));
        assertEquals("report.pdf", AttachmentNames.sanitize("C:\\Users\\x\\report.pdf", AttachmentType.PDF));
        // a right-to-left override would make "harmless\u202Efdp.exe" read as "harmlessexe.pdf"
        assertEquals("harmlessfdp.pdf", AttachmentNames.sanitize("harmless\u202Efdp.exe", AttachmentType.PDF));
        assertEquals("ab.pdf", AttachmentNames.sanitize("a\u0000\nb.pdf", AttachmentType.PDF));
        assertEquals("attachment.png", AttachmentNames.sanitize("../", AttachmentType.PNG));
        assertEquals("env.pdf", AttachmentNames.sanitize(".env", AttachmentType.PDF));
        String longName = "x".repeat(400) + ".pdf";
        String cut = AttachmentNames.sanitize(longName, AttachmentType.PDF);
        assertEquals(255, cut.length());
        assertTrue(cut.endsWith(".pdf"));
        String stored = attachments.store(nyRequester, openNewYorkRequest().id(), longName, pdf("long"),
                Optional.empty(), null).fileName();
        assertEquals(cut, stored);
        assertEquals("r_sum_.pdf", AttachmentNames.asciiFallback("r\"sumé.pdf"));
    }

    @Test
    void aFileIsNamedForTheTypeFoundInItsBytes() {
        assertEquals("page.pdf", AttachmentNames.sanitize("page.html", AttachmentType.PDF));
        assertEquals("scan.png", AttachmentNames.sanitize("scan.JPEG", AttachmentType.PNG));
        assertEquals("photo.JPG", AttachmentNames.sanitize("photo.JPG", AttachmentType.JPEG), "its own kept as sent");
        assertEquals("photo.jpeg", AttachmentNames.sanitize("photo.jpeg", AttachmentType.JPEG));
        assertEquals("report v1.2.pdf", AttachmentNames.sanitize("report v1.2", AttachmentType.PDF),
                "a version is no extension");
        assertEquals("report.pdf", AttachmentNames.sanitize("report.", AttachmentType.PDF));
        assertEquals("notes.pdf", AttachmentNames.sanitize("notes", AttachmentType.PDF));
        assertEquals("attachment.jpg", AttachmentNames.sanitize("...", AttachmentType.JPEG));
        String longName = "y".repeat(300) + ".html";
        String cut = AttachmentNames.sanitize(longName, AttachmentType.PDF);
        assertEquals(255, cut.length());
        assertTrue(cut.endsWith("y.pdf"));
        assertEquals("page.pdf", AttachmentNames.served(new AttachmentFile(1, "page.html", "application/pdf", "",
                new byte[0])), "a name stored before is served with its type's extension too");
    }

    @Test
    void theMagicBytesDecideTheType() {
        assertEquals(Optional.of(AttachmentType.PDF), AttachmentType.detect(pdf("x")));
        assertEquals(Optional.of(AttachmentType.PNG), AttachmentType.detect(PNG_SIGNATURE));
        assertEquals(Optional.of(AttachmentType.JPEG), AttachmentType.detect(JPEG_SIGNATURE));
        assertEquals(Optional.empty(), AttachmentType.detect("%PD".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), AttachmentType.detect(Arrays.copyOf(PNG_SIGNATURE, 7)));
        assertEquals(Optional.empty(), AttachmentType.detect("<html>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of("PDF", "PNG", "JPEG"),
                Arrays.stream(AttachmentType.values()).map(AttachmentType::label).toList());
    }

    /** The request page reads files and downloads with fixed mappers: the records ConstructorMapper read. */
    @Test
    void filesAndDownloadsReadWithTheFixedMappersAsBefore() {
        assertTrue(MappedAlike.forEveryRequest(app.database.jdbi(), AttachmentDao.LIST, id -> Map.of("requestId", id),
                AttachmentDao.ATTACHMENT, Attachment.class) > 0, "the demo has files");
        assertTrue(MappedAlike.forEveryRequest(app.database.jdbi(), DownloadDao.LATEST,
                id -> Map.of("requestId", id, "limit", 100), DownloadDao.DOWNLOAD, DocumentDownload.class) > 0,
                "the demo has downloads");
    }
}
