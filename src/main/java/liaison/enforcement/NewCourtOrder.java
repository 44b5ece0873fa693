package liaison.enforcement;

import java.time.LocalDate;
import java.util.Set;
import liaison.requests.RequestedItem;

/**
 * A court order to record on a referred subpoena, as {@link CourtOrderForm} checked it (or the demo script wrote it).
 *
 * @param narrowed   what the court ordered produced when it left something out; null when it ordered every item
 * @param returnDate the new return date the court set
 * @param document   the order itself, a PDF
 */
public record NewCourtOrder(String court, String caseNumber, LocalDate orderDate, LocalDate returnDate,
                            Set<RequestedItem> narrowed, String fileName, byte[] document) {
}
