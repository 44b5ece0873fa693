package liaison.accounts;

import java.time.Instant;

/** An account's sign-in security columns; like the password hash it stays inside the accounts package. */
record SecurityRecord(
        long id,
        String email,
        boolean active,
        String passwordHash,
        int failedAttempts,
        Instant failureStreakStartedAt,
        Instant lockedUntil,
        String totpSecret,
        Instant mfaEnrolledAt,
        Long lastTotpStep,
        boolean mustChangePassword) {

    Lockout lockout() {
        return new Lockout(failedAttempts, failureStreakStartedAt, lockedUntil);
    }

    boolean enrolled() {
        return mfaEnrolledAt != null && totpSecret != null;
    }
}
