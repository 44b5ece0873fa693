package liaison.accounts;

import org.pac4j.core.exception.CredentialsException;

/** A sign-in refused because the name is locked; the sign-in page then says so (see SignInService on why). */
public final class AccountLockedException extends CredentialsException {
    /** The error code the sign-in page is sent back with. */
    public static final String ERROR = "locked";

    public AccountLockedException() {
        super("sign-in name locked");
    }
}
