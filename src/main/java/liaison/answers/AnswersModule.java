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

/** Answering a request, its certification, and the certified answer as a PDF (DESIGN.md §5). */
public final class AnswersModule {
    private final RequestsModule requests;
    private final PolicyService policies;
    private final Answering answering;
    private final CertifiedAnswers certified;
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Messages messages;

    public AnswersModule(Infrastructure infra, AuditLog audit, RequestsModule requests, PolicyService policies,
                         AttachmentsModule attachments, String baseUrl) {
        this.requests = requests;
        this.policies = policies;
        this.answering = new Answering(requests.workflow(), requests.clock(), requests.policy());
        this.certified = new CertifiedAnswers(infra.jdbi(), audit, infra.clock(), attachments.policy(),
                attachments.service(), new PdfDocuments(infra.messages()), baseUrl);
        this.jdbi = infra.jdbi();
        this.audit = audit;
        this.messages = infra.messages();
    }

    public Answering answering() {
        return answering;
    }

    public CertifiedAnswers certified() {
        return certified;
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
        var pdf = new CertifiedAnswerRoutes(certified);
        var forms = new AnswerRoutes(page.forms(), answering, requests.policy(), policies);
        return List.of(
                Route.get(CertifiedAnswerRoutes.PATH, pdf::download, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/answer", forms::answer, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/amend-release", forms::amendRelease, REQUESTER, APPROVER, CLERK));
    }
}
