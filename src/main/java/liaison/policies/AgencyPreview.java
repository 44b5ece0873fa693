package liaison.policies;

import java.util.List;
import liaison.requests.RequestedItem;

/**
 * What one recipient's policy says about the items of a filing under its legal process, for the request form.
 *
 * @param version the policy version read, or null when the agency has published none
 */
public record AgencyPreview(long agencyId, String agencyName, Integer version, List<Line> lines) {

    /** One requested item and how the policy reads for it. */
    public record Line(RequestedItem item, Reading reading) {
    }
}
