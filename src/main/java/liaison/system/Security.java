package liaison.system;

import jakarta.servlet.http.HttpSession;
import org.pac4j.core.adapter.FrameworkAdapter;
import org.pac4j.core.client.Clients;
import org.pac4j.core.config.Config;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.authenticator.Authenticator;
import org.pac4j.core.exception.http.HttpAction;
import org.pac4j.core.util.HttpActionHelper;
import org.pac4j.http.client.indirect.FormClient;
import org.pac4j.javalin.JavalinContextFactory;
import org.pac4j.javalin.JavalinHttpActionAdapter;
import org.pac4j.jee.context.JEEContext;
import org.pac4j.jee.context.session.JEESessionStoreFactory;

/**
 * The pac4j wiring: the sign-in form client, its callback and sign-out. The CSRF token is the portal's own
 * ({@link Csrf}): pac4j's matcher writes a session for every page, anonymous ones included, and its check also
 * takes the token from the address.
 */
public final class Security {
    public static final String LOGIN_URL = "/login";
    public static final String CALLBACK_URL = "/callback";
    public static final String CLIENT = "FormClient";
    /** Request attribute and form field holding the CSRF token. */
    public static final String CSRF_PARAMETER = "pac4jCsrfToken";
    /**
     * Session attributes of a failed sign-in, for the sign-in form to show once: what was typed and the error.
     * Kept in the session (a failed attempt has started signing in), never in the redirect's address, where the
     * e-mail address would reach logs and the browser's history.
     */
    public static final String FAILED_NAME = "liaison.signIn.failedName";
    public static final String FAILED_ERROR = "liaison.signIn.failedError";

    private final Config config;

    public Security(Authenticator authenticator) {
        FormClient form = new FormClient(LOGIN_URL, authenticator) {
            @Override
            protected HttpAction handleInvalidCredentials(CallContext ctx, String username, String message,
                                                          String errorMessage) {
                if (getAjaxRequestResolver().isAjax(ctx)) {
                    return super.handleInvalidCredentials(ctx, username, message, errorMessage);
                }
                // cut to the longest possible e-mail address: the form shows it again, and nothing longer is one
                String kept = username == null || username.length() <= Problems.MAX_EMAIL
                        ? username : username.substring(0, Problems.MAX_EMAIL);
                HttpSession session = ((JEEContext) ctx.webContext()).getNativeRequest().getSession(true);
                session.setAttribute(FAILED_NAME, kept == null ? "" : kept);
                session.setAttribute(FAILED_ERROR, errorMessage);
                return HttpActionHelper.buildRedirectUrlAction(ctx.webContext(), LOGIN_URL);
            }

            @Override
            protected String computeErrorMessage(Exception e) {
                // a locked name gets its own message on the sign-in page; every other failure the same one
                return e instanceof SignInRefusal refusal ? refusal.error() : super.computeErrorMessage(e);
            }
        };
        form.setName(CLIENT);
        config = new Config(new Clients(CALLBACK_URL, form));
        config.setWebContextFactory(JavalinContextFactory.INSTANCE);
        config.setSessionStoreFactory(JEESessionStoreFactory.INSTANCE);
        config.setHttpActionAdapter(JavalinHttpActionAdapter.INSTANCE);
        // the rest of pac4j's defaults (profile manager factory, logics) now, not at the first sign-in or sign-out
        FrameworkAdapter.INSTANCE.applyDefaultSettingsIfUndefined(config);
    }

    public Config config() {
        return config;
    }
}
