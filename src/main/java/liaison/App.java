package liaison;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import liaison.admin.accounts.AccountAdminRoutes;
import liaison.accounts.AccountAuthenticator;
import liaison.accounts.AccountSecurity;
import liaison.accounts.MfaRoutes;
import liaison.accounts.PasswordHasher;
import liaison.accounts.PasswordRoutes;
import liaison.accounts.PasswordRules;
import liaison.accounts.SecondFactor;
import liaison.accounts.SignInRateLimit;
import liaison.accounts.SignInRoutes;
import liaison.accounts.SignInService;
import liaison.accounts.SignInSessions;
import liaison.accounts.Totp;
import liaison.admin.accounts.AccountAdministration;
import liaison.admin.accounts.AccountPages;
import liaison.admin.accounts.AdminPolicy.Action;
import liaison.admin.accounts.InviteAcceptRoutes;
import liaison.admin.accounts.InvitePages;
import liaison.admin.accounts.Invitations;
import liaison.admin.accounts.Scope;
import liaison.admin.accounts.SecurityActions;
import liaison.admin.agencies.AgencyAdminRoutes;
import liaison.admin.agencies.AgencyService;
import liaison.admin.agencies.SystemRoutes;
import liaison.answers.CertifiedAnswerRoutes;
import liaison.answers.CertifiedAnswers;
import liaison.audit.AuditLog;
import liaison.audit.AuditRoutes;
import liaison.disclosures.DisclosureLog;
import liaison.disclosures.DisclosurePolicy;
import liaison.disclosures.DisclosureRoutes;
import liaison.home.HomeRoutes;
import liaison.policies.PolicyRoutes;
import liaison.policies.PolicyService;
import liaison.notifications.Mailer;
import liaison.attachments.AttachmentPolicy;
import liaison.attachments.AttachmentRoutes;
import liaison.attachments.AttachmentService;
import liaison.deadlines.BusinessCalendar;
import liaison.enforcement.Enforcement;
import liaison.enforcement.EnforcementRoutes;
import liaison.filing.FilingRoutes;
import liaison.filing.FilingService;
import liaison.queue.QueueRoutes;
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
import liaison.system.PdfDocuments;
import liaison.system.Route;
import liaison.system.Security;
import liaison.system.Role;
import liaison.system.SecurityHeaders;
import liaison.system.Sessions;
import liaison.system.Templates;

import static liaison.system.Role.AGENCY_ADMIN;
import static liaison.system.Role.ANYONE;
import static liaison.system.Role.APPROVER;
import static liaison.system.Role.CLERK;
import static liaison.system.Role.REQUESTER;
import static liaison.system.Role.SIGNED_IN;
import static liaison.system.Role.SIGNING_IN;
import static liaison.system.Role.SYSTEM_ADMIN;

/** The composition root: builds every service and route from its dependencies; returns an unstarted Javalin. */
public final class App {
    private final List<Route> routes;
    private final Database database;
    private final boolean secureCookies;
    private final Messages messages = new Messages();
    private final AccessControl access;
    private final PasswordRules passwordRules;
    private final AccountSecurity accountSecurity;

    public App(Database database, Clock clock, boolean secureCookies, PasswordHasher hasher) {
        this(database, clock, secureCookies, hasher, SignInRateLimit.DEFAULT_PER_MINUTE);
    }

    /** {@code signInAttemptsPerMinute}: per client address, password and code steps together. */
    public App(Database database, Clock clock, boolean secureCookies, PasswordHasher hasher,
               int signInAttemptsPerMinute) {
        // no mail server: invitation links are shown to the administrator
        this(database, clock, secureCookies, hasher, signInAttemptsPerMinute, Optional.empty(), "http://localhost:7070");
    }

    /** {@code mailer}: where invitations are sent, if anywhere; {@code baseUrl}: the portal's address in links. */
    public App(Database database, Clock clock, boolean secureCookies, PasswordHasher hasher,
               int signInAttemptsPerMinute, Optional<Mailer> mailer, String baseUrl) {
        var jdbi = database.jdbi();
        var audit = new AuditLog(jdbi, clock);
        // sign-in: password, then second factor; sessions, lockout and rate limit (DESIGN.md §7)
        var signIn = new SignInService(jdbi, hasher, audit, clock);
        var signInSessions = new SignInSessions(jdbi, clock);
        var rateLimit = new SignInRateLimit(jdbi, clock, signInAttemptsPerMinute);
        var totp = new Totp(clock);
        var security = new Security(new AccountAuthenticator(signIn, signInSessions));
        var signInRoutes = new SignInRoutes(security, signIn, rateLimit);
        var mfaRoutes = new MfaRoutes(new SecondFactor(jdbi, audit, clock, totp, signIn), signInSessions, totp,
                rateLimit, messages);
        this.passwordRules = new PasswordRules(messages);
        this.accountSecurity = new AccountSecurity(jdbi, hasher, passwordRules, audit, clock, messages, signIn);
        var passwordRoutes = new PasswordRoutes(accountSecurity, signInSessions, messages);
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
        var enforcement = new Enforcement(jdbi, clock, workflow, requestClock, requestPolicy, attachments);
        var policies = new PolicyService(jdbi, audit, clock);
        var policyRoutes = new PolicyRoutes(policies, jdbi, messages);
        var filing = new FilingRoutes(filings, jdbi, clock, messages, policies);
        var certified = new CertifiedAnswers(jdbi, audit, clock, new AttachmentPolicy(requestPolicy), attachments,
                new PdfDocuments(messages));
        var certifiedRoutes = new CertifiedAnswerRoutes(certified);
        var disclosures = new DisclosureRoutes(new DisclosureLog(jdbi, audit, new DisclosurePolicy()), messages);
        var requestPages = new RequestRoutes(requestViews, requestPolicy, attachments, certified, enforcement,
                messages, policies);
        var enforcementRoutes = new EnforcementRoutes(enforcement, requestViews, requestPages, messages);
        var requestActions = new RequestActionRoutes(workflow, requestViews, requestPolicy, requestPages, messages);
        var queue = new QueueRoutes(requestViews, requestPages);
        // administration: agencies, accounts, invitations, the audit log
        var invitations = new Invitations(jdbi, audit, clock, hasher, mailer, baseUrl, messages);
        var administration = new AccountAdministration(jdbi, audit, clock, SecurityActions.of(
                accountSecurity::unlock, accountSecurity::resetMfa, accountSecurity::forcePasswordChange));
        var agencyAccounts = new AccountPages(administration, invitations, messages, "/agency/accounts", Scope::agencyOf);
        var systemAccounts = new AccountPages(administration, invitations, messages, "/system/accounts",
                a -> Scope.portalWide());
        var invitePages = new InvitePages(invitations, messages);
        var inviteLinks = new InviteAcceptRoutes(invitations, passwordRules, messages);
        var agencyAdmin = new AgencyAdminRoutes(new AgencyService(jdbi, audit, clock), invitations, jdbi, messages);
        var auditPages = new AuditRoutes(jdbi, audit, clock, messages);
        this.database = database;
        this.secureCookies = secureCookies;
        this.access = new AccessControl(security, signIn::current, signInSessions);
        this.routes = List.of(
                Route.get(Security.LOGIN_URL, signInRoutes::form, ANYONE),
                Route.post(Security.CALLBACK_URL, signInRoutes::callback, ANYONE),
                Route.get(SignInSessions.CODE_PATH, mfaRoutes::codeForm, SIGNING_IN),
                Route.post(SignInSessions.CODE_PATH, mfaRoutes::verifyCode, SIGNING_IN),
                Route.get(SignInSessions.ENROLL_PATH, mfaRoutes::enrollForm, SIGNING_IN),
                Route.post(SignInSessions.ENROLL_PATH, mfaRoutes::enroll, SIGNING_IN),
                Route.post("/logout", signInRoutes::signOut, SIGNED_IN, SIGNING_IN),
                Route.get("/invite/{token}", inviteLinks::form, ANYONE),
                Route.post("/invite/{token}", inviteLinks::accept, ANYONE),
                Route.get(SignInSessions.PASSWORD_PATH, passwordRoutes::form, SIGNED_IN),
                Route.post(SignInSessions.PASSWORD_PATH, passwordRoutes::change, SIGNED_IN),
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
                // agency policies: published by a local agency's admin, read by everyone signed in
                Route.get("/agency/policy", policyRoutes::page, AGENCY_ADMIN),
                Route.post("/agency/policy", policyRoutes::publish, AGENCY_ADMIN),
                Route.get("/agencies/{id}", policyRoutes::profile, SIGNED_IN),
                Route.get("/agencies/{id}/policy/{version}", policyRoutes::version, SIGNED_IN),
                // an agency admin's own agency only: another agency's account is "not found" (Scope)
                Route.get("/agency/accounts/invite", invitePages::form, AGENCY_ADMIN),
                Route.post("/agency/accounts/invite", invitePages::invite, AGENCY_ADMIN),
                Route.get("/agency/accounts/{id}", agencyAccounts::detail, AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/roles", agencyAccounts::roles, AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/deactivate", agencyAccounts.action(Action.DEACTIVATE), AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/reactivate", agencyAccounts.action(Action.REACTIVATE), AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/unlock", agencyAccounts.action(Action.UNLOCK), AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/reset-mfa", agencyAccounts.action(Action.RESET_MFA), AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/force-password-change",
                        agencyAccounts.action(Action.FORCE_PASSWORD_CHANGE), AGENCY_ADMIN),
                Route.post("/agency/accounts/{id}/resend-invite", agencyAccounts::resendInvite, AGENCY_ADMIN),
                Route.get("/system", system::agencies, SYSTEM_ADMIN),
                Route.get("/system/agencies/new", agencyAdmin::newForm, SYSTEM_ADMIN),
                Route.post("/system/agencies/new", agencyAdmin::create, SYSTEM_ADMIN),
                Route.get("/system/agencies/{id}", agencyAdmin::detail, SYSTEM_ADMIN),
                Route.get("/system/agencies/{id}/edit", agencyAdmin::editForm, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/edit", agencyAdmin::update, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/deactivate", agencyAdmin::deactivate, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/reactivate", agencyAdmin::reactivate, SYSTEM_ADMIN),
                Route.post("/system/agencies/{id}/invite-admin", agencyAdmin::inviteAdmin, SYSTEM_ADMIN),
                Route.get("/system/accounts", system::accounts, SYSTEM_ADMIN),
                Route.get("/system/accounts/{id}", systemAccounts::detail, SYSTEM_ADMIN),
                Route.post("/system/accounts/{id}/unlock", systemAccounts.action(Action.UNLOCK), SYSTEM_ADMIN),
                Route.post("/system/accounts/{id}/deactivate", systemAccounts.action(Action.DEACTIVATE), SYSTEM_ADMIN),
                Route.post("/system/accounts/{id}/reactivate", systemAccounts.action(Action.REACTIVATE), SYSTEM_ADMIN),
                Route.get("/system/audit", auditPages::page, SYSTEM_ADMIN),
                Route.get("/system/audit.csv", auditPages::export, SYSTEM_ADMIN),
                Route.post("/system/audit/verify", auditPages::verify, SYSTEM_ADMIN),
                // a local agency's disclosure accounting; DisclosurePolicy refuses other agencies' admins
                Route.get(DisclosureRoutes.LIST_PATH, disclosures::list, CLERK, AGENCY_ADMIN),
                Route.get(DisclosureRoutes.CSV_PATH, disclosures::csv, CLERK, AGENCY_ADMIN),
                // a request's page and forms; who may do what to which request is RequestPolicy's, in the workflow.
                // Last: the first route that matches wins, so /requests/<word> routes must come before {id}.
                Route.get("/requests/{id}", requestPages::detail, REQUESTER, APPROVER, CLERK),
                Route.post(AttachmentRoutes.UPLOAD_PATH, attachmentRoutes::upload, REQUESTER, APPROVER, CLERK),
                Route.get(AttachmentRoutes.DOWNLOAD_PATH, attachmentRoutes::download, REQUESTER, APPROVER, CLERK),
                Route.get(CertifiedAnswerRoutes.PATH, certifiedRoutes::download, REQUESTER, APPROVER, CLERK),
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
                Route.post("/requests/{id}/extend", requestActions::extend, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/withdraw", requestActions::withdraw, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/close", requestActions::close, REQUESTER, APPROVER, CLERK),
                // subpoena enforcement: who may refer or record an order is RequestPolicy's, in the workflow
                Route.post(EnforcementRoutes.REFER_PATH, enforcementRoutes::refer, REQUESTER, APPROVER, CLERK),
                Route.post(EnforcementRoutes.COURT_ORDER_PATH, enforcementRoutes::recordCourtOrder,
                        REQUESTER, APPROVER, CLERK));
    }

    /** What a new password must be: for every page where one is chosen. */
    public PasswordRules passwordRules() {
        return passwordRules;
    }

    /** Unlock, reset MFA, force a password change: for the admin pages (which check permissions and audit). */
    public AccountSecurity accountSecurity() {
        return accountSecurity;
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
            EnforcementRoutes.limitUploads(config);
            // a request the person may not see is answered as if it did not exist; a stale form is handled by its route
            config.routes.exception(WorkflowException.class, (e, ctx) ->
                    ctx.status(e.reason() == WorkflowException.Reason.NOT_FOUND ? 404 : 403));
        });
    }
}
