package liaison.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in attempts per client address (password and code steps alike), counted in the database so every
 * instance shares the count; rows older than the window are deleted as new ones come.
 */
public final class SignInRateLimit {
    public static final int DEFAULT_PER_MINUTE = 20;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final int perMinute;

    public SignInRateLimit(Jdbi jdbi, Clock clock, int perMinute) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts an attempt from this address; false when it is over the limit and must be refused. */
    public boolean allow(String clientIp) {
        Instant now = clock.instant();
        String ip = clientIp == null ? "" : clientIp.substring(0, Math.min(clientIp.length(), 64));
        return jdbi.onDemand(AccountSecurityDao.class).recordAttempt(ip, now, now.minus(WINDOW)) <= perMinute;
    }
}
