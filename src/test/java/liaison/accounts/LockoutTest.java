package liaison.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lockout window arithmetic: 5 consecutive failures within 15 minutes lock for 30 minutes. */
class LockoutTest {
    private static final Instant T0 = Instant.parse("2026-11-02T14:00:00Z");

    private static Lockout failures(Instant... times) {
        Lockout l = Lockout.clear();
        for (Instant t : times) {
            l = l.afterFailure(t);
        }
        return l;
    }

    private static Instant at(int minutes, int seconds) {
        return T0.plus(Duration.ofMinutes(minutes).plusSeconds(seconds));
    }

    @Test
    void fourFailuresDoNotLock() {
        Lockout l = failures(at(0, 0), at(1, 0), at(2, 0), at(3, 0));
        assertEquals(4, l.failures());
        assertFalse(l.lockedAt(at(3, 0)));
    }

    @Test
    void theFifthWithinFifteenMinutesLocksForThirtyMinutes() {
        Lockout l = failures(at(0, 0), at(5, 0), at(10, 0), at(14, 0), at(15, 0));
        assertTrue(l.lockedAt(at(15, 0)));
        assertEquals(at(45, 0), l.lockedUntil());
        assertTrue(l.lockedAt(at(44, 59)));
        assertFalse(l.lockedAt(at(45, 0)), "locked for 30 minutes, not a moment more");
    }

    @Test
    void aFifthFailureAfterTheWindowStartsANewStreak() {
        Lockout l = failures(at(0, 0), at(1, 0), at(2, 0), at(3, 0), at(15, 1));
        assertFalse(l.lockedAt(at(15, 1)));
        assertEquals(1, l.failures());
        assertEquals(at(15, 1), l.streakStartedAt());
        // and that streak needs four more within 15 minutes of its own start
        l = l.afterFailure(at(16, 0)).afterFailure(at(17, 0)).afterFailure(at(18, 0));
        assertFalse(l.lockedAt(at(18, 0)));
        assertTrue(l.afterFailure(at(30, 1)).lockedAt(at(30, 1)));
    }

    @Test
    void failuresWhileLockedNeitherCountNorLengthenTheLock() {
        Lockout locked = failures(at(0, 0), at(0, 1), at(0, 2), at(0, 3), at(0, 4));
        Lockout later = locked.afterFailure(at(20, 0)).afterFailure(at(29, 0));
        assertEquals(locked, later);
        assertFalse(later.lockedAt(at(30, 4)));
    }

    @Test
    void afterTheLockEndsThePersonHasFiveTriesAgain() {
        Lockout l = failures(at(0, 0), at(0, 1), at(0, 2), at(0, 3), at(0, 4));
        l = l.afterFailure(at(31, 0)).afterFailure(at(31, 1)).afterFailure(at(31, 2)).afterFailure(at(31, 3));
        assertFalse(l.lockedAt(at(31, 3)));
        assertTrue(l.afterFailure(at(31, 4)).lockedAt(at(31, 4)));
    }
}
