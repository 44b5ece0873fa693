package liaison.requests;

import java.util.List;
import liaison.deadlines.DueClock;

/** Everything the detail page shows of one request, already limited to what the viewer may see. */
public record RequestView(Request request, List<ItemAnswer> items, StructuredAnswer answer,
                          List<TimelineEvent> timeline, List<ClockEntry> clockLedger, DueClock.Reading clock,
                          List<Message> messages) {
}
