package liaison.admin.agencies;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.admin.accounts.AccountAdministration;
import liaison.admin.accounts.Invitations;
import liaison.admin.accounts.InviteForm;
import liaison.admin.accounts.InvitePages;
import liaison.agencies.AgencyKind;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Pages;
import liaison.system.Paths;
import liaison.system.Problems;
import liaison.system.Role;

/**
 * The system admin's agency pages: every agency, add one, see one with its accounts, edit, deactivate and
 * reactivate it, and invite its agency admin (the first, or a new one when the last has left).
 */
final class AgencyAdminRoutes {
    private static final String BASE = "/system/agencies/";

    private final AgencyService agencies;
    private final Invitations invitations;
    private final AccountAdministration accounts;
    private final Messages messages;

    AgencyAdminRoutes(AgencyService agencies, Invitations invitations, AccountAdministration accounts,
                      Messages messages) {
        this.agencies = agencies;
        this.invitations = invitations;
        this.accounts = accounts;
        this.messages = messages;
    }

    public void list(Context ctx) {
        ctx.render("admin/agencies/agencies", Map.of("page", agencies.page(Pages.after(ctx))));
    }

    public void newForm(Context ctx) {
        renderForm(ctx, AgencyForm.blank(), null);
    }

    public void create(Context ctx) {
        AgencyForm form = AgencyForm.read(ctx.formParamMap());
        AgencyForm.Checked checked = form.check();
        Problems p = checked.problems();
        Optional<Long> id = Optional.empty();
        if (!p.any()) {
            id = agencies.create(actor(ctx), checked.values(), ctx.ip());
            p.when(id.isEmpty(), "name", "agencyForm.error.nameTaken");
        }
        if (p.any()) {
            invalid(ctx, form, null, p);
            return;
        }
        Flash.success(ctx, messages.get("agency.done.created", checked.values().name()));
        ctx.redirect(BASE + id.get(), HttpStatus.SEE_OTHER);
    }

    public void detail(Context ctx) {
        renderDetail(ctx, agency(ctx), InviteForm.blank(), new Problems());
    }

    public void editForm(Context ctx) {
        AgencyDetails agency = agency(ctx);
        renderForm(ctx, AgencyForm.of(agency), agency);
    }

    public void update(Context ctx) {
        AgencyDetails agency = agency(ctx);
        AgencyForm typed = AgencyForm.read(ctx.formParamMap());
        // the kind is fixed once an agency exists: its accounts' roles and its requests depend on it
        AgencyForm form = new AgencyForm(agency.kind().name(), typed.name(), typed.jurisdiction(),
                typed.contactEmail(), typed.contactPhone(), typed.timeZone());
        AgencyForm.Checked checked = form.check();
        Problems p = checked.problems();
        if (!p.any()) {
            AgencyService.Saved saved = agencies.update(actor(ctx), agency.id(), checked.values(), ctx.ip());
            if (saved == AgencyService.Saved.NOT_FOUND) {
                throw new NotFoundResponse();
            }
            p.when(saved == AgencyService.Saved.NAME_TAKEN, "name", "agencyForm.error.nameTaken");
        }
        if (p.any()) {
            invalid(ctx, form, agency, p);
            return;
        }
        Flash.success(ctx, messages.get("agency.done.updated", checked.values().name()));
        ctx.redirect(BASE + agency.id(), HttpStatus.SEE_OTHER);
    }

    public void deactivate(Context ctx) {
        AgencyDetails agency = agency(ctx);
        agencies.deactivate(actor(ctx), agency.id(), ctx.ip());
        Flash.success(ctx, messages.get("agency.done.deactivated", agency.name()));
        ctx.redirect(BASE + agency.id(), HttpStatus.SEE_OTHER);
    }

    public void reactivate(Context ctx) {
        AgencyDetails agency = agency(ctx);
        agencies.reactivate(actor(ctx), agency.id(), ctx.ip());
        Flash.success(ctx, messages.get("agency.done.reactivated", agency.name()));
        ctx.redirect(BASE + agency.id(), HttpStatus.SEE_OTHER);
    }

    /** Invites an agency admin: the one role a system admin gives, and only to an active agency. */
    public void inviteAdmin(Context ctx) {
        AgencyDetails agency = agency(ctx);
        if (!agency.active()) {
            throw new ForbiddenResponse();
        }
        Map<String, List<String>> posted = new HashMap<>(ctx.formParamMap());
        posted.put("roles", List.of(Role.AGENCY_ADMIN.name()));
        InviteForm form = InviteForm.read(posted);
        InviteForm.Checked checked = form.check(agency.id(), java.util.EnumSet.of(Role.AGENCY_ADMIN));
        Problems p = checked.problems();
        Optional<Invitations.Sent> sent = Optional.empty();
        if (!p.any()) {
            sent = invitations.invite(actor(ctx), checked.account(), ctx.ip());
            p.when(sent.isEmpty(), "email", "invite.error.emailTaken");
        }
        if (p.any()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            renderDetail(ctx, agency, form, p);
            return;
        }
        InvitePages.sent(ctx, sent.get(), checked.account().email(), "/system/accounts");
    }

    private void renderDetail(Context ctx, AgencyDetails agency, InviteForm invite, Problems p) {
        String after = Pages.after(ctx);
        Map<String, Object> page = new HashMap<>();
        page.put("agency", agency);
        page.put("accounts", accounts.ofAgency(agency.id(), after));
        page.put("form", invite);
        p.show(page, messages, "invite.field.");
        ctx.render("admin/agencies/agency", page);
    }

    private void invalid(Context ctx, AgencyForm form, AgencyDetails agency, Problems p) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        Map<String, Object> page = formPage(form, agency);
        p.show(page, messages, "agencyForm.field.");
        ctx.render("admin/agencies/agency-form", page);
    }

    private void renderForm(Context ctx, AgencyForm form, AgencyDetails agency) {
        Map<String, Object> page = formPage(form, agency);
        Problems.none(page);
        ctx.render("admin/agencies/agency-form", page);
    }

    private static Map<String, Object> formPage(AgencyForm form, AgencyDetails agency) {
        Map<String, Object> page = new HashMap<>();
        page.put("form", form);
        page.put("agency", agency);
        page.put("action", agency == null ? "/system/agencies/new" : BASE + agency.id() + "/edit");
        page.put("kinds", AgencyKind.values());
        page.put("zones", TimeZones.US);
        return page;
    }

    private AgencyDetails agency(Context ctx) {
        return agencies.find(Paths.id(ctx)).orElseThrow(NotFoundResponse::new);
    }

    private static Account actor(Context ctx) {
        return Account.signedIn(ctx);
    }
}
