package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Templates read the same through PathExpressions as through OGNL alone, and are refused what OGNL refuses. */
class PathExpressionsTest {
    /** Every form of expression the fast path takes, and some it leaves to OGNL. */
    private static final String TEMPLATE = """
            <p th:text="${r.name}"></p><p th:text="${r.inner.label}"></p><p th:text="${r.inner.kind.label()}"></p>
            <p th:text="${r.inner.kind.name()}"></p><p th:text="${r.bean.title}"></p><p th:text="${r.bean.ready}"></p>
            <p th:text="${r.when == null}"></p><p th:text="${r.inner != null}"></p><p th:text="${r.missing == null}"></p>
            <p th:text="${fmt.dateTime(r.when)}"></p><p th:text="${fmt.dateTime(at)}"></p>
            <p th:text="${map.a}"></p><p th:text="${map.size}"></p><p th:text="${map.get(key)}"></p>
            <p th:text="${list.size()}"></p><p th:text="${list.isEmpty()}"></p><p th:text="${list.size}"></p>
            <p th:each="i : ${list}" th:text="${i.label}"></p><p th:text="${r.inner.label + '!'}"></p>
            <p th:if="${r.inner.label == 'in'}">b</p><p th:text="${nothing}"></p><p th:text="${r.count}"></p>
            <p th:text="${#strings.toUpperCase(r.name)}"></p><p th:text="${list[0].label}"></p>
            <p th:text="${r.name == 'Ana'}"></p><p th:text="${r.name != 'Ana'}"></p><p th:text="${r.name == key}"></p>
            <p th:text="${r.inner.kind == kind}"></p><p th:text="${r.inner.kind != other}"></p>
            <p th:text="${r.inner.kind.name() != 'AB'}"></p><p th:text="${r.missing == at}"></p>
            <p th:text="${r.missing != r.name}"></p><p th:text="${r.count == r.count}"></p><p th:text="${null}"></p>
            <p th:text="${map.a == 'xy'}"></p><p th:text="${key == list}"></p>
            """;

    enum Kind {
        A { @Override public String label() { return "first"; } },
        B { @Override public String label() { return "second"; } };

        public abstract String label();
    }

    record Inner(String label, Kind kind) {
    }

    /** A JavaBean, read by its getters. */
    public static final class Bean {
        public String getTitle() {
            return "Title & <b>";
        }

        public boolean isReady() {
            return true;
        }
    }

    record Outer(String name, Inner inner, Bean bean, Instant when, String missing, int count) {
    }

    private static Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put("r", new Outer("Ana", new Inner("in", Kind.B), new Bean(), Instant.parse("2026-12-04T17:00:00Z"), null,
                3));
        v.put("fmt", new Formats());
        v.put("at", null);
        v.put("map", Map.of("a", "x", "b", "y"));
        v.put("key", "b");
        v.put("list", List.of(new Inner("one", Kind.A), new Inner("two", Kind.B)));
        v.put("kind", Kind.B);
        v.put("other", Kind.A);
        return v;
    }

    private static TemplateEngine engine(boolean paths) {
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        if (paths) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new PathExpressions());
            engine.setDialect(dialect);
        }
        return engine;
    }

    @Test
    void aPageReadsTheSameAsThroughOgnl() {
        String ognl = engine(false).process(TEMPLATE, new Context(Locale.US, variables()));
        String paths = engine(true).process(TEMPLATE, new Context(Locale.US, variables()));
        assertEquals(ognl, paths);
        assertTrue(paths.contains("second") && paths.contains("Title &amp; &lt;b&gt;") && paths.contains("Dec 4, 2026"),
                paths);
    }

    @Test
    void pathsAreReadWithoutOgnlAndTheRestIsLeftToIt() {
        for (String path : List.of("r", "r.inner.kind.label()", "fmt.dateTime(r.when)", "r.when == null",
                "r.inner != null", "page.items.isEmpty()", "a == b", "a.b() != c.d", "a.b == 'cd'")) {
            assertNotSame(PathExpressions.parse("x + 1"), PathExpressions.parse(path), path);
            assertTrue(PathExpressions.parse(path).steps().size() >= 1, path);
        }
        assertNotSame(PathExpressions.parse("x + 1"), PathExpressions.parse("null"));
        PathExpressions.Path notAPath = PathExpressions.parse("x + 1");
        for (String other : List.of("'#' + p.anchor", "can['return']", "#strings.isEmpty(x)", "list[0]",
                "a.b(c, d)", "true", "x > 0", "a ?: b", "f()", "a.b == 'c'", "a == 'it\\'s'", "a == ''",
                "a == b + 1", "'cd' == a", "null == a")) {
            assertSame(notAPath, PathExpressions.parse(other), other);
        }
    }

    @Test
    void theRequestParametersStayOutOfRestrictedContexts() {
        Map<String, Object> v = variables();
        v.put("param", Map.of("q", "<b>"));
        String unescaped = "<p th:utext=\"${param.q}\"></p>";
        assertThrows(TemplateProcessingException.class,
                () -> engine(false).process(unescaped, new Context(Locale.US, v)));
        assertThrows(TemplateProcessingException.class,
                () -> engine(true).process(unescaped, new Context(Locale.US, v)));
        String other = "<p th:text=\"${param.q}\"></p><p th:utext=\"${r.inner.label}\"></p>";
        assertEquals(engine(false).process(other, new Context(Locale.US, v)),
                engine(true).process(other, new Context(Locale.US, v)));
    }

    @Test
    void aMemberThymeleafForbidsStaysForbidden() {
        String template = "<p th:text=\"${r.getClass().forName('java.lang.Runtime')}\"></p>";
        Map<String, Object> v = variables();
        assertThrows(TemplateProcessingException.class,
                () -> engine(false).process(template, new Context(Locale.US, v)));
        assertThrows(TemplateProcessingException.class,
                () -> engine(true).process(template, new Context(Locale.US, v)));
        String viaPath = "<p th:text=\"${r.getClass().classLoader}\"></p>";
        assertThrows(TemplateProcessingException.class,
                () -> engine(false).process(viaPath, new Context(Locale.US, v)));
        assertThrows(TemplateProcessingException.class,
                () -> engine(true).process(viaPath, new Context(Locale.US, v)));
    }
}
