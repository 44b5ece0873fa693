package liaison.answers;

import java.time.Instant;
import java.util.Collection;
import liaison.accounts.Account;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Request;
import liaison.system.Messages;
import liaison.system.Role;
import org.jdbi.v3.core.Handle;

/**
 * Certifies an answer inside the transaction that records it (called by RequestWorkflow.answer). The words are the
 * ones the answer form's checkbox shows, so the clerk certifies exactly what is stored and printed.
 */
final class Certifications {
    static final String PRODUCED = "certification.statement.produced";
    static final String NOTHING_PRODUCED = "certification.statement.none";

    private Certifications() {
    }

    public static Certification record(Handle h, Request r, Account clerk, Collection<ItemAnswer> items, Instant now) {
        boolean produced = items.stream().anyMatch(i -> i.disposition() == Disposition.PROVIDED);
        String title = clerk.jobTitle() == null || clerk.jobTitle().isBlank() ? Role.CLERK.label() : clerk.jobTitle();
        String statement = new Messages().get(produced ? PRODUCED : NOTHING_PRODUCED, r.agencyName());
        var certification = new Certification(r.id(), clerk.id(), clerk.displayName(), title, r.agencyName(), now,
                statement);
        h.attach(CertificationDao.class).insert(certification);
        return certification;
    }
}
