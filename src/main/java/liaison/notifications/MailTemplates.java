package liaison.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import liaison.requests.Request;
import liaison.system.Formats;
import liaison.system.Messages;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The e-mail about one event, for one person: a plain-text and an HTML part from {@code templates/mail/}. What goes
 * in is chosen here and nowhere else, so that no personal data can slip in: the tracking number, what happened, the
 * due date in the reader's zone, and the link. Never the subject's name, identifiers, or anything answered.
 */
final class MailTemplates {
    private final Messages messages;
    private final String baseUrl;
    private final TemplateEngine text;
    private final TemplateEngine html;

    MailTemplates(Messages messages, String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.text = engine(TemplateMode.TEXT, ".txt");
        this.html = engine(TemplateMode.HTML, ".html");
    }

    record Mail(String subject, String text, String html) {
    }

    /** {@code whatKey}: what happened, under {@code notification.kind.} in messages.properties. */
    Mail render(Request r, String whatKey, Recipient to) {
        boolean emergency = r.priority().name().equals("EMERGENCY");
        String what = messages.get("notification.kind." + whatKey);
        Map<String, Object> model = new HashMap<>();
        model.put("tracking", r.trackingNumber());
        model.put("what", what);
        model.put("emergency", emergency);
        model.put("due", due(r, ZoneId.of(to.timeZone())));
        model.put("link", baseUrl + "/requests/" + r.id());
        model.put("preferences", preferencesUrl());
        String subject = messages.get(emergency ? "mail.subject.emergency" : "mail.subject", r.trackingNumber(), what);
        model.put("subject", subject);
        Context context = new Context(Locale.US, model);
        return new Mail(subject, text.process("event", context), html.process("event", context));
    }

    /** The person's preferences page: every notification e-mail links to it (and names it as List-Unsubscribe). */
    String preferencesUrl() {
        return baseUrl + "/notifications/preferences";
    }

    /** The daily digest: tracking numbers by group (overdue, today, soon), each with its count; nothing else. */
    Mail digest(java.util.Map<String, java.util.List<String>> groups, java.time.LocalDate day) {
        Map<String, Object> model = new HashMap<>();
        model.put("groups", groups);
        model.put("quiet", groups.values().stream().allMatch(java.util.List::isEmpty));
        model.put("day", new Formats().date(day));
        model.put("link", baseUrl + "/");
        model.put("preferences", preferencesUrl());
        String subject = messages.get("mail.digest.subject", groups.get("overdue").size(), groups.get("today").size(),
                groups.get("soon").size());
        model.put("subject", subject);
        Context context = new Context(Locale.US, model);
        return new Mail(subject, text.process("digest", context), html.process("digest", context));
    }

    /** The due date as the reader's clock shows it; none while the clock is paused or the request is done. */
    private static String due(Request r, ZoneId zone) {
        Instant due = r.dueAt();
        if (due == null || r.clockPaused() || !r.state().isOpen()) {
            return null;
        }
        return new Formats(zone).dateTime(due);
    }

    private TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(messages);
        return engine;
    }
}
