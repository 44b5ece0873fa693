package liaison.requests;

import liaison.system.Messages;

/** What a message in a request's thread is. */
public enum MessageKind {
    CLARIFICATION_QUESTION,
    CLARIFICATION_ANSWER,
    MESSAGE,
    INTERNAL_NOTE;

    public String label() {
        return Messages.label(this);
    }
}
