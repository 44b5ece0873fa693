package liaison.admin.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.system.Messages;
import liaison.system.Problems;
import liaison.system.Role;

/** The agency admin's invitation form, and the page that says how the link went out. */
public final class InvitePages {
    private final Invitations invitations;
    private final Messages messages;

    public InvitePages(Invitations invitations, Messages messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    public void form(Context ctx) {
        render(ctx, page(actor(ctx), InviteForm.blank()));
    }

    public void invite(Context ctx) {
        Account actor = actor(ctx);
        InviteForm form = InviteForm.read(ctx.formParamMap());
        InviteForm.Checked checked = form.check(actor.agencyId(), AdminPolicy.assignable(actor.agencyKind()));
        Problems p = checked.problems();
        Optional<Invitations.Sent> sent = Optional.empty();
        if (!p.any()) {
            sent = invitations.invite(actor, checked.account(), ctx.ip());
            p.when(sent.isEmpty(), "email", "invite.error.emailTaken");
        }
        if (p.any()) {
            Map<String, Object> page = page(actor, form);
            p.show(page, messages, "invite.field.");
            render(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), page);
            return;
        }
        sent(ctx, sent.get(), checked.account().email(), "/agency/accounts");
    }

    /**
     * Says the invitation went out; when there is no mail server, or sending failed, shows the link: this once,
     * as only its hash is kept.
     */
    public static void sent(Context ctx, Invitations.Sent sent, String email, String base) {
        Map<String, Object> page = new HashMap<>();
        page.put("email", email);
        page.put("accountHref", base + "/" + sent.accountId());
        page.put("link", sent.shownLink());
        page.put("mailFailed", sent.mailFailed());
        page.put("hours", Invitations.VALID_FOR.toHours());
        ctx.render("admin/accounts/invite-sent", page);
    }

    private static Map<String, Object> page(Account actor, InviteForm form) {
        Map<String, Object> page = new HashMap<>();
        page.put("form", form);
        page.put("agencyName", actor.agencyName());
        page.put("assignable", Arrays.stream(Role.values()).filter(AdminPolicy.assignable(actor.agencyKind())::contains).toList());
        Problems.none(page);
        return page;
    }

    private static void render(Context ctx, Map<String, Object> page) {
        ctx.render("admin/accounts/invite", page);
    }

    private static Account actor(Context ctx) {
        return Account.signedIn(ctx);
    }
}
