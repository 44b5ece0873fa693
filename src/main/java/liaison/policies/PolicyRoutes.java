package liaison.policies;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.agencies.Agency;
import liaison.agencies.AgencyKind;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Pages;
import liaison.system.Paths;
import liaison.system.Problems.Shown;

/**
 * The policy pages: the agency admin's page to publish a new version (post-redirect-get; bad input and stale
 * forms come back with everything typed), an agency's profile with its current policy, and any older version.
 */
final class PolicyRoutes {

    private final PolicyService policies;
    private final Messages messages;

    PolicyRoutes(PolicyService policies, Messages messages) {
        this.policies = policies;
        this.messages = messages;
    }

    /** GET /agency/policy. */
    public void page(Context ctx) {
        Account admin = admin(ctx);
        PolicyVersion current = policies.current(admin.agencyId()).orElse(null);
        ctx.render("policies/publish", model(admin, current, PolicyForm.of(current), List.of()));
    }

    /** POST /agency/policy. */
    public void publish(Context ctx) {
        Account admin = admin(ctx);
        PolicyVersion current = policies.current(admin.agencyId()).orElse(null);
        PolicyForm form = PolicyForm.read(ctx.formParamMap());
        PolicyForm.Checked checked = form.check(policies.today(admin.agencyId()), current);
        if (checked.policy() == null) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            ctx.render("policies/publish", model(admin, current, form, checked.problems()));
            return;
        }
        Optional<Integer> published = policies.publish(admin, checked.policy(), form.basedOn());
        if (published.isEmpty()) {
            // another admin published meanwhile: show theirs as current, keep what was typed, based on theirs
            PolicyVersion now = policies.current(admin.agencyId()).orElse(null);
            PolicyForm rebased = new PolicyForm(form.statement(), form.citations(), form.effectiveOn(), form.cells(),
                    now == null ? 0 : now.version());
            Map<String, Object> model = model(admin, now, rebased, List.of());
            model.put("stale", true);
            ctx.status(HttpStatus.CONFLICT);
            ctx.render("policies/publish", model);
            return;
        }
        Flash.success(ctx, messages.get("policy.publishedFlash", published.get()));
        ctx.redirect("/agency/policy", HttpStatus.SEE_OTHER);
    }

    /** GET /agencies/{id}: any agency, for anyone signed in; a local agency's current policy and its versions. */
    public void profile(Context ctx) {
        Agency agency = agency(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("agency", agency);
        model.put("local", agency.kind() == AgencyKind.LOCAL_AGENCY);
        PolicyVersion current = policies.current(agency.id()).orElse(null);
        model.put("policy", current);
        int before = before(Pages.after(ctx));
        Pages<PolicyDao.Line> page = Pages.of(policies.versions(agency.id(), before, Pages.SIZE + 1),
                line -> String.valueOf(line.version()));
        model.put("page", page);
        model.put("currentVersion", current == null ? 0 : current.version());
        model.put("canPublish", PolicyRules.canPublishFor(account(ctx), agency.id()));
        putMatrix(model);
        ctx.render("policies/profile", model);
    }

    /** GET /agencies/{id}/policy/{version}: one version, current or not. */
    public void version(Context ctx) {
        Agency agency = agency(ctx);
        PolicyVersion version = policies.version(agency.id(), Paths.number(ctx, "version"))
                .orElseThrow(NotFoundResponse::new);
        Map<String, Object> model = new HashMap<>();
        model.put("agency", agency);
        model.put("policy", version);
        model.put("currentVersion", policies.current(agency.id()).map(PolicyVersion::version).orElse(0));
        putMatrix(model);
        ctx.render("policies/version", model);
    }

    private Map<String, Object> model(Account admin, PolicyVersion current, PolicyForm form, List<PolicyForm.Problem> problems) {
        Map<String, Object> model = new HashMap<>();
        model.put("agencyId", admin.agencyId());
        model.put("agencyName", admin.agencyName());
        model.put("policy", current);
        model.put("form", form);
        model.put("nextVersion", form.basedOn() + 1);
        model.put("today", policies.today(admin.agencyId()).toString());
        model.put("versions", policies.versions(admin.agencyId(), Integer.MAX_VALUE, Pages.SIZE));
        model.put("stale", false);
        model.put("maxStatement", PolicyForm.MAX_STATEMENT);
        Map<String, String> errors = new LinkedHashMap<>();
        PolicyForm.byField(problems).forEach((field, p) -> errors.put(field, messages.get(p.key(), p.args().toArray())));
        model.put("errors", errors);
        model.put("problems", summary(problems, errors));
        putMatrix(model);
        return model;
    }

    /**
     * The error summary: one line per field, except the matrix's cells, summed up in one line linking to the
     * first cell to correct (each cell still shows its own message).
     */
    private List<Shown> summary(List<PolicyForm.Problem> problems, Map<String, String> errors) {
        List<Shown> shown = new ArrayList<>();
        List<String> cells = errors.keySet().stream().filter(f -> f.startsWith("rule-")).toList();
        errors.forEach((field, text) -> {
            if (!field.startsWith("rule-")) {
                shown.add(new Shown(field, text, text));
            } else if (field.equals(cells.get(0))) {
                String summary = cells.size() == 1 ? text : messages.get("policy.error.cells", cells.size(),
                        RequestedItem.values().length * LegalProcess.values().length);
                shown.add(new Shown(field, text, summary));
            }
        });
        return shown;
    }

    private static void putMatrix(Map<String, Object> model) {
        model.put("items", RequestedItem.values());
        model.put("processes", LegalProcess.values());
        model.put("decisions", Decision.values());
    }

    /** Only a local agency's admin; the route table lets only agency admins in. */
    private static Account admin(Context ctx) {
        Account a = account(ctx);
        if (!PolicyRules.canPublish(a)) {
            throw new ForbiddenResponse();
        }
        return a;
    }

    private Agency agency(Context ctx) {
        long id = Paths.number(ctx, "id");
        return policies.agency(id).orElseThrow(NotFoundResponse::new);
    }

    private static int before(String after) {
        try {
            int n = Integer.parseInt(after);
            return n > 0 ? n : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static Account account(Context ctx) {
        return Account.signedIn(ctx);
    }
}
