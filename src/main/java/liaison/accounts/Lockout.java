package liaison.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout arithmetic (DESIGN.md §7): 5 consecutive failures (password or code) within 15 minutes lock for
 * 30 minutes. {@code failures} counts the current streak, which began at {@code streakStartedAt}; a failure more
 * than 15 minutes after the streak began starts a new one. A completed sign-in or an admin's unlock clears it.
 */
public record Lockout(int failures, Instant streakStartedAt, Instant lockedUntil) {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(30);

    public static Lockout clear() {
        return new Lockout(0, null, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * The state after one more failure at {@code now}. The fifth of a streak locks and clears the streak, so that
     * when the lock ends the person again has five tries. Failures while locked are not counted: they neither
     * lengthen the lock (which would let anyone keep an account locked for good) nor start a new streak.
     */
    public Lockout afterFailure(Instant now) {
        if (lockedAt(now)) {
            return this;
        }
        boolean inStreak = failures > 0 && streakStartedAt != null && !now.isAfter(streakStartedAt.plus(WINDOW));
        int count = inStreak ? failures + 1 : 1;
        if (count >= MAX_FAILURES) {
            return new Lockout(0, null, now.plus(LOCK));
        }
        return new Lockout(count, inStreak ? streakStartedAt : now, null);
    }
}
