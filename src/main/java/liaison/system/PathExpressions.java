package liaison.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.util.ExpressionUtils;

/**
 * The templates' {@code ${...}} expressions, the common ones without OGNL: a variable followed by properties and
 * method calls ({@code r.subject.fullName}, {@code r.state.label()}, {@code fmt.dateTime(r.dueAt)}), optionally
 * compared with null. The profile of the home, queue and detail pages showed a third of their time in OGNL, most of
 * it in Thymeleaf's member checks (run again on every property of every row, and records are beyond Thymeleaf's own
 * OGNL shortcut). Here each property or method is looked up once per class and checked once with the same rule
 * ({@link ExpressionUtils#isMemberForbidden}). A path compared with another or with a string literal
 * ({@code path == item.href}, {@code m.kind.name() == 'NOTE'}) and the literal {@code null} (a fragment's argument) are
 * read here too: a count of the pages' OGNL fallbacks found them the most common (issue 14). Anything else
 * (operators, other literals, #objects, selections, the request parameters in a restricted context, a null met on the
 * way, a comparison of other types) goes to OGNL as before, so a page reads exactly the same.
 */
final class PathExpressions implements IStandardVariableExpressionEvaluator {
    /** Parsed expressions are kept for the templates' own texts; this many is far more than they hold. */
    private static final int MAX_PARSED = 5_000;
    /** What a path answers when it cannot be evaluated here: OGNL then evaluates the expression. */
    private static final Object OGNL = new Object();
    static final Path NOT_A_PATH = new Path(List.of(), 0, null);
    /** The literal {@code null}. */
    static final Path NULL = new Path(List.of(), 0, null);
    /** The request's parameters, which Thymeleaf keeps from restricted contexts. */
    private static final String PARAMETERS = "param";

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, Path> parsed = new ConcurrentHashMap<>();

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        if (expression.getUseSelectionAsRoot() || !(context instanceof ITemplateContext)) {
            return ognl.evaluate(context, expression, expContext);
        }
        Path path = parsed.get(expression.getExpression());
        if (path == null) {
            path = parse(expression.getExpression());
            if (parsed.size() < MAX_PARSED) {
                parsed.put(expression.getExpression(), path);
            }
        }
        // a restricted context (fragment parameters, th:utext, attribute appends) forbids the request parameters
        // and static or new (which no path holds): OGNL answers any path that starts at param there
        boolean restricted = expContext.getRestrictVariableAccess() || expContext.getRestrictExternalAccess();
        Object result = path == NULL ? null : path == NOT_A_PATH || restricted && (parameters(path)
                || path.compared() instanceof Path other && parameters(other)) ? OGNL : evaluate(path, context);
        if (result == OGNL) {
            return ognl.evaluate(context, expression, expContext);
        }
        return expContext.getPerformTypeConversion()
                ? StandardExpressions.getConversionService(context.getConfiguration()).convert(context, result,
                String.class)
                : result;
    }

    private static boolean parameters(Path path) {
        return path.steps().get(0).name.equals(PARAMETERS);
    }

    /**
     * A variable, then steps: a property ({@code name}) or a method call with no argument or one path as its
     * argument. {@code nullTest}: 0 for none, 1 for {@code == null} (or {@code ==} the compared), -1 for
     * {@code != null} (or {@code !=}); {@code compared}: another path or a string literal, or null.
     */
    record Path(List<Step> steps, int nullTest, Object compared) {
    }

    /** {@code argument} null for a property, {@link #NO_ARGUMENT} for {@code name()}. */
    static final class Step {
        final String name;
        final Path argument;
        /** The method this step calls, by the target's class (and the argument's), found once; NONE for OGNL. */
        private final Map<Object, Method> resolved = new ConcurrentHashMap<>();

        Step(String name, Path argument) {
            this.name = name;
            this.argument = argument;
        }
    }

    static final Path NO_ARGUMENT = new Path(List.of(), 0, null);

    private record ArgumentKey(Class<?> target, Class<?> argument) {
    }

    private static Object evaluate(Path path, IExpressionContext context) {
        Object value = walk(path, context);
        if (value == OGNL || path.nullTest() == 0) {
            return value;
        }
        Object other = path.compared() instanceof Path p ? walk(p, context) : path.compared();
        if (other == OGNL) {
            return OGNL;
        }
        // as OGNL's ==: null equals null only; two strings, or two constants of one enum class, by equals; any other
        // pair (numbers, a string and an enum...) is OGNL's to convert
        boolean equal;
        if (value == null || other == null) {
            equal = value == other;
        } else if (value.getClass() == other.getClass() && (value instanceof String || value instanceof Enum<?>)) {
            equal = value.equals(other);
        } else {
            return OGNL;
        }
        return Boolean.valueOf(equal == (path.nullTest() == 1));
    }

    /** The path's value, or OGNL. */
    private static Object walk(Path path, IExpressionContext context) {
        Object value = context.getVariable(path.steps().get(0).name);
        for (int i = 1; i < path.steps().size(); i++) {
            Step step = path.steps().get(i);
            if (value == null) {
                return OGNL; // OGNL's own error for it
            }
            value = step(value, step, context);
            if (value == OGNL) {
                return OGNL;
            }
        }
        return value;
    }

    private static Object step(Object target, Step step, IExpressionContext context) {
        if (step.argument == null) {
            Object special = collectionProperty(target, step.name);
            if (special != OGNL) {
                return special;
            }
        }
        if (step.argument == null || step.argument == NO_ARGUMENT) {
            Method method = step.resolved.computeIfAbsent(target.getClass(), c -> step.argument == null
                    ? getter(target, step.name) : orNone(find(target, step.name, null)));
            return method == NONE ? OGNL : invoke(method, target);
        }
        Object argument = evaluate(step.argument, context);
        if (argument == null || argument == OGNL) {
            return OGNL; // OGNL chooses among overloads for a null
        }
        Method method = step.resolved.computeIfAbsent(new ArgumentKey(target.getClass(), argument.getClass()),
                k -> orNone(find(target, step.name, argument.getClass())));
        return method == NONE ? OGNL : invoke(method, target, argument);
    }

    /** A map's entries and a list's size as OGNL reads them (as Thymeleaf's own OGNL shortcut does), or OGNL. */
    private static Object collectionProperty(Object target, String name) {
        if (target instanceof Map<?, ?> map) {
            return switch (name) {
                case "size" -> map.size();
                case "keys", "keySet" -> map.keySet();
                case "values" -> map.values();
                case "isEmpty" -> map.isEmpty();
                default -> map.get(name);
            };
        }
        if (target instanceof List<?> list) {
            return switch (name) {
                case "size" -> list.size();
                case "isEmpty", "empty" -> list.isEmpty();
                default -> OGNL;
            };
        }
        return OGNL;
    }

    /** As OGNL finds a property: getX(), isX(), then x() (a record's component). */
    private static Method getter(Object target, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String method : List.of("get" + capitalised, "is" + capitalised, name)) {
            Method found = find(target, method, null);
            if (found != null) {
                return found;
            }
        }
        return NONE;
    }

    private static Method orNone(Method method) {
        return method == null ? NONE : method;
    }

    private static final Method NONE;

    static {
        try {
            NONE = Object.class.getMethod("hashCode");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The one public method of that name taking no argument (or one of that type), allowed by Thymeleaf. */
    private static Method find(Object target, String name, Class<?> argumentType) {
        List<Method> candidates = new ArrayList<>();
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && !Modifier.isStatic(m.getModifiers()) && (argumentType == null
                    ? m.getParameterCount() == 0
                    : m.getParameterCount() == 1 && m.getParameterTypes()[0].isAssignableFrom(argumentType))) {
                candidates.add(m);
            }
        }
        if (candidates.size() != 1 || ExpressionUtils.isMemberForbidden(target, name)) {
            return null; // overloads are OGNL's choice; a forbidden member, OGNL's error
        }
        return accessible(candidates.get(0));
    }

    /** The method callable without an access check per call, as a JDK type declares it publicly (List for a list), or null. */
    private static Method accessible(Method m) {
        Class<?> declaring = m.getDeclaringClass();
        if (!declaring.getModule().isNamed()) {
            return m.trySetAccessible() ? m : null; // the portal's own (and libraries'): no access check per call
        }
        if (Modifier.isPublic(declaring.getModifiers()) && declaring.getModule().isExported(
                declaring.getPackageName())) {
            return m;
        }
        for (Class<?> type = declaring; type != null; type = type.getSuperclass()) {
            for (Class<?> i : type.getInterfaces()) {
                try {
                    Method declared = accessible(i.getMethod(m.getName(), m.getParameterTypes()));
                    if (declared != null) {
                        return declared;
                    }
                } catch (NoSuchMethodException e) {
                    // not this interface's
                }
            }
        }
        return null;
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            return OGNL;
        } catch (InvocationTargetException e) {
            throw new TemplateProcessingException("Exception evaluating " + method, e.getCause());
        }
    }

    /** The path the expression is, or {@link #NOT_A_PATH}. */
    static Path parse(String expression) {
        return PathParser.parse(expression);
    }
}
