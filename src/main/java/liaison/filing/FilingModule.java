package liaison.filing;

import java.util.List;
import liaison.audit.AuditLog;
import liaison.policies.PolicyService;
import liaison.requests.RequestsModule;
import liaison.system.FormKeys;
import liaison.system.Infrastructure;
import liaison.system.Jobs;
import liaison.system.Route;

import static liaison.system.Role.REQUESTER;

/** Filing: a requester's drafts, and submitting one as a request per subject and agency. */
public final class FilingModule {
    private final FilingService service;
    private final FilingRoutes pages;
    private final Jobs.Job formKeyPruning;

    /** {@code policies}: what each chosen agency shares, previewed on the form. */
    public FilingModule(Infrastructure infra, AuditLog audit, RequestsModule requests, PolicyService policies) {
        this.service = new FilingService(infra.jdbi(), audit, infra.clock(), requests.workflow());
        this.pages = new FilingRoutes(service, infra.clock(), infra.messages(), policies, new FormKeys(infra.jdbi()));
        this.formKeyPruning = FormKeys.pruning(infra.jdbi(), infra.clock());
    }

    public FilingService service() {
        return service;
    }

    /** Before the request page's /requests/{id}: the first route that matches a path answers it. */
    public List<Route> routes() {
        return List.of(
                Route.get("/requests/new", pages::newForm, REQUESTER),
                Route.post("/requests/new", pages::create, REQUESTER),
                Route.get(FilingRoutes.PREVIEW_PATH, pages::policyPreview, REQUESTER),
                Route.get("/requests/drafts", pages::drafts, REQUESTER),
                Route.get("/requests/drafts/{id}", pages::editForm, REQUESTER),
                Route.post("/requests/drafts/{id}", pages::update, REQUESTER),
                Route.post("/requests/drafts/{id}/delete", pages::delete, REQUESTER));
    }

    /** The scheduled removal of old form keys (system/FormKeys), listed with the portal's other jobs. */
    public Jobs.Job formKeyPruning() {
        return formKeyPruning;
    }
}
