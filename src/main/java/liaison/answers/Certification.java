package liaison.answers;

import java.time.Instant;

/** The clerk's certification of an answer, as it was given: who, as what, for which agency, when, in which words. */
public record Certification(long requestId, long certifiedBy, String clerkName, String clerkTitle, String agencyName,
                            Instant certifiedAt, String statement) {
}
