package liaison.notifications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import liaison.requests.Request;
import liaison.requests.RequestEvents;
import liaison.requests.TimelineKind;
import liaison.system.Role;
import org.jdbi.v3.core.Handle;

/**
 * The outbox's writer: in the event's own transaction, one in-app notification and one queued e-mail for each
 * person the event concerns ({@link Audience}) — the e-mail unless they chose in-app only for its kind
 * ({@link Preferences}) — never for the person who acted, never twice for one person (a
 * requester who also approves is told once; the table's unique key holds it too).
 */
final class NotificationWriter implements RequestEvents {
    private final MailTemplates mails;

    NotificationWriter(MailTemplates mails) {
        this.mails = mails;
    }

    @Override
    public void happened(Handle h, Request r, long eventId, TimelineKind kind, Long actorId, Instant now) {
        tell(h, r, Audience.of(kind, r), Audience.what(kind, r), eventId, null, actorId, now);
    }

    /**
     * Tells {@code groups} of the request's people, but not the actor, once each, that {@code what} happened (a key
     * under {@code notification.kind.}); caused by the event {@code eventId} or the reminder {@code reminderId}.
     */
    void tell(Handle h, Request r, Set<Audience> groups, String what, Long eventId, Long reminderId, Long actorId,
              Instant now) {
        InboxDao inbox = h.attach(InboxDao.class);
        Map<Long, Recipient> people = new LinkedHashMap<>();
        for (Audience group : groups) {
            var found = switch (group) {
                case CLERKS -> inbox.withRole(r.agencyId(), Role.CLERK.name());
                case APPROVERS -> inbox.withRole(r.officeId(), Role.APPROVER.name());
                case AGENCY_ADMINS -> inbox.withRole(r.agencyId(), Role.AGENCY_ADMIN.name());
                case REQUESTER -> inbox.person(r.createdBy());
            };
            found.forEach(p -> people.putIfAbsent(p.id(), p));
        }
        if (actorId != null) {
            people.remove(actorId);
        }
        boolean emergency = r.priority().name().equals("EMERGENCY");
        OutboxDao outbox = h.attach(OutboxDao.class);
        Preferences.Dao preferences = h.attach(Preferences.Dao.class);
        for (Recipient p : people.values()) {
            long notification = inbox.insert(p.id(), r.id(), eventId, reminderId, what, emergency, now);
            if (!Preferences.alwaysMailed(what, emergency) && preferences.inAppOnly(p.id(), what)) {
                continue;
            }
            MailTemplates.Mail mail = mails.render(r, what, p);
            outbox.queue(notification, p.email(), mail.subject(), mail.text(), mail.html(), now);
        }
    }
}
