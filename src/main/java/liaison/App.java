package liaison;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liaison.accounts.AccountSecurity;
import liaison.accounts.AccountsModule;
import liaison.accounts.PasswordHasher;
import liaison.admin.accounts.AccountAdminModule;
import liaison.admin.agencies.AgencyAdminModule;
import liaison.answers.AnswersModule;
import liaison.attachments.AttachmentsModule;
import liaison.audit.AuditFiles;
import liaison.audit.AuditModule;
import liaison.bench.FortunesModule;
import liaison.disclosures.DisclosuresModule;
import liaison.enforcement.EnforcementModule;
import liaison.filing.FilingModule;
import liaison.home.HomeModule;
import liaison.notifications.Mailer;
import liaison.notifications.NotificationsModule;
import liaison.policies.PoliciesModule;
import liaison.queue.QueueModule;
import liaison.reports.ReportsModule;
import liaison.requests.RequestsModule;
import liaison.search.SearchModule;
import liaison.requests.WorkflowException;
import liaison.system.AccessControl;
import liaison.system.Database;
import liaison.system.Destinations;
import liaison.system.ErrorPages;
import liaison.system.Infrastructure;
import liaison.system.Messages;
import liaison.system.Role;
import liaison.system.Route;
import liaison.system.SecurityHeaders;
import liaison.system.Sessions;
import liaison.system.Templates;
import liaison.system.Uploads;

/** The composition root: builds each feature's module from what it needs, and the route table; an unstarted Javalin. */
public final class App {
    /**
     * What the portal is built from. {@code signInAttemptsPerMinute}: per client address, password and code steps
     * together; {@code mailer}: where invitations are sent, if anywhere; {@code baseUrl}: the portal's address in
     * links; {@code benchFortunes}: the benchmark's fortunes route ({@link liaison.system.Config#benchFortunes}).
     */
    public record Setup(Database database, Clock clock, boolean secureCookies, PasswordHasher hasher,
                        int signInAttemptsPerMinute, Optional<Mailer> mailer, String baseUrl, AuditFiles auditFiles,
                        boolean benchFortunes) {
        /** Without the benchmark's route. */
        public Setup(Database database, Clock clock, boolean secureCookies, PasswordHasher hasher,
                     int signInAttemptsPerMinute, Optional<Mailer> mailer, String baseUrl, AuditFiles auditFiles) {
            this(database, clock, secureCookies, hasher, signInAttemptsPerMinute, mailer, baseUrl, auditFiles, false);
        }

        /** With the audit trail's key and checkpoint file in a new temporary folder (tests that need neither). */
        public Setup(Database database, Clock clock, boolean secureCookies, PasswordHasher hasher,
                     int signInAttemptsPerMinute, Optional<Mailer> mailer, String baseUrl) {
            this(database, clock, secureCookies, hasher, signInAttemptsPerMinute, mailer, baseUrl,
                    AuditFiles.temporary());
        }
    }

    /** The features' modules, through which tests and the jobs reach the services the portal runs. */
    public record Modules(AuditModule audit, AccountsModule accounts, AccountAdminModule accountAdmin,
                          PoliciesModule policies, RequestsModule requests, FilingModule filing,
                          AttachmentsModule attachments, EnforcementModule enforcement, AnswersModule answers,
                          NotificationsModule notifications, ReportsModule reports) {
    }

    private final Setup setup;
    private final Messages messages = new Messages();
    private final Modules modules;
    private final List<Route> routes;

    public App(Setup setup) {
        this.setup = setup;
        var infra = new Infrastructure(setup.database().jdbi(), setup.clock(), messages);
        var audit = new AuditModule(infra, setup.auditFiles());
        var log = audit.log();
        // the table is read when someone signs in, by then complete
        var accounts = new AccountsModule(infra, log, setup.hasher(), setup.signInAttemptsPerMinute(),
                setup.secureCookies(), new Destinations(this::routes));
        var accountAdmin = new AccountAdminModule(infra, log, accounts, setup.hasher(), setup.mailer(),
                setup.baseUrl());
        var agencyAdmin = new AgencyAdminModule(infra, log, accountAdmin);
        var policies = new PoliciesModule(infra, log);
        var disclosures = new DisclosuresModule(infra, log);
        var notifications = new NotificationsModule(infra, log, setup.mailer(), setup.baseUrl());
        var requests = new RequestsModule(infra, log, notifications.events());
        var filing = new FilingModule(infra, log, requests, policies.service());
        var attachments = new AttachmentsModule(infra, log, requests);
        var enforcement = new EnforcementModule(infra, requests, attachments);
        var answers = new AnswersModule(infra, log, requests, policies.service(), attachments, setup.baseUrl());
        var requestPage = requests.page(attachments.section(), enforcement.section(), answers.section(),
                notifications.section());
        var queue = new QueueModule(infra, requestPage);
        var search = new SearchModule(infra, log, requestPage);
        var reports = new ReportsModule(infra, log);
        this.modules = new Modules(audit, accounts, accountAdmin, policies, requests, filing, attachments, enforcement,
                answers, notifications, reports);
        // one table, in this order: the first route that matches a path answers it, so every /requests/<word>
        // route (filing) comes before the request page's /requests/{id}
        List<Route> table = new ArrayList<>();
        table.addAll(accounts.routes());
        table.addAll(accountAdmin.routes());
        table.addAll(new HomeModule(log).routes());
        table.addAll(filing.routes());
        table.addAll(queue.routes());
        table.addAll(search.routes());
        table.addAll(policies.routes());
        table.addAll(agencyAdmin.routes());
        table.addAll(audit.routes());
        table.addAll(notifications.routes());
        table.addAll(disclosures.routes());
        table.addAll(requestPage.routes());
        table.addAll(attachments.routes());
        table.addAll(answers.routes(requestPage));
        table.addAll(enforcement.routes(requestPage));
        table.addAll(answers.verifyRoutes(audit.coverage()));
        table.addAll(reports.routes());
        table.addAll(FortunesModule.routes(setup.database().jdbi(), setup.benchFortunes()));
        this.routes = List.copyOf(table);
    }

    public Modules modules() {
        return modules;
    }

    /** Unlock, reset MFA, force a password change, as the admin pages do them (without their checks). */
    public AccountSecurity accountSecurity() {
        return modules.accounts().accountSecurity();
    }

    /** Every route with its roles: the table the HTTP tests check against. */
    public List<Route> routes() {
        return routes;
    }

    public Javalin javalin() {
        AccessControl access = modules.accounts().access();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.fileRenderer(new Templates(messages));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            Sessions.install(config, setup.database(), setup.secureCookies());
            new SecurityHeaders(setup.secureCookies()).install(config);
            config.routes.beforeMatched(access::check);
            for (Route r : routes) {
                config.routes.addHttpHandler(r.method(), r.path(), r.handler(), r.roles().toArray(new Role[0]));
                if (r.method() == HandlerType.GET) {
                    // HEAD answers as GET would, through the same access check (Javalin's own HEAD answered an
                    // empty 200 for every GET route, checking nothing); Jetty sends no body for HEAD
                    config.routes.addHttpHandler(HandlerType.HEAD, r.path(), r.handler(), r.roles().toArray(new Role[0]));
                }
            }
            ErrorPages.register(config, messages, access);
            Uploads.limit(config, routes);
            // a request the person may not see is answered as if it did not exist; a stale form is handled by its route
            config.routes.exception(WorkflowException.class, (e, ctx) ->
                    ctx.status(e.reason() == WorkflowException.Reason.NOT_FOUND ? 404 : 403));
        });
    }
}
