package liaison.requests;

import java.time.Instant;
import liaison.accounts.Account;
import liaison.system.Messages;

/**
 * What an approving officer affirmed when approving a subpoena (its signature): the statement in the words they
 * ticked, with their name and the subpoena's number, who and when. Kept in {@code approval_affirmations}.
 */
public record Affirmation(long requestId, long affirmedBy, String officerName, String officerAgency,
                          Instant affirmedAt, String statement) {

    /** The statement this officer affirms for this subpoena ({@code request.approve.statement}). */
    public static String statement(Messages messages, Account officer, Request r) {
        return messages.get("request.approve.statement", officer.displayName(), r.officeName(), r.trackingNumber(),
                r.agencyName());
    }
}
