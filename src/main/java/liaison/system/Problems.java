package liaison.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is wrong with a submitted form, field by field (DESIGN.md §7: a clear message next to the field). Forms
 * collect problems as message keys; {@link #show} turns them into the words of the error summary and the fields.
 * The common checks of text and e-mail fields live here, so every form says the same thing the same way.
 */
public final class Problems {
    /** The longest e-mail address (RFC 5321) and its local part. */
    public static final int MAX_EMAIL = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    /** The one message for a required field left empty; its argument is the field's name. */
    public static final String REQUIRED = "form.error.required";

    /** One problem: the field, the message key and its arguments. */
    public record Problem(String field, String key, List<Object> args) {
    }

    /**
     * A problem as the page shows it: {@code text} next to its field, {@code summary} in the error summary at the
     * top, linking to {@code anchor} (the field, or the first input of a group).
     */
    public record Shown(String field, String anchor, String text, String summary) {
        public Shown(String field, String text, String summary) {
            this(field, field, text, summary);
        }
    }

    /** The error summary of a page whose problems are already words, field by field: each line as shown at it. */
    public static List<Shown> summary(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> new Shown(e.getKey(), e.getValue(), e.getValue())).toList();
    }

    private final List<Problem> list = new ArrayList<>();

    /** Adds the problem when {@code wrong}; returns whether it did. */
    public boolean when(boolean wrong, String field, String key, Object... args) {
        if (wrong) {
            list.add(new Problem(field, key, List.of(args)));
        }
        return wrong;
    }

    public boolean any() {
        return !list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /**
     * A one-line text: stripped; required or not; at most {@code max} characters; no line break or other character
     * that cannot be stored ({@link XmlText}).
     */
    public String text(String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (!when(required && v.isEmpty(), field, REQUIRED)
                && !when(v.codePointCount(0, v.length()) > max, field, "form.error.tooLong", max)) {
            when(!XmlText.storable(v, false), field, "form.error.control");
        }
        return v;
    }

    /** An e-mail address, in lower case (the sign-in name is compared in lower case). */
    public String email(String field, String value, boolean required) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (when(required && v.isEmpty(), field, REQUIRED) || v.isEmpty()) {
            return v;
        }
        if (!when(v.length() > MAX_EMAIL, field, "form.error.tooLong", MAX_EMAIL)) {
            when(!EMAIL.matcher(v).matches() || v.indexOf('@') > MAX_LOCAL_PART, field, "form.error.email");
        }
        return v;
    }

    /**
     * Puts the words on the page model: {@code problems} (the summary: each field once, with the message shown at
     * it, as "Field: message") and {@code errors} (field → its first message). {@code labelPrefix} + field is the
     * key of the field's name.
     */
    public void show(Map<String, Object> model, Messages messages, String labelPrefix) {
        show(model, messages, field -> labelPrefix + field);
    }

    /** As {@link #show(Map, Messages, String)}, with the key of each field's name given by {@code labelKey}. */
    public void show(Map<String, Object> model, Messages messages, java.util.function.UnaryOperator<String> labelKey) {
        List<Shown> shown = list.stream().map(p -> {
            String label = messages.get(labelKey.apply(p.field()));
            if (p.key().equals(REQUIRED)) { // the message names the field already
                String text = messages.get(REQUIRED, label);
                return new Shown(p.field(), text, text);
            }
            String text = messages.get(p.key(), p.args().toArray());
            return new Shown(p.field(), text, label + ": " + text);
        }).toList();
        Map<String, Shown> first = new LinkedHashMap<>();
        shown.forEach(s -> first.putIfAbsent(s.field(), s));
        Map<String, String> errors = new LinkedHashMap<>();
        first.forEach((field, s) -> errors.put(field, s.text()));
        model.put("problems", List.copyOf(first.values()));
        model.put("errors", errors);
    }

    /** A page model with no problems shown. */
    public static void none(Map<String, Object> model) {
        model.put("problems", List.of());
        model.put("errors", Map.of());
    }
}
