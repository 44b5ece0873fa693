package liaison;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.List;
import liaison.accounts.AccountAdminRoutes;
import liaison.accounts.AccountAuthenticator;
import liaison.accounts.PasswordHasher;
import liaison.accounts.SignInRoutes;
import liaison.accounts.SignInService;
import liaison.agencies.SystemRoutes;
import liaison.audit.AuditLog;
import liaison.home.HomeRoutes;
import liaison.requests.AttachmentPolicy;
import liaison.requests.AttachmentRoutes;
import liaison.requests.AttachmentService;
import liaison.requests.BusinessCalendar;
import liaison.requests.FilingRoutes;
import liaison.requests.FilingService;
import liaison.requests.QueueRoutes;
import liaison.requests.RequestActionRoutes;
import liaison.requests.RequestClock;
import liaison.requests.RequestPolicy;
import liaison.requests.RequestRoutes;
import liaison.requests.RequestViews;
import liaison.requests.RequestWorkflow;
import liaison.requests.WorkflowException;
import liaison.system.AccessControl;
import liaison.system.Database;
import liaison.system.ErrorPages;
import liaison.system.Messages;
import liaison.system.Route;
import liaison.system.Security;
import liaison.system.Role;
import liaison.system.SecurityHeaders;
import liaison.system.Sessions;
import liaison.system.Templates;
import org.pac4j.javalin.CallbackHandler;

import static liaison.system.Role.AGENCY_ADMIN;
import static liaison.system.Role.ANYONE;
import static liaison.system.Role.APPROVER;
import static liaison.system.Role.CLERK;
import static liaison.system.Role.REQUESTER;
import static liaison.system.Role.SIGNED_IN;
import static liaison.system.Role.SYSTEM_ADMIN;

/** The composition root: builds every service and route from its dependencies; returns an unstarted Javalin. */
public final class App {
    private final List<Route> routes;
    private final Database database;
    private final boolean secureCookies;
    private final Messages messages = new Messages();
    private final AccessControl access;

    public App(Database database, Clock clock, boolean secureCookies, PasswordHasher hasher) {
        var jdbi = database.jdbi();
        var audit = new AuditLog(jdbi, clock);
        var signIn = new SignInService(jdbi, hasher, audit, clock);
        var security = new Security(new AccountAuthenticator(signIn));
        var signInRoutes = new SignInRoutes(security, signIn);
        var home = new HomeRoutes(audit);
        var accountAdmin = new AccountAdminRoutes(jdbi);
        var system = new SystemRoutes(jdbi);
        // requests
        var requestClock = new RequestClock(BusinessCalendar.federal());
        var requestPolicy = new RequestPolicy();
        var filings = new FilingService(jdbi, audit, clock, requestClock);
        var workflow = new RequestWorkflow(jdbi, audit, clock, requestClock, requestPolicy);
        var requestViews = new RequestViews(jdbi, audit, clock, requestClock, requestPolicy);
        var attachments = new AttachmentService(jdbi, audit, clock, new AttachmentPolicy(requestPolicy));
        var attachmentRoutes = new AttachmentRoutes(attachments, messages);
        var filing = new FilingRoutes(filings, jdbi, clock, messages);
        var requestPages = new RequestRoutes(requestViews, requestPolicy, attachments, messages);
        var requestActions = new RequestActionRoutes(workflow, requestViews, requestPolicy, requestPages, messages);
        var queue = new QueueRoutes(requestViews, requestPages);
        this.database = database;
        this.secureCookies = secureCookies;
        this.access = new AccessControl(security, signIn::current);
        this.routes = List.of(
                Route.get(Security.LOGIN_URL, signInRoutes::form, ANYONE),
                Route.post(Security.CALLBACK_URL, new CallbackHandler(security.config(), "/", true), ANYONE),
                Route.post("/logout", signInRoutes::signOut, SIGNED_IN),
                Route.get("/", home::landing, SIGNED_IN),
                Route.get("/profile", home::profile, SIGNED_IN),
                Route.get("/requests", requestPages::list, REQUESTER, APPROVER),
                // filing: before /requests/{id}, as the first route that matches a path answers it
                Route.get("/requests/new", filing::newForm, REQUESTER),
                Route.post("/requests/new", filing::create, REQUESTER),
                Route.get("/requests/drafts", filing::drafts, REQUESTER),
                Route.get("/requests/drafts/{id}", filing::editForm, REQUESTER),
                Route.post("/requests/drafts/{id}", filing::update, REQUESTER),
                Route.post("/requests/drafts/{id}/delete", filing::delete, REQUESTER),
                Route.get("/queue", queue::queue, CLERK),
                Route.get("/agency/accounts", accountAdmin::list, AGENCY_ADMIN),
                Route.get("/system", system::agencies, SYSTEM_ADMIN),
                Route.get("/system/accounts", system::accounts, SYSTEM_ADMIN),
                // a request's page and forms; who may do what to which request is RequestPolicy's, in the workflow.
                // Last: the first route that matches wins, so /requests/<word> routes must come before {id}.
                Route.get("/requests/{id}", requestPages::detail, REQUESTER, APPROVER, CLERK),
                Route.post(AttachmentRoutes.UPLOAD_PATH, attachmentRoutes::upload, REQUESTER, APPROVER, CLERK),
                Route.get(AttachmentRoutes.DOWNLOAD_PATH, attachmentRoutes::download, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/approve", requestActions::approve, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/return", requestActions::returnToRequester, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/resubmit", requestActions::resubmit, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/acknowledge", requestActions::acknowledge, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/ask-clarification", requestActions::askClarification,
                        REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/answer-clarification", requestActions::answerClarification,
                        REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/note", requestActions::addNote, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/answer", requestActions::answer, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/amend-release", requestActions::amendRelease, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/withdraw", requestActions::withdraw, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/close", requestActions::close, REQUESTER, APPROVER, CLERK));
    }

    /** Every route with its roles: the table the HTTP tests check against. */
    public List<Route> routes() {
        return routes;
    }

    public Javalin javalin() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.fileRenderer(new Templates(messages));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            config.jetty.modifyServletContextHandler(
                    handler -> handler.setSessionHandler(Sessions.handler(database.dataSource(), secureCookies)));
            var headers = new SecurityHeaders(secureCookies);
            config.routes.before(headers::apply);
            config.routes.beforeMatched(access::check);
            for (Route r : routes) {
                config.routes.addHttpHandler(r.method(), r.path(), r.handler(), r.roles().toArray(new Role[0]));
            }
            ErrorPages.register(config, messages, access);
            AttachmentRoutes.limitUploads(config);
            // a request the person may not see is answered as if it did not exist; a stale form is handled by its route
            config.routes.exception(WorkflowException.class, (e, ctx) ->
                    ctx.status(e.reason() == WorkflowException.Reason.NOT_FOUND ? 404 : 403));
        });
    }
}
