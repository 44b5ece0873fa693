package liaison.requests;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liaison.accounts.Account;
import liaison.deadlines.DueClock;
import liaison.system.Formats;
import liaison.system.Messages;
import liaison.system.Pages;
import liaison.system.Paths;
import liaison.system.Problems;
import liaison.system.Role;

/**
 * The office's list of requests and one request's detail page, with the forms its viewer may use. The action
 * routes render the same page again, with what was typed and why it was not accepted.
 */
public final class RequestRoutes {
    private final RequestViews views;
    private final RequestPolicy policy;
    private final Messages messages;
    private final List<RequestSection> sections;
    private final ApprovalLists lists;

    /** A listed request with how its clock reads now. */
    public record Row(Request request, DueClock.Status status) {
    }

    /** A field of a form that could not be sent, shown so that nothing typed is lost. */
    public record Unsent(String label, String text) {
    }

    /** {@code sections}: what other features add to the page, in the order they are asked. */
    RequestRoutes(RequestViews views, RequestPolicy policy, Messages messages, List<RequestSection> sections) {
        this.views = views;
        this.policy = policy;
        this.messages = messages;
        this.sections = List.copyOf(sections);
        this.lists = new ApprovalLists(views, this);
    }

    /**
     * GET /requests: the office's requests, newest first; on the first page approvers see above them the first few
     * waiting for their signature and the first few they may refer, each with how many there are.
     */
    public void list(Context ctx) {
        Account viewer = account(ctx);
        long before = before(Pages.after(ctx));
        Pages<Row> page = Pages.of(rows(views.ofOffice(viewer, before)), row -> String.valueOf(row.request().id()));
        boolean firstPage = before == Long.MAX_VALUE;
        Map<String, Object> model = new HashMap<>();
        model.put("office", viewer.agencyName());
        model.put("page", page);
        model.put("requests", page.items());
        model.put("approver", viewer.has(Role.APPROVER));
        model.put("later", !firstPage);
        boolean lead = viewer.has(Role.APPROVER) && firstPage;
        model.put("pending", lead ? lists.waiting(viewer) : null);
        model.put("referable", lead ? lists.referable(viewer) : null);
        model.put("heading", heading(viewer));
        ctx.render("requests/list", model);
    }

    /** GET /requests/{id}: 404 for a request the viewer may not see, as for one that does not exist. */
    public void detail(Context ctx) {
        Account viewer = account(ctx);
        RequestView view = views.detail(viewer, Paths.id(ctx), ctx.ip()).orElseThrow(NotFoundResponse::new);
        render(ctx, viewer, view, ActionForm.blank(messages), null, null);
    }

    /**
     * The detail page. {@code action} names the form that was posted (a key of {@link #can}), {@code stale} the
     * message when the request changed since that form was opened; both null on a plain view.
     */
    public void render(Context ctx, Account viewer, RequestView view, ActionForm form, String action, String stale) {
        Request r = view.request();
        Map<String, Boolean> can = can(viewer, view);
        List<TimelineEvent> timeline = timeline(viewer, view);
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("r", r);
        model.put("s", r.subject());
        model.put("items", view.items().stream().sorted(Comparator.comparing(ItemAnswer::item)).toList());
        model.put("can", can);
        model.put("duplicates", views.duplicates(viewer, r));
        model.put("affirmation", views.affirmation(r).orElse(null));
        // instead of the approve button: why this approving officer may not sign, so they know whom to ask
        model.put("approvalNeedsAnother", policy.approvalNeedsAnother(viewer, r));
        model.put("due", view.clock().due().orElse(null));
        model.put("status", view.clock().status());
        model.put("timeline", timeline);
        model.put("zone", ActionForm.zoneOf(r).getId());
        model.put("dispositions", Disposition.values());
        model.put("typed", form.typed());
        model.put("errors", form.errors());
        model.put("problems", Problems.summary(form.errors()));
        model.put("stale", stale);
        sections.forEach(section -> section.addTo(model, viewer, view, can));
        boolean formGone = stale != null && action != null && !can.getOrDefault(action, false);
        model.put("unsent", formGone ? unsent(form, r) : List.of());
        ctx.render("requests/detail", model);
    }

    /** What the request's latest visible change was, for the "changed since you opened it" message. */
    public String lastChange(Account viewer, RequestView view) {
        List<TimelineEvent> timeline = timeline(viewer, view);
        if (timeline.isEmpty() || timeline.size() < view.timeline().size()
                && !timeline.get(timeline.size() - 1).equals(view.timeline().get(view.timeline().size() - 1))) {
            // the latest change is one the viewer does not see (an internal note): say only that there was one
            return messages.get("request.stale.unknown");
        }
        TimelineEvent last = timeline.get(timeline.size() - 1);
        String who = last.actorName() == null ? messages.get("request.timeline.system")
                : last.actorAgency() == null ? last.actorName() : last.actorName() + " (" + last.actorAgency() + ")";
        return messages.get("request.stale.change", messages.get(last.kind().messageKey()), who,
                Formats.of(viewer).dateTime(last.occurredAt()), view.request().state().label());
    }

    /** The forms this viewer may use on this request as it is now, by name; templates show only these. */
    public Map<String, Boolean> can(Account a, RequestView view) {
        Request r = view.request();
        Map<String, Boolean> can = new LinkedHashMap<>();
        can.put("approve", policy.canApprove(a, r));
        can.put("return", policy.canReturn(a, r));
        can.put("resubmit", policy.canResubmit(a, r));
        can.put("acknowledge", policy.canAcknowledge(a, r));
        can.put("askClarification", policy.canAskClarification(a, r));
        can.put("answerClarification", policy.canAnswerClarification(a, r));
        can.put("note", policy.canAddNote(a, r));
        can.put("answer", policy.canAnswer(a, r));
        can.put("amendRelease", policy.canAmendRelease(a, view));
        can.put("extend", policy.canExtend(a, r));
        can.put("withdraw", policy.canWithdraw(a, r));
        can.put("close", policy.canClose(a, r));
        sections.forEach(section -> can.putAll(section.can(a, r)));
        can.put("any", can.containsValue(true));
        return can;
    }

    /** The approving officer's full lists: what waits for their signature, what they may refer. */
    ApprovalLists lists() {
        return lists;
    }

    /** The heading the menu gave the list: an approving officer's home is what waits for them. */
    static String heading(Account viewer) {
        return viewer.has(Role.APPROVER) && !viewer.has(Role.REQUESTER) ? "nav.approvals" : "nav.requests";
    }

    public static Account account(Context ctx) {
        return Account.signedIn(ctx);
    }

    public List<Row> rows(List<Request> requests) {
        return requests.stream().map(r -> new Row(r, views.status(r))).toList();
    }

    private static long before(String after) {
        try {
            long id = Long.parseLong(after);
            return id > 0 ? id : Long.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Internal notes are the answering agency's own, and so is the timeline line saying one was added. */
    private List<TimelineEvent> timeline(Account viewer, RequestView view) {
        if (policy.seesInternalNotes(viewer, view.request())) {
            return view.timeline();
        }
        return view.timeline().stream().filter(e -> e.kind() != TimelineKind.NOTE_ADDED).toList();
    }

    /** What was typed into a form the viewer can no longer use, with the fields' labels. */
    private List<Unsent> unsent(ActionForm form, Request r) {
        List<Unsent> unsent = new ArrayList<>();
        form.typed().forEach((name, text) -> {
            if (!text.isBlank()) {
                unsent.add(new Unsent(fieldLabel(form, name, r), name.startsWith("disposition-")
                        ? dispositionLabel(text) : text));
            }
        });
        return unsent;
    }

    /** A chosen disposition as the radio button's label read ("Not held"), not as posted (NOT_HELD). */
    private static String dispositionLabel(String posted) {
        for (Disposition d : Disposition.values()) {
            if (d.name().equals(posted.strip())) {
                return d.label();
            }
        }
        return posted;
    }

    private static String fieldLabel(ActionForm form, String name, Request r) {
        for (RequestedItem item : r.items()) {
            for (String field : List.of("disposition", "value", "basis", "basisChoice")) {
                if (name.equals(field + "-" + item.name())) {
                    return form.label(field, item);
                }
            }
        }
        return form.label(name);
    }
}
