package liaison.search;

import java.time.LocalDate;
import java.util.List;
import liaison.accounts.Account;
import liaison.filing.Filing;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.requests.Subject;
import liaison.support.RequestFixture;

/** Requests about a chosen person with a chosen narrative, filed through the real filing service. */
final class SearchFixture {
    static final String DENVER_SHERIFF = "Denver Sheriff Department";

    private final RequestFixture requests;

    SearchFixture(RequestFixture requests) {
        this.requests = requests;
    }

    /** Files one information request by {@code requester}'s office to {@code agency}; returns its id. */
    long file(String requester, String agency, Subject subject, String narrative, Priority priority) {
        Account who = requests.account(requester);
        var filing = new Filing(0, 0, 0, RequestType.INFORMATION_REQUEST, priority, RequestFixture.ITEMS, narrative,
                null, null, List.of(requests.agency(agency)), List.of(subject), null, 0);
        long draft = requests.filings.saveDraft(who, filing).orElseThrow();
        String tracking = requests.filings.submit(who, draft, 0).orElseThrow().get(0);
        return requests.app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM requests WHERE tracking_number = :t").bind("t", tracking).mapTo(Long.class).one());
    }

    static Subject person(String name, String aliases, String aNumber, String fbi, String stateId, String booking) {
        return new Subject(name, aliases, LocalDate.of(1980, 1, 2), "Female", "Testland", aNumber, fbi, stateId,
                booking);
    }

    String tracking(long id) {
        return requests.app.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT tracking_number FROM requests WHERE id = :id").bind("id", id).mapTo(String.class).one());
    }
}
