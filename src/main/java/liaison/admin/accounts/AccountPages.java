package liaison.admin.accounts;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import liaison.accounts.Account;
import liaison.admin.accounts.AccountAdministration.Managed;
import liaison.admin.accounts.AdminPolicy.Action;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Paths;
import liaison.system.Problems;
import liaison.system.Role;

/**
 * An account's page and its forms, for an agency admin (under {@code /agency/accounts}, their agency only) or a
 * system admin (under {@code /system/accounts}, every account): the same page, with what the scope allows.
 */
final class AccountPages {
    /** The buttons of the page, in the order shown; each posts to its path under the account's address. */
    private static final List<Action> BUTTONS = List.of(Action.UNLOCK, Action.RESEND_INVITE, Action.RESET_MFA,
            Action.FORCE_PASSWORD_CHANGE, Action.REACTIVATE, Action.DEACTIVATE);

    /** A button: its action and the path it posts to ("force-password-change"). */
    public record Button(String action, String path) {
    }

    private final AccountAdministration admin;
    private final Invitations invitations;
    private final Messages messages;
    private final String base;
    private final Function<Account, Scope> scopeOf;

    public AccountPages(AccountAdministration admin, Invitations invitations, Messages messages, String base,
                        Function<Account, Scope> scopeOf) {
        this.admin = admin;
        this.invitations = invitations;
        this.messages = messages;
        this.base = base;
        this.scopeOf = scopeOf;
    }

    public void detail(Context ctx) {
        Managed m = managed(ctx);
        render(ctx, page(ctx, m, m.account().roles().stream().map(Role::name).toList()));
    }

    public void roles(Context ctx) {
        Managed m = managed(ctx);
        Account actor = actor(ctx);
        List<String> chosen = ctx.formParams("roles");
        Problems p = new Problems();
        Set<Role> roles = InviteForm.roles(chosen, assignable(m), p);
        p.when(!p.any() && actor.id() == m.account().id() && m.account().has(Role.AGENCY_ADMIN)
                && !roles.contains(Role.AGENCY_ADMIN), "roles", "roles.error.keepAdmin");
        if (p.any()) {
            Map<String, Object> page = page(ctx, m, chosen);
            p.show(page, messages, "account.field.");
            render(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT), page);
            return;
        }
        if (!admin.setRoles(actor, m, version(ctx), roles, ctx.ip())) {
            Managed now = managed(ctx);
            Map<String, Object> page = page(ctx, now, chosen);
            page.put("stale", true);
            render(ctx.status(HttpStatus.CONFLICT), page);
            return;
        }
        done(ctx, m, "account.done.ROLES");
    }

    /** The handler of one button: deactivate, reactivate, unlock, reset MFA, force a password change. */
    public Handler action(Action action) {
        return ctx -> {
            Managed m = managed(ctx);
            admin.act(actor(ctx), m, action, ctx.ip());
            done(ctx, m, "account.done." + action.name());
        };
    }

    public void resendInvite(Context ctx) {
        Managed m = managed(ctx);
        if (!m.actions().contains(Action.RESEND_INVITE)) {
            throw new ForbiddenResponse();
        }
        Invitations.Sent sent = invitations.resend(actor(ctx), m.account(), ctx.ip());
        InvitePages.sent(ctx, sent, m.account().email(), base);
    }

    private void done(Context ctx, Managed m, String key) {
        Flash.success(ctx, messages.get(key, m.account().displayName()));
        ctx.redirect(base + "/" + m.account().id(), HttpStatus.SEE_OTHER);
    }

    private Map<String, Object> page(Context ctx, Managed m, List<String> chosenRoles) {
        Map<String, Object> page = new HashMap<>();
        page.put("m", m);
        page.put("base", base);
        page.put("self", actor(ctx).id() == m.account().id());
        page.put("assignable", m.account().agencyKind() == null ? List.of()
                : Arrays.stream(Role.values()).filter(assignable(m)::contains).toList());
        page.put("chosen", chosenRoles);
        // unlocking is allowed at any time, but offered only while there is a lock to lift
        page.put("buttons", BUTTONS.stream().filter(m.actions()::contains)
                .filter(a -> a != Action.UNLOCK || m.status().locked())
                .map(a -> new Button(a.name(), a.name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList());
        page.put("stale", false);
        Problems.none(page);
        return page;
    }

    private static Set<Role> assignable(Managed m) {
        return m.account().agencyKind() == null ? Set.of() : AdminPolicy.assignable(m.account().agencyKind());
    }

    private static void render(Context ctx, Map<String, Object> page) {
        ctx.render("admin/accounts/account", page);
    }

    private Managed managed(Context ctx) {
        long id = Paths.id(ctx);
        Account actor = actor(ctx);
        return admin.find(actor, scopeOf.apply(actor), id).orElseThrow(NotFoundResponse::new);
    }

    private static int version(Context ctx) {
        try {
            String v = ctx.formParam("version");
            return v == null ? -1 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return -1; // no account has it: handled as a stale form
        }
    }

    private static Account actor(Context ctx) {
        return Account.signedIn(ctx);
    }
}
