package liaison.admin.accounts;

import java.util.function.LongConsumer;

/** The account-security changes an administrator can ask for; sign-in, lockout and MFA carry them out. */
interface SecurityActions {
    /** Ends a lockout: the person can try to sign in again at once. */
    void unlock(long accountId);

    /** Forgets the account's second factor and recovery codes: the person enrols again at the next sign-in. */
    void resetMfa(long accountId);

    /** The person must choose a new password at the next sign-in. */
    void forcePasswordChange(long accountId);

    /** From three functions, e.g. the methods of the service that owns account security. */
    static SecurityActions of(LongConsumer unlock, LongConsumer resetMfa, LongConsumer forcePasswordChange) {
        return new SecurityActions() {
            @Override
            public void unlock(long accountId) {
                unlock.accept(accountId);
            }

            @Override
            public void resetMfa(long accountId) {
                resetMfa.accept(accountId);
            }

            @Override
            public void forcePasswordChange(long accountId) {
                forcePasswordChange.accept(accountId);
            }
        };
    }
}
