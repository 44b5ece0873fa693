package liaison.notifications;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.system.Problems;
import liaison.system.Security;

/**
 * The preferences form as posted: one choice per offered kind (the field is named by the kind: {@code email} or
 * {@code app}), and, for a person who gets a digest, {@code digest} and {@code quiet} ({@code on} or {@code off}).
 * A field the form never has, a field sent twice, or a value not offered is a problem shown on the page, never a 500.
 */
record PreferencesForm(Map<String, String> typed, Preferences.Settings settings, Problems problems) {
    static final String FORM = "preferences";
    static final String EMAIL = "email";
    static final String APP = "app";
    static final String ON = "on";
    static final String OFF = "off";

    /** The form filled with what the person chose before. */
    static Map<String, String> typed(Preferences.Settings s, List<String> offered, boolean digest) {
        Map<String, String> typed = new HashMap<>();
        offered.forEach(k -> typed.put(k, s.inAppOnly().contains(k) ? APP : EMAIL));
        if (digest) {
            typed.put("digest", s.digest() ? ON : OFF);
            typed.put("quiet", s.quietDigest() ? ON : OFF);
        }
        return typed;
    }

    /** The key of a field's name in messages.properties: a kind's words, or the digest's questions. */
    static String labelKey(String field) {
        return Preferences.KINDS.containsKey(field) ? "notification.kind." + field : "preferences.field." + field;
    }

    static PreferencesForm read(Map<String, List<String>> posted, List<String> offered, boolean digest) {
        Problems problems = new Problems();
        Map<String, Set<String>> allowed = new LinkedHashMap<>(); // in the page's order, as the summary lists them
        offered.forEach(k -> allowed.put(k, Set.of(EMAIL, APP)));
        if (digest) {
            allowed.put("digest", Set.of(ON, OFF));
            allowed.put("quiet", Set.of(ON, OFF));
        }
        // a kind or digest field this person is not offered (their roles changed since the page was drawn) is
        // ignored; a name the form never has is a problem
        boolean unknown = posted.keySet().stream().anyMatch(name -> !Preferences.KINDS.containsKey(name)
                && !name.equals("digest") && !name.equals("quiet") && !name.equals(Security.CSRF_PARAMETER));
        problems.when(unknown, FORM, "preferences.error.unknown");
        Map<String, String> typed = new HashMap<>();
        for (Map.Entry<String, Set<String>> field : allowed.entrySet()) {
            List<String> values = posted.getOrDefault(field.getKey(), List.of());
            String value = values.isEmpty() ? "" : values.get(0);
            if (!problems.when(values.size() > 1, field.getKey(), "preferences.error.repeated")
                    && !problems.when(value.isEmpty(), field.getKey(), Problems.REQUIRED)
                    && !problems.when(!field.getValue().contains(value), field.getKey(), "preferences.error.choice")) {
                typed.put(field.getKey(), value);
            }
        }
        Set<String> inAppOnly = new HashSet<>();
        offered.stream().filter(k -> APP.equals(typed.get(k))).forEach(inAppOnly::add);
        Preferences.Settings settings = new Preferences.Settings(inAppOnly,
                !digest || ON.equals(typed.get("digest")), digest && ON.equals(typed.get("quiet")));
        return new PreferencesForm(typed, settings, problems);
    }
}
