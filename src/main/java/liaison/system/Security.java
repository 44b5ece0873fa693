package liaison.system;

import org.pac4j.core.adapter.FrameworkAdapter;
import org.pac4j.core.authorization.authorizer.CsrfAuthorizer;
import org.pac4j.core.client.Clients;
import org.pac4j.core.config.Config;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.authenticator.Authenticator;
import org.pac4j.core.exception.http.HttpAction;
import org.pac4j.core.matching.matcher.csrf.CsrfTokenGeneratorMatcher;
import org.pac4j.core.matching.matcher.csrf.DefaultCsrfTokenGenerator;
import org.pac4j.http.client.indirect.FormClient;
import org.pac4j.javalin.JavalinContextFactory;
import org.pac4j.javalin.JavalinHttpActionAdapter;
import org.pac4j.jee.context.session.JEESessionStoreFactory;

/** All pac4j wiring in one place: the sign-in form client, the CSRF token matcher and check. */
public final class Security {
    public static final String LOGIN_URL = "/login";
    public static final String CALLBACK_URL = "/callback";
    public static final String CLIENT = "FormClient";
    /** Our own name, so pac4j's built-in matcher of the same purpose (which rotates tokens) is not used. */
    static final String CSRF_TOKEN = "liaisonCsrfToken";
    static final String CSRF_CHECK = "csrfCheck";
    /** Request attribute and form field holding the token. */
    public static final String CSRF_PARAMETER = "pac4jCsrfToken";

    private final Config config;
    private final CsrfTokenGeneratorMatcher csrfToken;
    private final CsrfAuthorizer csrfCheck = new CsrfAuthorizer();

    public Security(Authenticator authenticator) {
        FormClient form = new FormClient(LOGIN_URL, authenticator) {
            @Override
            protected HttpAction handleInvalidCredentials(CallContext ctx, String username, String message,
                                                          String errorMessage) {
                // what was typed goes back to the form in the redirect's address: cut to the longest possible
                // e-mail address, or a long one makes an address the server refuses (414) and the form is lost
                String kept = username == null || username.length() <= Problems.MAX_EMAIL
                        ? username : username.substring(0, Problems.MAX_EMAIL);
                return super.handleInvalidCredentials(ctx, kept, message, errorMessage);
            }

            @Override
            protected String computeErrorMessage(Exception e) {
                // a locked name gets its own message on the sign-in page; every other failure the same one
                return e instanceof SignInRefusal refusal ? refusal.error() : super.computeErrorMessage(e);
            }
        };
        form.setName(CLIENT);
        Clients clients = new Clients(CALLBACK_URL, form);
        DefaultCsrfTokenGenerator generator = new DefaultCsrfTokenGenerator();
        // one token a session (not one a page), so several tabs and the back button keep working
        generator.setRotateTokens(false);
        generator.setTtlInSeconds(12 * 60 * 60);
        csrfToken = new CsrfTokenGeneratorMatcher(generator);
        csrfToken.setAddTokenAsCookie(false);
        csrfToken.setAddTokenAsHeader(false);
        config = new Config(clients);
        config.addMatcher(CSRF_TOKEN, csrfToken);
        config.addAuthorizer(CSRF_CHECK, csrfCheck);
        config.setWebContextFactory(JavalinContextFactory.INSTANCE);
        config.setSessionStoreFactory(JEESessionStoreFactory.INSTANCE);
        config.setHttpActionAdapter(JavalinHttpActionAdapter.INSTANCE);
        // the rest of pac4j's defaults (profile manager factory, logics) now, not at the first sign-in or sign-out:
        // AccessControl runs pac4j's security logic itself, and before them it failed with a 500
        FrameworkAdapter.INSTANCE.applyDefaultSettingsIfUndefined(config);
    }

    public Config config() {
        return config;
    }

    CsrfTokenGeneratorMatcher csrfToken() {
        return csrfToken;
    }

    CsrfAuthorizer csrfCheck() {
        return csrfCheck;
    }
}
