package liaison.reports;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import liaison.accounts.Account;
import liaison.agencies.Agency;
import liaison.system.Messages;

/**
 * GET /reports: the viewer's report with its filters in the address; GET /reports/export: the same report as CSV.
 * A filter that is wrong shows the page with a message next to the field (422), and exports nothing.
 */
final class ReportRoutes {
    private final Reports reports;
    private final Messages messages;

    ReportRoutes(Reports reports, Messages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    void page(Context ctx) {
        Account viewer = Account.signedIn(ctx);
        List<Agency> choices = reports.choices(viewer);
        ReportFilter f = filter(ctx, viewer, choices);
        Map<String, Object> model = new HashMap<>();
        model.put("typed", f.typed());
        model.put("minSample", Distribution.MIN_SAMPLE);
        model.put("agencies", choices);
        model.put("zoneName", viewer.zone().getDisplayName(TextStyle.FULL, Locale.US));
        model.put("agencyLabel", messages.get(viewer.agencyId() == null ? "reports.field.agency.portal"
                : viewer.ofLocalAgency() ? "reports.field.agency.local" : "reports.field.agency.federal"));
        f.show(model, messages);
        if (f.hasErrors()) {
            model.put("report", null);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        } else {
            Scope scope = reports.scope(viewer, f.agency(), choices).orElseThrow(ForbiddenResponse::new);
            model.put("report", reports.report(viewer, scope, f, choices));
            model.put("exportHref", f.exportHref());
        }
        ctx.render("reports/report", model);
    }

    void export(Context ctx) throws IOException {
        Account viewer = Account.signedIn(ctx);
        List<Agency> choices = reports.choices(viewer);
        ReportFilter f = filter(ctx, viewer, choices);
        if (f.hasErrors()) {
            page(ctx);
            return;
        }
        Scope scope = reports.scope(viewer, f.agency(), choices).orElseThrow(ForbiddenResponse::new);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"report-" + f.from() + "-to-" + f.to() + ".csv\"");
        if (ctx.method() == HandlerType.HEAD) {
            return; // nothing is exported, so nothing is audited
        }
        Report report = reports.report(viewer, scope, f, choices);
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        reports.export(viewer, report, f, ctx.ip(), out);
    }

    private ReportFilter filter(Context ctx, Account viewer, List<Agency> choices) {
        return new ReportFilter(ctx::queryParam, viewer.zone(), reports.today(viewer),
                choices.stream().map(Agency::id).collect(Collectors.toSet()));
    }
}
