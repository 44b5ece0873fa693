package liaison.filing;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liaison.accounts.Account;
import liaison.agencies.Agency;
import liaison.agencies.AgencyKind;
import liaison.deadlines.BusinessCalendar;
import liaison.filing.FilingForm.Mode;
import liaison.policies.PolicyService;
import liaison.requests.Priority;
import liaison.requests.Request;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.WorkflowException;
import liaison.system.Flash;
import liaison.system.FormKeys;
import liaison.system.FormDates;
import liaison.system.Messages;
import liaison.system.Paths;
import liaison.system.Problems.Shown;

/**
 * The request form and the office's drafts (DESIGN.md §3): save a draft, edit it, delete it, submit it. Submitting
 * saves the draft first and files exactly what was saved, so the stale check of the draft covers the filing too.
 */
final class FilingRoutes {
    /** Return dates are counted from today where the federal offices are (DESIGN.md §4). */
    private static final ZoneId OFFICE_TIME = ZoneId.of("America/New_York");
    private static final Pattern SUBJECT_FIELD = Pattern.compile("s(\\d+)-(\\w+)");
    /** The policy preview alone, for the form's script; FilingModule routes it. */
    static final String PREVIEW_PATH = "/requests/new/policy-preview";
    /** The action of a subject section's "Remove" button, followed by the section's number (filing/subject.html). */
    private static final String REMOVE_SUBJECT = "removeSubject-";

    private final FilingService filings;
    private final Clock clock;
    private final Messages messages;
    private final PolicyPreview preview;
    private final FormKeys keys;

    FilingRoutes(FilingService filings, Clock clock, Messages messages, PolicyService policies, FormKeys keys) {
        this.filings = filings;
        this.keys = keys;
        this.clock = clock;
        this.messages = messages;
        this.preview = new PolicyPreview(policies);
    }

    public void newForm(Context ctx) {
        requireOffice(ctx);
        render(ctx, page(FilingForm.blank(), 0, 0));
    }

    public void create(Context ctx) {
        requireOffice(ctx);
        process(ctx, 0, 0);
    }

    public void editForm(Context ctx) {
        Filing draft = draft(ctx);
        render(ctx, page(FilingForm.of(draft), draft.id(), draft.version()));
    }

    public void update(Context ctx) {
        Filing draft = draft(ctx);
        process(ctx, draft.id(), parseInt(ctx.formParam("version")));
    }

    public void delete(Context ctx) {
        if (!filings.deleteDraft(account(ctx), Paths.id(ctx))) {
            throw new NotFoundResponse();
        }
        Flash.success(ctx, messages.get("filing.deleted"));
        ctx.redirect("/requests/drafts", HttpStatus.SEE_OTHER);
    }

    /**
     * The form's policy preview alone (templates/filing/policy-preview.html), for the type, agencies and items in
     * the query, as static/js/policy-preview.js asks for it while the form is filled in; saves nothing.
     */
    public void policyPreview(Context ctx) {
        requireOffice(ctx);
        Map<String, Object> page = new HashMap<>();
        preview.put(page, FilingForm.read(ctx.queryParamMap()), filings.recipients());
        page.put("previewLive", true);
        page.put("previewUrl", PREVIEW_PATH);
        ctx.header("Cache-Control", "no-store");
        ctx.render("filing/policy-preview", page);
    }

    public void drafts(Context ctx) {
        Account actor = requireOffice(ctx);
        ctx.render("filing/drafts", Map.of("drafts", filings.drafts(actor)));
    }

    private void process(Context ctx, long id, int version) {
        Account actor = account(ctx);
        if (keys.replayed(ctx, actor.id())) {
            return; // this form was sent and done before: where it went then
        }
        FilingForm form = FilingForm.read(ctx.formParamMap());
        String asked = String.valueOf(ctx.formParam("action"));
        if ("addSubject".equals(asked) || asked.startsWith(REMOVE_SUBJECT)) {
            // one subject section more or less: nothing is checked or saved, the form comes back as typed
            render(ctx, page(asked.startsWith(REMOVE_SUBJECT)
                    ? form.withoutSubject(parseInt(asked.substring(REMOVE_SUBJECT.length())))
                    : form.withAnotherSubject(), id, version));
            return;
        }
        if ("preview".equals(ctx.formParam("action"))) {
            // what the recipients' policies say: nothing is checked or saved, the form comes back as typed
            Map<String, Object> page = page(form, id, version);
            page.put("previewAsked", true);
            render(ctx, page);
            return;
        }
        boolean submit = "submit".equals(ctx.formParam("action"));
        var checked = form.check(submit ? Mode.SUBMIT : Mode.DRAFT, localAgencyIds(), today());
        if (checked.filing() == null) {
            Map<String, Object> page = page(form, id, version);
            show(page, checked.problems());
            render(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), page);
            return;
        }
        Filing filing = checked.filing().withId(id, version);
        if (submit && !form.confirmDuplicates()) {
            List<Request> duplicates = filings.duplicates(actor, filing);
            if (!duplicates.isEmpty()) {
                Map<String, Object> page = page(form, id, version);
                page.put("duplicates", duplicates);
                render(ctx, page);
                return;
            }
        }
        FilingService.Result result;
        try {
            result = filings.send(actor, filing, submit, FormKeys.sent(ctx), r -> reply(r, filing));
        } catch (FormKeys.AlreadySent e) {
            // sent twice at once: the other sending did it; this one goes where that one went
            if (keys.replayed(ctx, actor.id())) {
                return;
            }
            throw e;
        }
        if (result.stale()) {
            stale(ctx, actor, form, result.draftId());
            return;
        }
        FormKeys.Reply reply = reply(result, filing);
        Flash.success(ctx, reply.message());
        ctx.redirect(reply.location(), HttpStatus.SEE_OTHER);
    }

    /** Where a saved or filed form leads, and what it says there (kept with the form's key for a second sending). */
    private FormKeys.Reply reply(FilingService.Result result, Filing filing) {
        if (result.tracking().isEmpty()) {
            return new FormKeys.Reply("/requests/drafts/" + result.draftId(), messages.get("filing.saved"));
        }
        List<String> tracking = result.tracking().get();
        return new FormKeys.Reply("/requests", messages.get("filing.filed", tracking.size(), String.join(", ", tracking))
                + (filing.type().needsApproval() ? " " + messages.get("filing.filed.approval") : ""));
    }

    /**
     * Someone saved or filed the draft since this form was opened. What was typed is shown again, carrying the
     * draft's current version, so saving once more replaces the other change knowingly; a draft filed or deleted
     * in the meantime can be saved as a new one.
     */
    private void stale(Context ctx, Account actor, FilingForm form, long id) {
        Optional<Filing> current = filings.draft(actor, id);
        Map<String, Object> page = current.map(d -> page(form, d.id(), d.version())).orElseGet(() -> page(form, 0, 0));
        page.put("stale", current.isPresent() ? "filing.stale.changed" : "filing.stale.gone");
        render(ctx.status(HttpStatus.CONFLICT), page);
    }

    private Map<String, Object> page(FilingForm form, long id, int version) {
        Map<String, Object> page = new HashMap<>();
        page.put("titleKey", id == 0 ? "filing.title.new" : "filing.title.edit");
        String action = id == 0 ? "/requests/new" : "/requests/drafts/" + id;
        page.put("action", action);
        page.put("filingId", id);
        page.put("version", version);
        page.put("form", form);
        page.put("maxSubjects", FilingForm.MAX_SUBJECTS);
        // where "Add another subject" lands: the first field of the section it adds, while one more is allowed
        int next = form.subjects().size() + 1;
        page.put("addSubjectAction", next > FilingForm.MAX_SUBJECTS ? null
                : action + "#s" + next + "-fullName");
        List<Agency> agencies = filings.recipients();
        page.put("agencies", agencies);
        preview.put(page, form, agencies);
        page.put("previewUrl", PREVIEW_PATH);
        page.put("types", RequestType.values());
        page.put("priorities", Priority.values());
        page.put("requestedItems", RequestedItem.values());
        page.put("sexes", FilingForm.SEXES);
        page.put("maxNarrative", FilingForm.MAX_NARRATIVE);
        page.put("earliestReturn", FormDates.format(
                BusinessCalendar.federal().addBusinessDays(today(), FilingForm.RETURN_BUSINESS_DAYS)));
        page.put("problems", List.of());
        page.put("errors", Map.of());
        page.put("duplicates", List.of());
        page.put("stale", null);
        return page;
    }

    /**
     * Puts each problem's words on the page: each field shows the first of its own, and the summary lists that
     * one, once, linking to the field.
     */
    private void show(Map<String, Object> page, List<FilingForm.Problem> problems) {
        List<Shown> shown = problems.stream().map(p -> {
            String text = messages.get(p.key(), p.args().toArray());
            return new Shown(p.field(), p.anchor(), text, label(p.field()) + ": " + text);
        }).toList();
        Map<String, Shown> first = shown.stream().collect(Collectors.toMap(Shown::field, s -> s, (a, b) -> a,
                LinkedHashMap::new));
        page.put("problems", List.copyOf(first.values()));
        Map<String, String> errors = new LinkedHashMap<>();
        first.forEach((field, s) -> errors.put(field, s.text()));
        page.put("errors", errors);
    }

    /** "Narrative and justification", or "Subject 2, A-number" for a field of a subject fieldset (s2-aNumber). */
    private String label(String field) {
        Matcher m = SUBJECT_FIELD.matcher(field);
        return m.matches() ? messages.get("filing.subject.legend", Integer.parseInt(m.group(1))) + ", "
                + messages.get("filing.field." + m.group(2)) : messages.get("filing.field." + field);
    }

    private static void render(Context ctx, Map<String, Object> page) {
        ctx.render("filing/form", page);
    }

    private Set<Long> localAgencyIds() {
        return filings.recipients().stream().map(Agency::id).collect(Collectors.toSet());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OFFICE_TIME);
    }

    /** The draft named in the path, if it is one of this office's; anything else is not found. */
    private Filing draft(Context ctx) {
        return filings.draft(account(ctx), Paths.id(ctx)).orElseThrow(NotFoundResponse::new);
    }

    private static int parseInt(String raw) {
        try {
            return raw == null ? -1 : Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            return -1; // no draft has it: handled as a stale form
        }
    }

    /** Only requesters of a federal office file; the route table lets only requesters in. */
    private static Account requireOffice(Context ctx) {
        Account actor = account(ctx);
        if (actor.agencyKind() != AgencyKind.FEDERAL_OFFICE) {
            throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED, "only federal offices file requests");
        }
        return actor;
    }

    private static Account account(Context ctx) {
        return Account.signedIn(ctx);
    }
}
