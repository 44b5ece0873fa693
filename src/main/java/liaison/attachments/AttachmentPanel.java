package liaison.attachments;

import java.util.List;

/**
 * What the attachments panel of the detail page shows: the files, and whether the viewer may add one.
 * {@link #errorKey} turns the upload error code of the redirect's address into a message key, ignoring codes
 * that are not ours.
 */
public record AttachmentPanel(List<Attachment> files, boolean canUpload) {

    public String errorKey(String code) {
        return code == null ? null
                : AttachmentRejected.Reason.ofCode(code).map(r -> "attachments.error." + r.code()).orElse(null);
    }
}
