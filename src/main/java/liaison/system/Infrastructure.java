package liaison.system;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** What every feature's module is built on: the database, the clock its times come from, the portal's words. */
public record Infrastructure(Jdbi jdbi, Clock clock, Messages messages) {
}
