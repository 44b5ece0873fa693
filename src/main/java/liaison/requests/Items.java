package liaison.requests;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Requested items stored as one comma-separated column, in the enum's order. */
public final class Items {
    private Items() {
    }

    public static String join(Set<RequestedItem> items) {
        return items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<RequestedItem> split(String stored) {
        Set<RequestedItem> items = EnumSet.noneOf(RequestedItem.class);
        if (stored != null && !stored.isEmpty()) {
            Arrays.stream(stored.split(",")).map(RequestedItem::valueOf).forEach(items::add);
        }
        return items;
    }
}
