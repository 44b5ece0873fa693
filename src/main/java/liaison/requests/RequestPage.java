package liaison.requests;

import java.util.List;
import liaison.system.Route;

import static liaison.system.Role.APPROVER;
import static liaison.system.Role.CLERK;
import static liaison.system.Role.REQUESTER;

/**
 * The office's list, a request's page and the workflow's forms on it. Features whose forms sit on the page
 * (answers, enforcement) render it again through {@link #view()} and run their forms through {@link #forms()}.
 */
public final class RequestPage {
    private final RequestRoutes view;
    private final RequestActionRoutes forms;
    private final ApprovalRoutes approval;

    RequestPage(RequestRoutes view, RequestActionRoutes forms, ApprovalRoutes approval) {
        this.view = view;
        this.forms = forms;
        this.approval = approval;
    }

    public RequestRoutes view() {
        return view;
    }

    public RequestActionRoutes forms() {
        return forms;
    }

    /**
     * Who may do what to which request is RequestPolicy's, in the workflow. The {id} routes go after every
     * /requests/<word> route of other features: the first route that matches a path answers it.
     */
    public List<Route> routes() {
        return List.of(
                Route.get("/requests", view::list, REQUESTER, APPROVER),
                Route.get("/requests/waiting", view.lists()::waitingPage, APPROVER),
                Route.get("/requests/referable", view.lists()::referablePage, APPROVER),
                Route.get("/requests/{id}", view::detail, REQUESTER, APPROVER, CLERK),
                Route.get("/requests/{id}/approve", approval::page, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/approve", approval::approve, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/return", forms::returnToRequester, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/resubmit", forms::resubmit, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/acknowledge", forms::acknowledge, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/ask-clarification", forms::askClarification, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/answer-clarification", forms::answerClarification,
                        REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/note", forms::addNote, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/extend", forms::extend, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/withdraw", forms::withdraw, REQUESTER, APPROVER, CLERK),
                Route.post("/requests/{id}/close", forms::close, REQUESTER, APPROVER, CLERK));
    }
}
