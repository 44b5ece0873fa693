package liaison.admin.accounts;

import java.time.Instant;

/** A stored invitation link (its hash only) with the account it opens. */
record InviteToken(long id, long accountId, Instant expiresAt, Instant usedAt, String email, boolean active) {

    /** Whether the link can still set a password at {@code now}. */
    public boolean usableAt(Instant now) {
        return usedAt == null && active && now.isBefore(expiresAt);
    }
}
