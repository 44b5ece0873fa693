package liaison.notifications;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import liaison.system.AccessControl;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Pages;
import liaison.system.Paths;
import liaison.system.User;

/** The person's notifications page and its two forms; the system admin's outbox page and its retry. */
final class NotificationRoutes {
    private final Inbox inbox;
    private final Outbox outbox;
    private final Messages messages;

    NotificationRoutes(Inbox inbox, Outbox outbox, Messages messages) {
        this.inbox = inbox;
        this.outbox = outbox;
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

    private static User me(Context ctx) {
        return AccessControl.account(ctx).orElseThrow();
    }
}
