package liaison.notifications;

import java.util.List;
import java.util.Optional;
import liaison.audit.AuditLog;
import liaison.requests.RequestEvents;
import liaison.requests.RequestSection;
import liaison.system.Infrastructure;
import liaison.system.Role;
import liaison.system.Route;

/**
 * Notifications (issue 11): the outbox written with each request event, the job that delivers the mail, a person's
 * notifications page and the bell's count, and the system admin's outbox page.
 */
public final class NotificationsModule {
    private final NotificationWriter writer;
    private final MailDelivery delivery;
    private final Reminders reminders;
    private final Digests digests;
    private final Inbox inbox;
    private final NotificationRoutes routes;
    private final SentNotifications section;

    /** {@code mailer}: where mail goes, if anywhere; {@code baseUrl}: the portal's address in the mail's links. */
    public NotificationsModule(Infrastructure infra, AuditLog audit, Optional<Mailer> mailer, String baseUrl) {
        MailTemplates mails = new MailTemplates(infra.messages(), baseUrl);
        this.writer = new NotificationWriter(mails);
        this.digests = new Digests(infra.jdbi(), infra.clock(), mails);
        this.delivery = new MailDelivery(infra.jdbi(), infra.clock(), mailer, mails.preferencesUrl());
        this.reminders = new Reminders(infra.jdbi(), infra.clock(), writer);
        this.inbox = new Inbox(infra.jdbi(), infra.clock());
        this.section = new SentNotifications(infra.jdbi());
        this.routes = new NotificationRoutes(inbox, new Outbox(infra.jdbi(), infra.clock(), audit),
                new Preferences(infra.jdbi(), infra.clock()), infra.messages());
    }

    /** Given to the request workflow: writes the notifications and mail of each event in its transaction. */
    public RequestEvents events() {
        return writer;
    }

    /** The job that sends queued mail. */
    public MailDelivery delivery() {
        return delivery;
    }

    /** The job that reminds of requests due soon or overdue. */
    public Reminders reminders() {
        return reminders;
    }

    /** The job that sends each person's daily digest from 7 a.m. in their agency's zone. */
    public Digests digests() {
        return digests;
    }

    /** The request page's list of the notifications and e-mails sent about the request. */
    public RequestSection section() {
        return section;
    }

    public Inbox inbox() {
        return inbox;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/notifications", routes::list, Role.SIGNED_IN),
                Route.post("/notifications/read", routes::markAllRead, Role.SIGNED_IN),
                Route.post("/notifications/{id}/read", routes::markRead, Role.SIGNED_IN),
                Route.get("/notifications/preferences", routes::preferences, Role.SIGNED_IN),
                Route.post("/notifications/preferences", routes::savePreferences, Role.SIGNED_IN),
                Route.get("/system/outbox", routes::outbox, Role.SYSTEM_ADMIN),
                Route.post("/system/outbox/{id}/retry", routes::retry, Role.SYSTEM_ADMIN));
    }
}
