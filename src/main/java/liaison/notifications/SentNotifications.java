package liaison.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import liaison.accounts.Account;
import liaison.requests.RequestSection;
import liaison.requests.RequestView;
import liaison.system.Columns;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The request page's list of who was told what about the request, in the portal and by e-mail, and where each
 * e-mail is: delivered to the mail server, queued, being retried, or failed; none when the person reads that kind
 * in-app only. It names people and their agency, never their e-mail address. Only on the page of a request the
 * viewer may see, and the query itself keeps to the requests of the viewer's agency or office.
 */
final class SentNotifications implements RequestSection {
    private final Jdbi jdbi;

    SentNotifications(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One notification about the request, as the page lists it. */
    public record Sent(String kind, Instant createdAt, Instant readAt, String recipient,
                       String agency, String mailStatus, int attempts, Instant sentAt) {
        /** The words of the e-mail's state, under {@code request.sent.mail.} in messages.properties. */
        public String mailKey() {
            if (mailStatus == null) {
                return "request.sent.mail.none";
            }
            boolean retrying = OutboxMail.Status.QUEUED.name().equals(mailStatus) && attempts > 0;
            return "request.sent.mail." + (retrying ? "RETRYING" : mailStatus);
        }

        public String kindKey() {
            return "notification.kind." + kind;
        }
    }

    /** The query itself keeps to requests of the viewer's agency or office ({@code :agency}). */
    static final String ABOUT = """
            SELECT n.kind, n.created_at, n.read_at, a.display_name AS recipient, g.name AS agency,
                   m.status AS mail_status, COALESCE(m.attempts, 0) AS attempts, m.sent_at
            FROM notifications n
            JOIN requests r ON r.id = n.request_id AND (r.agency_id = :agency OR r.office_id = :agency)
            JOIN accounts a ON a.id = n.account_id
            LEFT JOIN agencies g ON g.id = a.agency_id
            LEFT JOIN mail_outbox m ON m.notification_id = n.id
            WHERE n.request_id = :request ORDER BY n.id LIMIT 500""";

    /**
     * Read on every view of a request's page: through the handle with this mapper, not a SqlObject made on demand
     * and a ConstructorMapper per result set, which in the page's profile cost more than the query.
     */
    static final RowMapper<Sent> SENT = (rs, ctx) -> new Sent(rs.getString("kind"),
            Columns.instant(rs, "created_at"), Columns.instant(rs, "read_at"), rs.getString("recipient"),
            rs.getString("agency"), rs.getString("mail_status"), rs.getInt("attempts"), Columns.instant(rs, "sent_at"));

    @Override
    public void addTo(Map<String, Object> model, Account viewer, RequestView view, Map<String, Boolean> can) {
        List<Sent> sent = viewer.agencyId() == null ? List.of()
                : jdbi.withHandle(h -> h.createQuery(ABOUT).bind("request", view.request().id())
                        .bind("agency", viewer.agencyId()).map(SENT).list());
        model.put("sentNotifications", sent);
    }
}
