package liaison.requests;

import java.util.Collection;

/** The overall outcome of an answer follows from how its items were answered. */
public final class Outcomes {
    private Outcomes() {
    }

    /**
     * Everything provided: fulfilled; some provided: partially fulfilled; nothing provided but something
     * withheld: declined; nothing held at all: no records — or not in custody, when the clerk says so.
     */
    public static Outcome of(Collection<Disposition> items, boolean notInCustody) {
        long provided = items.stream().filter(d -> d == Disposition.PROVIDED).count();
        boolean withheld = items.contains(Disposition.WITHHELD);
        if (provided == items.size() && provided > 0) {
            return Outcome.FULFILLED;
        }
        if (provided > 0) {
            return Outcome.PARTIALLY_FULFILLED;
        }
        if (withheld) {
            return Outcome.DECLINED;
        }
        return notInCustody ? Outcome.NOT_IN_CUSTODY : Outcome.NO_RECORDS;
    }
}
