package liaison.accounts;

import java.util.Optional;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.Credentials;
import org.pac4j.core.credentials.UsernamePasswordCredentials;
import org.pac4j.core.credentials.authenticator.Authenticator;
import org.pac4j.core.exception.CredentialsException;
import org.pac4j.core.profile.CommonProfile;

/** pac4j's view of {@link SignInService}: turns a good password into a profile holding the account id. */
public final class AccountAuthenticator implements Authenticator {
    private final SignInService signIn;

    public AccountAuthenticator(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public Optional<Credentials> validate(CallContext ctx, Credentials credentials) {
        var given = (UsernamePasswordCredentials) credentials;
        Account account = signIn.signIn(given.getUsername(), given.getPassword(), ctx.webContext().getRemoteAddr())
                // pac4j needs the exception to send the user back with an error (returning empty says nothing)
                .orElseThrow(() -> new CredentialsException("bad credentials"));
        CommonProfile profile = new CommonProfile();
        profile.setId(String.valueOf(account.id()));
        account.roles().forEach(role -> profile.addRole(role.name()));
        credentials.setUserProfile(profile);
        return Optional.of(credentials);
    }
}
