package liaison.answers;

import java.util.List;
import liaison.attachments.AttachmentsModule;
import liaison.audit.AuditLog;
import liaison.policies.PolicyService;
import liaison.requests.RequestPage;
import liaison.requests.RequestSection;
import liaison.requests.RequestsModule;
import liaison.system.Infrastructure;
import liaison.system.PdfDocuments;
import liaison.system.Route;

import static liaison.system.Role.APPROVER;
import static liaison.system.Role.CLERK;
import static liaison.system.Role.REQUESTER;

/** Answering a request, its certification, the certified answer and the request as filed as PDFs (DESIGN.md §5). */
public final class AnswersModule {
    private final RequestsModule requests;
    private final PolicyService policies;
    private final Answering answering;
    private final CertifiedAnswers certified;
    private final AsFiledDocuments asFiled;

    public AnswersModule(Infrastructure infra, AuditLog audit, RequestsModule requests, PolicyService policies,
                         AttachmentsModule attachments) {
        this.requests = requests;
        this.policies = policies;
        this.answering = new Answering(requests.workflow(), requests.clock(), requests.policy());
        PdfDocuments pdfs = new PdfDocuments(infra.messages());
        this.certified = new CertifiedAnswers(infra.jdbi(), audit, infra.clock(), attachments.policy(),
                attachments.service(), pdfs);
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
