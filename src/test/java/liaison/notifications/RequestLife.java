package liaison.notifications;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import liaison.enforcement.Enforcement;
import liaison.enforcement.NewCourtOrder;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.support.RequestFixture;
import liaison.support.TestApp;

/** A subpoena's whole life through the real services, each step by the person who takes it. */
final class RequestLife {
    static final String QUESTION = "Which facility holds the person? (invented)";
    static final String REPLY = "The Rikers booking of October, on the assault charge (invented).";
    static final String PROVIDED = "2026-12-01 09:00 release, Rikers Island (invented)";

    final RequestFixture requests;
    private final Enforcement enforcement;

    RequestLife(TestApp app) {
        this.requests = new RequestFixture(app);
        this.enforcement = app.modules().enforcement().service();
    }

    /** File, serve, acknowledge, clarify, decline, refer, court order, answer; returns the request's id. */
    long subpoenaLife() {
        long id = requests.file(RequestType.ADMINISTRATIVE_SUBPOENA);
        requests.workflow.approve(requests.account(RequestFixture.NY_APPROVER), id, requests.version(id),
                RequestFixture.AFFIRMED);
        requests.workflow.acknowledge(clerk(), id, requests.version(id));
        requests.workflow.askClarification(clerk(), id, requests.version(id), QUESTION);
        requests.workflow.answerClarification(requests.account(RequestFixture.NY_REQUESTER), id, requests.version(id),
                REPLY);
        answer(id, Disposition.WITHHELD);
        enforcement.refer(approver(), id, requests.version(id), "Referred to the U.S. Attorney's Office.");
        enforcement.recordCourtOrder(approver(), id, requests.version(id), new NewCourtOrder(
                "U.S. District Court for the Southern District of New York", "1:26-mc-00417", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 30), null, "order.pdf",
                "%PDF-1.4\n% order (test)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)), "127.0.0.1");
        answer(id, Disposition.PROVIDED);
        return id;
    }

    private void answer(long id, Disposition disposition) {
        Map<RequestedItem, ItemAnswer> items = new LinkedHashMap<>();
        RequestFixture.ITEMS.forEach(i -> items.put(i, disposition == Disposition.PROVIDED
                ? new ItemAnswer(i, disposition, PROVIDED, null)
                : new ItemAnswer(i, disposition, null, "NYC Admin. Code § 9-131: administrative, not judicial, process")));
        requests.answering.answer(clerk(), id, requests.version(id), items, false, StructuredAnswer.NONE);
    }

    liaison.accounts.Account clerk() {
        return requests.account(RequestFixture.NYC_CLERK);
    }

    liaison.accounts.Account approver() {
        return requests.account(RequestFixture.NY_APPROVER);
    }
}
