package liaison.requests;

/** What a message in a request's thread is. */
public enum MessageKind {
    CLARIFICATION_QUESTION("Clarification requested"),
    CLARIFICATION_ANSWER("Clarification given"),
    MESSAGE("Message"),
    INTERNAL_NOTE("Internal note");

    private final String label;

    MessageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
