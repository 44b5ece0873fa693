package liaison.attachments;

import liaison.accounts.Account;
import liaison.requests.Request;
import liaison.requests.RequestPolicy;
import liaison.system.Role;

/**
 * Who may add files to a request: its filing office's requesters and approving officers, and the answering
 * agency's clerks. Anyone who can see the request and works on it may download its files.
 */
public final class AttachmentPolicy {
    private final RequestPolicy requests;

    public AttachmentPolicy(RequestPolicy requests) {
        this.requests = requests;
    }

    public boolean canUpload(Account a, Request r) {
        boolean office = requests.ofFilingOffice(a, r) && (a.has(Role.REQUESTER) || a.has(Role.APPROVER));
        boolean agency = requests.ofAnsweringAgency(a, r) && a.has(Role.CLERK);
        return office || agency;
    }

    public boolean canDownload(Account a, Request r) {
        return canUpload(a, r);
    }
}
