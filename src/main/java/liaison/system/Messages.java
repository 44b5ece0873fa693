package liaison.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** The words of the portal, from one file ({@code messages.properties}), for templates and code alike. */
public final class Messages extends AbstractMessageResolver {
    private final ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.US);

    /**
     * The words for an enum constant, under {@code label.<Enum>.<CONSTANT>}: for code (and until every template
     * says #{label...} itself) that names a state, type or item outside a template's own message lookup.
     */
    public static String label(Enum<?> constant) {
        return ResourceBundle.getBundle("messages", Locale.US)
                .getString("label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
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
