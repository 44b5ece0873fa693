package liaison.system;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jetbrains.annotations.NotNull;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders Thymeleaf pages from {@code templates/} with what the layout needs on every page: the signed-in
 * account, its navigation, the CSRF token for POST forms, and the flash message of the last redirect.
 */
public final class Templates implements FileRenderer {
    private static final int EXPRESSION_CACHE = 10_000;
    private final TemplateEngine engine = new TemplateEngine();
    /** For pages seen signed out: no agency, so UTC. */
    private final Formats utc = new Formats();
    public Templates(Messages messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(messages);
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new PathExpressions());
        engine.setDialect(dialect);
        // the parsed expressions of every page stay cached: the default (500) is fewer than the pages hold
        StandardCacheManager caches = new StandardCacheManager();
        caches.setExpressionCacheMaxSize(EXPRESSION_CACHE);
        engine.setCacheManager(caches);
    }

    @NotNull
    @Override
    public String render(@NotNull String template, @NotNull Map<String, ?> model, @NotNull Context ctx) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("fmt", utc);
        AccessControl.account(ctx).ifPresent(account -> {
            variables.put("account", account);
            variables.put("nav", Navigation.itemsFor(account));
            variables.put("searchBox", Navigation.searches(account));
            variables.put("fmt", Formats.of(account));
            // the bell's number: read with the account by the access check, no statement of its own
            variables.put("unreadCount", AccessControl.unreadNotifications(ctx));
        });
        ctx.contentType("text/html; charset=utf-8");
        variables.put("csrfToken", ctx.attribute(Security.CSRF_PARAMETER));
        variables.put("formKey", FormKeys.forPage(ctx));
        variables.put("path", ctx.path());
        // ${param.x} in templates: a plain (non-servlet) Thymeleaf context has no request parameters of its own
        Map<String, String> params = new HashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                params.put(name, values.get(0));
            }
        });
        variables.put("param", params);
        variables.put("flash", Flash.take(ctx));
        return engine.process(template, new org.thymeleaf.context.Context(Locale.US, variables));
    }
}
