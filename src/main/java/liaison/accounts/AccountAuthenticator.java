package liaison.accounts;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.Credentials;
import org.pac4j.core.credentials.UsernamePasswordCredentials;
import org.pac4j.core.credentials.authenticator.Authenticator;
import org.pac4j.core.exception.CredentialsException;
import org.pac4j.core.profile.CommonProfile;
import org.pac4j.jee.context.JEEContext;

/**
 * pac4j's view of {@link SignInService}: turns a good password into a profile holding the account id, and marks
 * the session as waiting for the second factor, which {@link liaison.system.AccessControl} enforces. pac4j then
 * gives the session a new id, keeping its attributes.
 */
final class AccountAuthenticator implements Authenticator {
    private final SignInService signIn;
    private final SignInSessions sessions;

    public AccountAuthenticator(SignInService signIn, SignInSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @Override
    public Optional<Credentials> validate(CallContext ctx, Credentials credentials) {
        var given = (UsernamePasswordCredentials) credentials;
        var result = signIn.checkPassword(given.getUsername(), given.getPassword(), ctx.webContext().getRemoteAddr());
        // pac4j needs the exception to send the user back with an error (returning empty says nothing)
        switch (result.status()) {
            case LOCKED -> throw new AccountLockedException();
            case FAILED -> throw new CredentialsException("bad credentials");
            default -> { }
        }
        SecurityRecord account = result.account();
        HttpSession session = ((JEEContext) ctx.webContext()).getNativeRequest().getSession(true);
        sessions.passwordAccepted((key, value) -> {
            if (value == null) {
                session.removeAttribute(key);
            } else {
                session.setAttribute(key, value);
            }
        }, account);
        CommonProfile profile = new CommonProfile();
        profile.setId(String.valueOf(account.id()));
        credentials.setUserProfile(profile);
        return Optional.of(credentials);
    }
}
