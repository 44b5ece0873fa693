package liaison.admin.accounts;

import java.time.Instant;

/** What an administrator sees of an account's security state, besides the account itself. */
public record AccountStatus(Instant createdAt, boolean locked, boolean mfaEnrolled, boolean mustChangePassword,
                            boolean invitePending, Instant deactivatedAt, String deactivatedReason, boolean agencyActive,
                            int version) {
}
