package liaison.attachments;

import java.util.List;
import liaison.audit.AuditLog;
import liaison.requests.RequestSection;
import liaison.requests.RequestsModule;
import liaison.system.Infrastructure;
import liaison.system.Route;

import static liaison.system.Role.APPROVER;
import static liaison.system.Role.CLERK;
import static liaison.system.Role.REQUESTER;

/** Files on requests and every download of them (the chain of custody), and the files panel of a request's page. */
public final class AttachmentsModule {
    private final AttachmentPolicy policy;
    private final AttachmentService service;
    private final AttachmentRoutes routes;

    public AttachmentsModule(Infrastructure infra, AuditLog audit, RequestsModule requests) {
        this.policy = new AttachmentPolicy(requests.policy());
        this.service = new AttachmentService(infra.jdbi(), audit, infra.clock(), policy);
        this.routes = new AttachmentRoutes(service, infra.messages());
    }

    /** Who may add and download a request's files. */
    public AttachmentPolicy policy() {
        return policy;
    }

    public AttachmentService service() {
        return service;
    }

    public RequestSection section() {
        return new AttachmentSection(service);
    }

    public List<Route> routes() {
        return List.of(
                Route.post(AttachmentRoutes.UPLOAD_PATH, routes::upload, REQUESTER, APPROVER, CLERK)
                        .withUpload(AttachmentRoutes.MAX_PART),
                Route.get(AttachmentRoutes.DOWNLOAD_PATH, routes::download, REQUESTER, APPROVER, CLERK));
    }
}
