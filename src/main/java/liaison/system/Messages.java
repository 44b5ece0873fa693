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
     * The words for an enum constant, under {@code label.<Enum>.<CONSTANT>}: for code (and until every template
     * says #{label...} itself) that names a state, type or item outside a template's own message lookup.
     */
    public static String label(Enum<?> constant) {
        return LABELS.computeIfAbsent(constant, c -> BUNDLE.getString(
                "label." + c.getDeclaringClass().getSimpleName() + "." + c.name()));
    }

    public String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.US).format(args);
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
