package liaison.system;

import io.javalin.http.Context;

/**
 * What a session with a signed-in profile may still do, decided from what the sign-in steps stored in it and the
 * account as it is now (the accounts feature implements it). {@link AccessControl} asks before every route.
 */
public interface SessionRules {
    /** Session attribute: the address asked for while a sign-in step was pending, to go on to afterwards. */
    String AFTER_SIGN_IN = "liaison.afterSignIn";

    enum Kind {
        /** Fully signed in. */
        SIGNED_IN,
        /** Signed in, but must choose a new password first: only {@link State#redirect()} and sign-out. */
        MUST_CHANGE_PASSWORD,
        /** Password given, second factor (or its enrollment) not yet: only the sign-in step routes. */
        PENDING,
        /** Over: too old, or the password or second factor changed since; the session is ended. */
        ENDED
    }

    /**
     * The verdict and where to send the person when the route asked for is not for this state; unless the session
     * ended, the account as it is now and the number of its unread notifications (the header's bell), read with it.
     */
    record State(Kind kind, String redirect, User account, int unreadNotifications) {
        public static State ended(String redirect) {
            return new State(Kind.ENDED, redirect, null, 0);
        }
    }

    /** Ended too when the account is gone or deactivated. */
    State check(Context ctx, long accountId);
}
