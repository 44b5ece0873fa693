package liaison.system;

import java.util.ArrayList;
import java.util.List;
import liaison.system.PathExpressions.Path;
import liaison.system.PathExpressions.Step;

/**
 * Reads the expressions {@link PathExpressions} evaluates itself: a path ({@code r.subject.fullName},
 * {@code fmt.dateTime(r.dueAt)}), optionally compared with {@code null}, another path or a string literal, and the
 * literal {@code null}. Anything else is {@link PathExpressions#NOT_A_PATH}, for OGNL.
 */
final class PathParser {
    private PathParser() {
    }

    /** The path the expression is, or {@link PathExpressions#NOT_A_PATH}. */
    static Path parse(String expression) {
        String text = expression.strip();
        if (text.equals("null")) {
            return PathExpressions.NULL;
        }
        int nullTest = 0;
        Object compared = null;
        int comparison = Math.max(text.lastIndexOf("=="), text.lastIndexOf("!="));
        if (comparison > 0) {
            String right = text.substring(comparison + 2).strip();
            nullTest = text.charAt(comparison) == '=' ? 1 : -1;
            text = text.substring(0, comparison).strip();
            if (right.startsWith("'")) {
                // OGNL reads one character between quotes as a char, and escapes after a backslash: left to it
                String literal = right.length() > 3 && right.endsWith("'") ? right.substring(1, right.length() - 1)
                        : "'";
                if (literal.contains("'") || literal.contains("\\")) {
                    return PathExpressions.NOT_A_PATH;
                }
                compared = literal;
            } else if (!right.equals("null")) {
                List<Step> other = path(right);
                if (other == null) {
                    return PathExpressions.NOT_A_PATH;
                }
                compared = new Path(other, 0, null);
            }
        }
        List<Step> steps = path(text);
        return steps == null ? PathExpressions.NOT_A_PATH : new Path(steps, nullTest, compared);
    }

    /** The whole text as a path's steps, or null. */
    private static List<Step> path(String text) {
        int[] at = {0};
        List<Step> steps = chain(text, at);
        return steps == null || at[0] != text.length() ? null : List.copyOf(steps);
    }

    /** Reads {@code name(.name[(arg)])*} from {@code at[0]}; null when the text is something else. */
    private static List<Step> chain(String text, int[] at) {
        List<Step> steps = new ArrayList<>();
        String first = identifier(text, at);
        if (first == null || List.of("null", "true", "false", "new", "this", "root").contains(first)) {
            return null;
        }
        steps.add(new Step(first, null));
        while (at[0] < text.length() && text.charAt(at[0]) == '.') {
            at[0]++;
            String name = identifier(text, at);
            if (name == null) {
                return null;
            }
            Path argument = null;
            if (at[0] < text.length() && text.charAt(at[0]) == '(') {
                at[0]++;
                if (at[0] < text.length() && text.charAt(at[0]) == ')') {
                    argument = PathExpressions.NO_ARGUMENT;
                } else {
                    List<Step> inner = chain(text, at);
                    if (inner == null || at[0] >= text.length() || text.charAt(at[0]) != ')') {
                        return null;
                    }
                    argument = new Path(List.copyOf(inner), 0, null);
                }
                at[0]++;
            }
            steps.add(new Step(name, argument));
        }
        return steps;
    }

    private static String identifier(String text, int[] at) {
        int start = at[0];
        while (at[0] < text.length() && (at[0] == start ? Character.isJavaIdentifierStart(text.charAt(at[0]))
                : Character.isJavaIdentifierPart(text.charAt(at[0])))) {
            at[0]++;
        }
        return at[0] == start ? null : text.substring(start, at[0]);
    }
}
