package liaison.system;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.context.session.SessionStore;
import org.pac4j.core.profile.ProfileManager;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.javalin.JavalinFrameworkParameters;
import org.pac4j.javalin.JavalinWebContext;

/**
 * The one access check, run before every matched route: a route open to {@link Role#ANYONE} needs only a valid
 * CSRF token on POST; every other route needs a signed-in, active account holding one of the route's roles, in a
 * session that {@link SessionRules} finds signed in: until the second factor is done, only the
 * {@link Role#SIGNING_IN} routes answer, and a session too old or older than the last password change is ended.
 * Nobody signed in is sent to the sign-in page without a session being made. The profile is the one pac4j's
 * sign-in callback stored; pac4j's security logic is not used (javalin-pac4j's handler targets Javalin 5, see
 * STACK.md, and the logic makes a session for every anonymous visit).
 */
public final class AccessControl {
    public static final String ACCOUNT = "account";
    /** Request attribute on {@link Role#SIGNING_IN} routes: whose sign-in is unfinished. */
    static final String PENDING_ACCOUNT = "pendingAccount";
    /** Request attribute: the bell's number, read with the account by the access check. */
    private static final String UNREAD = "unreadNotifications";

    private final Security security;
    private final SessionRules sessions;
    private final Csrf csrf;

    /** {@code secureCookies}: the portal is behind TLS (the CSRF cookie of anonymous pages is then Secure). */
    public AccessControl(Security security, SessionRules sessions, boolean secureCookies) {
        this.security = security;
        this.sessions = sessions;
        this.csrf = new Csrf(secureCookies);
    }

    public void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            return; // static files: every route of ours names its roles (see Route)
        }
        if (roles.contains(Role.ANYONE)) {
            csrf.checkWithoutSession(ctx);
            return;
        }
        Optional<UserProfile> profile = profile(ctx);
        if (profile.isEmpty()) {
            // to the sign-in page with a bare path, making no session: pac4j's own security logic saved the address
            // asked for (built from the Host header) in a new session for every anonymous visit
            if (ctx.method() == HandlerType.GET && !roles.contains(Role.SIGNING_IN)) {
                SignInTarget.remember(ctx);
            }
            redirect(ctx, Security.LOGIN_URL);
            return;
        }
        csrf.checkInSession(ctx);
        SessionRules.State state = sessions.check(ctx, Long.parseLong(profile.get().getId()));
        if (!sessionAllows(ctx, roles, state)) {
            return;
        }
        // set before the role check, so even the 403 page shows who is signed in and their navigation
        signedIn(ctx, state);
        if (!roles.contains(Role.SIGNED_IN) && state.account().roles().stream().noneMatch(roles::contains)) {
            throw new ForbiddenResponse();
        }
    }

    /**
     * For pages no access check ran on (an address that matches no route): who is signed in, if anyone, so the
     * error page keeps the person's header. Never creates a session.
     */
    public void identify(Context ctx) {
        if (ctx.attribute(ACCOUNT) != null || ctx.req().getSession(false) == null) {
            return;
        }
        profile(ctx).map(p -> sessions.check(ctx, Long.parseLong(p.getId())))
                .filter(state -> signedIn(state.kind()))
                .ifPresent(state -> {
                    signedIn(ctx, state);
                    Csrf.offerInSession(ctx); // the header's sign-out form
                });
    }

    private static void signedIn(Context ctx, SessionRules.State state) {
        ctx.attribute(ACCOUNT, state.account());
        ctx.attribute(UNREAD, state.unreadNotifications());
    }

    /** The number on the header's bell for the signed-in person of this request (0 for nobody). */
    static int unreadNotifications(Context ctx) {
        Integer unread = ctx.attribute(UNREAD);
        return unread == null ? 0 : unread;
    }

    /** The signed-in account of this request, set by {@link #check}; empty on open routes. */
    public static Optional<User> account(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ACCOUNT));
    }

    /** On {@link Role#SIGNING_IN} routes: the account whose password was given, second factor not yet. */
    public static Optional<User> pendingAccount(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PENDING_ACCOUNT));
    }

    /**
     * What the session's sign-in state allows on this route. True: go on to the role check. False: the check ends
     * here, either with the request answered (sent on to the pending step, to the password change, or to sign in
     * again) or, on a sign-in step route of an unfinished sign-in, with the pending account set for the route.
     */
    private boolean sessionAllows(Context ctx, Set<RouteRole> roles, SessionRules.State state) {
        boolean stepRoute = roles.contains(Role.SIGNING_IN);
        boolean stepOnly = stepRoute && !roles.contains(Role.SIGNED_IN);
        switch (state.kind()) {
            case ENDED -> {
                end(ctx, state.redirect());
                return false;
            }
            case PENDING -> {
                if (stepRoute) {
                    ctx.attribute(PENDING_ACCOUNT, state.account());
                    return false;
                }
                if (ctx.method() == HandlerType.GET) {
                    String query = ctx.queryString();
                    ctx.sessionAttribute(SessionRules.AFTER_SIGN_IN, ctx.path() + (query == null ? "" : "?" + query));
                }
                return redirect(ctx, state.redirect());
            }
            case MUST_CHANGE_PASSWORD -> {
                if (stepOnly || !(stepRoute || ctx.path().equals(state.redirect()))) {
                    return redirect(ctx, state.redirect());
                }
                return true;
            }
            default -> {
                return !stepOnly || redirect(ctx, "/");
            }
        }
    }

    private static boolean redirect(Context ctx, String location) {
        ctx.redirect(location);
        ctx.skipRemainingHandlers();
        return false;
    }

    private static void end(Context ctx, String location) {
        var session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        redirect(ctx, location);
    }

    private static boolean signedIn(SessionRules.Kind kind) {
        return kind == SessionRules.Kind.SIGNED_IN || kind == SessionRules.Kind.MUST_CHANGE_PASSWORD;
    }

    /** The signed-in profile in this request's session; reading it never creates a session. */
    private Optional<UserProfile> profile(Context ctx) {
        if (ctx.req().getSession(false) == null) {
            return Optional.empty();
        }
        SessionStore store = security.config().getSessionStoreFactory().newSessionStore(new JavalinFrameworkParameters(ctx));
        return new ProfileManager(new JavalinWebContext(ctx), store).getProfile();
    }
}
