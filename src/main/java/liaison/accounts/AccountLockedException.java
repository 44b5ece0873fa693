package liaison.accounts;

import liaison.system.SignInRefusal;

/** A sign-in refused because the name is locked; the sign-in page then says so (see SignInService on why). */
final class AccountLockedException extends SignInRefusal {
    /** The error code the sign-in page is sent back with. */
    public static final String ERROR = "locked";

    public AccountLockedException() {
        super("sign-in name locked", ERROR);
    }
}
