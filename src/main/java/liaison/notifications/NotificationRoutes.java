package liaison.notifications;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import liaison.system.AccessControl;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Pages;
import liaison.system.Paths;
import liaison.system.Problems;
import liaison.system.User;

/**
 * The person's notifications page and its two forms, and their preferences; the system admin's outbox page and its
 * retry.
 */
final class NotificationRoutes {
    private final Inbox inbox;
    private final Outbox outbox;
    private final Preferences preferences;
    private final Messages messages;

    NotificationRoutes(Inbox inbox, Outbox outbox, Preferences preferences, Messages messages) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.preferences = preferences;
        this.messages = messages;
    }

    void list(Context ctx) {
        User me = me(ctx);
        ctx.render("notifications/list.html", Map.of("page", inbox.page(me.id(), Pages.after(ctx)),
                "unread", inbox.unread(me.id())));
    }

    void markRead(Context ctx) {
        if (inbox.markRead(me(ctx).id(), Paths.id(ctx))) {
            Flash.success(ctx, messages.get("notifications.done.read"));
        }
        ctx.redirect("/notifications", HttpStatus.SEE_OTHER);
    }

    void markAllRead(Context ctx) {
        inbox.markAllRead(me(ctx).id());
        Flash.success(ctx, messages.get("notifications.done.allRead"));
        ctx.redirect("/notifications", HttpStatus.SEE_OTHER);
    }

    void outbox(Context ctx) {
        ctx.render("notifications/outbox.html", Map.of("page", outbox.page(Pages.after(ctx))));
    }

    void retry(Context ctx) {
        if (outbox.retry(me(ctx), Paths.id(ctx))) {
            Flash.success(ctx, messages.get("outbox.done.retried"));
        }
        ctx.redirect("/system/outbox", HttpStatus.SEE_OTHER);
    }

    void preferences(Context ctx) {
        User me = me(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("typed", PreferencesForm.typed(preferences.of(me.id()), Preferences.offered(me),
                Preferences.digestOffered(me)));
        Problems.none(model);
        renderPreferences(ctx, me, model);
    }

    void savePreferences(Context ctx) {
        User me = me(ctx);
        PreferencesForm form = PreferencesForm.read(ctx.formParamMap(), Preferences.offered(me),
                Preferences.digestOffered(me));
        if (form.problems().any()) {
            Map<String, Object> model = new HashMap<>();
            model.put("typed", form.typed());
            form.problems().show(model, messages, PreferencesForm::labelKey);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            renderPreferences(ctx, me, model);
            return;
        }
        preferences.save(me.id(), form.settings());
        Flash.success(ctx, messages.get("preferences.done"));
        ctx.redirect("/notifications/preferences", HttpStatus.SEE_OTHER);
    }

    private static void renderPreferences(Context ctx, User me, Map<String, Object> model) {
        model.put("kinds", Preferences.offered(me));
        model.put("digestOffered", Preferences.digestOffered(me));
        ctx.render("notifications/preferences.html", model);
    }

    private static User me(Context ctx) {
        return AccessControl.account(ctx).orElseThrow();
    }
}
