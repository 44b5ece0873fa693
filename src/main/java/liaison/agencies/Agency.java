package liaison.agencies;

import java.time.Instant;

public record Agency(long id, AgencyKind kind, String name, String jurisdiction, boolean active, Instant createdAt) {
}
