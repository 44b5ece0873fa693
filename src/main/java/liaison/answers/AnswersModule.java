package liaison.answers;

import java.util.List;
import liaison.attachments.AttachmentsModule;
import liaison.audit.AuditLog;
import liaison.audit.Coverage;
import liaison.policies.PolicyService;
import liaison.requests.RequestPage;
import liaison.requests.RequestSection;
import liaison.requests.RequestsModule;
import liaison.system.Infrastructure;
import liaison.system.Messages;
import liaison.system.PdfDocuments;
import liaison.system.Route;
import org.jdbi.v3.core.Jdbi;

import static liaison.system.Role.ANYONE;
import static liaison.system.Role.APPROVER;
import static liaison.system.Role.CLERK;
import static liaison.system.Role.REQUESTER;

/** Answering a request, its certification, the certified answer and the request as filed as PDFs (DESIGN.md §5). */
public final class AnswersModule {
    private final RequestsModule requests;
    private final PolicyService policies;
    private final Answering answering;
    private final CertifiedAnswers certified;
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Messages messages;
    private final AsFiledDocuments asFiled;

    public AnswersModule(Infrastructure infra, AuditLog audit, RequestsModule requests, PolicyService policies,
                         AttachmentsModule attachments, String baseUrl) {
        this.requests = requests;
        this.policies = policies;
        this.answering = new Answering(requests.workflow(), requests.clock(), requests.policy());
        PdfDocuments pdfs = new PdfDocuments(infra.messages());
        this.certified = new CertifiedAnswers(infra.jdbi(), audit, infra.clock(), attachments.policy(),
                attachments.service(), pdfs, baseUrl);
        this.jdbi = infra.jdbi();
        this.audit = audit;
        this.messages = infra.messages();
        this.asFiled = new AsFiledDocuments(infra.jdbi(), audit, infra.clock(), attachments.policy(),
                requests.views(), pdfs);
    }

    public Answering answering() {
        return answering;
    }

    public CertifiedAnswers certified() {
        return certified;
    }

    public AsFiledDocuments asFiled() {
        return asFiled;
    }

    public RequestSection section() {
        return new AnswerSection(certified, policies);
    }

    /** The public "Verify a document" page: open to anyone, signed in or not. */
    public List<Route> verifyRoutes(Coverage coverage) {
        var verify = new VerifyRoutes(new DocumentVerification(jdbi, audit, coverage), messages);
        return List.of(
                Route.get(VerifyRoutes.PATH, verify::page, ANYONE),
                Route.post(VerifyRoutes.PATH, verify::check, ANYONE).withUpload(VerifyRoutes.MAX_PART));
    }

    public List<Route> routes(RequestPage page) {
        var pdf = new CertifiedAnswerRoutes(certified, asFiled);
        var forms = new AnswerRoutes(page.forms(), answering, requests.policy(), policies);
        return List.of(
                Route.get(CertifiedAnswerRoutes.PATH, pdf::download, REQUESTER, APPROVER, CLERK),
                Route.get(CertifiedAnswerRoutes.AS_FILED_PATH, pdf::asFiled, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/answer", forms::answer, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/amend-release", forms::amendRelease, REQUESTER, APPROVER, CLERK));
    }
}
