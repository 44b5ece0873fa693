package liaison.system;

import org.pac4j.core.exception.CredentialsException;

/**
 * A sign-in refused for a reason the sign-in page names (a locked name, say), rather than the one message every
 * other failure gets: {@link #error()} is the code the page is sent back with.
 */
public class SignInRefusal extends CredentialsException {
    private final String error;

    protected SignInRefusal(String message, String error) {
        super(message);
        this.error = error;
    }

    public String error() {
        return error;
    }
}
