package liaison.attachments;

import java.util.Arrays;
import java.util.Optional;

/** A file that may not be stored, and why; the upload form shows the reason next to the file field. */
public final class AttachmentRejected extends RuntimeException {
    public enum Reason {
        MISSING("missing"),
        TOO_LARGE("too-large"),
        WRONG_TYPE("wrong-type"),
        UNKNOWN_ITEM("unknown-item"),
        REQUEST_CLOSED("request-closed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** Short and stable: carried in the address the form is redirected to, and part of a message key. */
        public String code() {
            return code;
        }

        public static Optional<Reason> ofCode(String code) {
            return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
        }
    }

    private final Reason reason;

    public AttachmentRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
