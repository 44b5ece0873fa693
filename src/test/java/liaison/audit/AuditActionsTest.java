package liaison.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import liaison.requests.TimelineKind;
import liaison.system.Messages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every audit action the code writes has words for people (a person's recent activity shows them). */
class AuditActionsTest {
    /** An action as the code spells it: "feature.what-happened", in a class that writes audit events. */
    private static final Pattern ACTION = Pattern.compile("\"([a-z][a-z-]*\\.[a-z][a-z-]*)\"");

    @Test
    void everyActionWrittenInCodeHasWords() throws IOException {
        Set<String> actions = actionsInCode();
        Arrays.stream(TimelineKind.values()).map(TimelineKind::auditAction).forEach(actions::add);
        assertTrue(actions.containsAll(Set.of("request.viewed", "filing.submitted", "sign-in.succeeded",
                "request.court-order-recorded")), "the scan of the code misses actions: " + actions);
        ResourceBundle words = ResourceBundle.getBundle("messages", Locale.US);
        Set<String> missing = new TreeSet<>();
        for (String action : actions) {
            // a dotted literal that is itself a message key (a report's caption, say) is words, not an action
            if (!words.containsKey(AuditActions.messageKey(action)) && !words.containsKey(action)) {
                missing.add(AuditActions.messageKey(action));
            }
        }
        assertEquals(Set.of(), missing, "audit actions without words in messages.properties");
    }

    @Test
    void anActionWithoutWordsShowsAsItself() {
        Messages messages = new Messages();
        assertEquals("Request opened", AuditActions.label(messages, "request.viewed"));
        assertEquals("something.retired", AuditActions.label(messages, "something.retired"));
    }

    /** The dotted string literals of every main class that builds an AuditEvent (the actions it appends). */
    private static Set<String> actionsInCode() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                if (code.contains("AuditEvent.of(") && !file.endsWith("AuditEvent.java")) {
                    Matcher m = ACTION.matcher(code);
                    while (m.find()) {
                        actions.add(m.group(1));
                    }
                }
            }
        }
        return actions;
    }
}
