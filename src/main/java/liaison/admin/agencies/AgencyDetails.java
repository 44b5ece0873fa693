package liaison.admin.agencies;

import java.time.Instant;
import liaison.agencies.AgencyKind;

/** An agency with everything its administrators see and edit. */
public record AgencyDetails(long id, AgencyKind kind, String name, String jurisdiction, String contactEmail,
                            String contactPhone, String timeZone, boolean active, Instant createdAt) {
}
