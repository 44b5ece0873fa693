package liaison.admin.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import liaison.accounts.PasswordRules;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Problems;

/**
 * The invitation link, open to anyone who holds it (the access check still wants the CSRF token on the POST): the
 * invited person chooses a password, and then signs in as everyone does. A link that names nothing is "not
 * found"; one used or expired says so (410) and who to ask for a new one.
 */
final class InviteAcceptRoutes {
    private final Invitations invitations;
    private final PasswordRules rules;
    private final Messages messages;

    public InviteAcceptRoutes(Invitations invitations, PasswordRules rules, Messages messages) {
        this.invitations = invitations;
        this.rules = rules;
        this.messages = messages;
    }

    public void form(Context ctx) {
        InviteToken invite = usable(ctx);
        if (invite != null) {
            render(ctx, page(invite), Map.of());
        }
    }

    public void accept(Context ctx) {
        InviteToken invite = usable(ctx);
        if (invite == null) {
            return;
        }
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String confirm = Optional.ofNullable(ctx.formParam("confirm")).orElse("");
        Map<String, String> errors = new LinkedHashMap<>();
        rules.problem(password, invite.email()).ifPresent(text -> errors.put("password", text));
        if (!errors.containsKey("password") && !password.equals(confirm)) {
            errors.put("confirm", messages.get("acceptInvite.error.mismatch"));
        }
        if (!errors.isEmpty()) {
            render(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), page(invite), errors);
            return;
        }
        if (!invitations.accept(ctx.pathParam("token"), password, ctx.ip())) {
            gone(ctx); // used or expired between the form and now
            return;
        }
        Flash.success(ctx, messages.get("acceptInvite.done"));
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** The invitation if its link still works; otherwise the answer is written and null returned. */
    private InviteToken usable(Context ctx) {
        InviteToken invite = invitations.find(ctx.pathParam("token")).orElseThrow(NotFoundResponse::new);
        if (!invitations.usable(invite)) {
            gone(ctx);
            return null;
        }
        return invite;
    }

    private static void gone(Context ctx) {
        ctx.status(HttpStatus.GONE).render("admin/accounts/invite-gone", Map.of());
    }

    private Map<String, Object> page(InviteToken invite) {
        Map<String, Object> page = new HashMap<>();
        page.put("email", invite.email());
        page.put("minLength", PasswordRules.MIN_LENGTH);
        page.put("maxLength", PasswordRules.MAX_LENGTH);
        return page;
    }

    private void render(Context ctx, Map<String, Object> page, Map<String, String> errors) {
        page.put("errors", errors);
        page.put("problems", errors.entrySet().stream().map(e -> new Problems.Shown(e.getKey(), e.getValue(),
                messages.get("acceptInvite.field." + e.getKey()) + ": " + e.getValue())).toList());
        ctx.render("admin/accounts/invite-accept", page);
    }
}
