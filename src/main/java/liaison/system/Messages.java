package liaison.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** The words of the portal, from one file ({@code messages.properties}), for templates and code alike. */
public final class Messages extends AbstractMessageResolver {
    /** Loaded once: looking the bundle up again on every label showed in the profile of every page. */
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.US);
    /** Each constant's words, looked up once: templates ask for them on every row of every list. */
    private static final Map<Enum<?>, String> LABELS = new ConcurrentHashMap<>();
    /**
     * Each message with arguments, parsed once (a MessageFormat formats one call at a time): parsing it again on
     * every call, its choice formats above all, was a tenth of the report page's samples (JFR).
     */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    /**
     * The words for an enum constant, under {@code label.<Enum>.<CONSTANT>}: for code (and until every template
     * says #{label...} itself) that names a state, type or item outside a template's own message lookup.
     */
    public static String label(Enum<?> constant) {
        return LABELS.computeIfAbsent(constant, c -> BUNDLE.getString(
                "label." + c.getDeclaringClass().getSimpleName() + "." + c.name()));
    }

    public String get(String key, Object... args) {
        if (args.length == 0) {
            return BUNDLE.getString(key);
        }
        MessageFormat format = FORMATS.computeIfAbsent(key, k -> new MessageFormat(BUNDLE.getString(k), Locale.US));
        synchronized (format) {
            return format.format(args);
        }
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        try {
            return get(key, args == null ? new Object[0] : args);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] args) {
        return "??" + key + "??";
    }
}
