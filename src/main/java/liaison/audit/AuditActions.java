package liaison.audit;

import java.util.MissingResourceException;
import liaison.system.Messages;

/**
 * The words for an audit action, wherever one is shown (a person's recent activity, the audit log's choice of
 * actions): messages.properties under {@code audit.action.} and the action. A test holds that every action the code
 * writes has its words.
 */
public final class AuditActions {
    private static final String PREFIX = "audit.action.";

    private AuditActions() {
    }

    /** The message key of an action's words. */
    public static String messageKey(String action) {
        return PREFIX + action;
    }

    /** The words for an action, or the action itself when it has none (one written by an older version). */
    public static String label(Messages messages, String action) {
        try {
            return messages.get(messageKey(action));
        } catch (MissingResourceException e) {
            return action;
        }
    }
}
