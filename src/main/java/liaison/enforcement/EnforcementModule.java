package liaison.enforcement;

import java.util.List;
import liaison.attachments.AttachmentRoutes;
import liaison.attachments.AttachmentsModule;
import liaison.requests.RequestPage;
import liaison.requests.RequestSection;
import liaison.requests.RequestsModule;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.APPROVER;
import static liaison.system.Role.CLERK;
import static liaison.system.Role.REQUESTER;

/** Subpoena enforcement: referral, and the court order that sends a subpoena back to the agency (DESIGN.md §4). */
public final class EnforcementModule {
    private final Infrastructure infra;
    private final RequestsModule requests;
    private final Enforcement enforcement;

    public EnforcementModule(Infrastructure infra, RequestsModule requests, AttachmentsModule attachments) {
        this.infra = infra;
        this.requests = requests;
        this.enforcement = new Enforcement(infra.jdbi(), infra.clock(), requests.workflow(), requests.clock(),
                requests.policy(), attachments.service());
    }

    public Enforcement service() {
        return enforcement;
    }

    public RequestSection section() {
        return new EnforcementSection(enforcement);
    }

    /** Who may refer or record an order is RequestPolicy's, in the workflow. */
    public List<Route> routes(RequestPage page) {
        var forms = new EnforcementRoutes(enforcement, requests.views(), page.view(), infra.messages());
        return List.of(
                Route.post(EnforcementRoutes.REFER_PATH, forms::refer, REQUESTER, APPROVER, CLERK),
                // the order's PDF comes with the fields, as an upload does
                Route.post(EnforcementRoutes.COURT_ORDER_PATH, forms::recordCourtOrder, REQUESTER, APPROVER, CLERK)
                        .withUpload(AttachmentRoutes.MAX_PART));
    }
}
