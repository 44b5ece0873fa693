package liaison.attachments;

import java.util.Map;
import liaison.accounts.Account;
import liaison.requests.RequestSection;
import liaison.requests.RequestView;

/** The files panel of a request's page: the request's files, and the upload form for those who may add one. */
final class AttachmentSection implements RequestSection {
    private final AttachmentService attachments;

    AttachmentSection(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @Override
    public void addTo(Map<String, Object> model, Account viewer, RequestView view, Map<String, Boolean> can) {
        model.put("attachments", attachments.panel(viewer, view.request()));
    }
}
