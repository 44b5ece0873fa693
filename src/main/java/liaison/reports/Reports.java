package liaison.reports;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.agencies.Agency;
import liaison.agencies.AgencyKind;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.system.CsvWriter;
import liaison.system.Messages;
import liaison.system.Role;
import org.jdbi.v3.core.Jdbi;

/**
 * The reports of issue 12 for a viewer: a local agency's (its clerks and admins) over the requests served on it, a
 * federal office's (its requesters, approving officers and admins) over the requests it filed, and the portal's
 * (system admins) over every request, or one agency's when they choose one, with sign-ins. Whose requests count is
 * decided here from the viewer alone ({@link #scope}) and bound in every query. Exports are audited with their filter.
 */
final class Reports {
    private final ReportQueries queries;
    private final ReportCharts charts;
    private final AuditLog audit;
    private final Clock clock;
    private final Messages messages;

    Reports(Jdbi jdbi, AuditLog audit, Clock clock, Messages messages) {
        this.queries = new ReportQueries(jdbi);
        this.charts = new ReportCharts(queries, messages);
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    /** The agencies the viewer may filter by: the other side's, or any agency for a system admin. */
    List<Agency> choices(Account viewer) {
        if (viewer.agencyId() == null) {
            return viewer.has(Role.SYSTEM_ADMIN) ? queries.agencies(null) : List.of();
        }
        return queries.agencies(viewer.ofLocalAgency() ? AgencyKind.FEDERAL_OFFICE : AgencyKind.LOCAL_AGENCY);
    }

    LocalDate today(Account viewer) {
        return LocalDate.ofInstant(clock.instant(), viewer.zone());
    }

    /**
     * Whose requests the viewer's report counts: their own agency's (narrowed to the agency chosen on the other
     * side), or for a system admin the portal's, or the one agency chosen with its side's report.
     */
    Optional<Scope> scope(Account viewer, Long chosen, List<Agency> choices) {
        if (viewer.agencyId() != null) {
            Scope.Side side = viewer.ofLocalAgency() ? Scope.Side.LOCAL : Scope.Side.FEDERAL;
            return Optional.of(new Scope(side, viewer.agencyId(), chosen));
        }
        if (!viewer.has(Role.SYSTEM_ADMIN)) {
            return Optional.empty();
        }
        if (chosen == null) {
            return Optional.of(new Scope(Scope.Side.PORTAL, null, null));
        }
        AgencyKind kind = choices.stream().filter(a -> a.id() == chosen).findFirst().orElseThrow().kind();
        return Optional.of(new Scope(kind == AgencyKind.LOCAL_AGENCY ? Scope.Side.LOCAL : Scope.Side.FEDERAL,
                chosen, null));
    }

    Report report(Account viewer, Scope scope, ReportFilter f, List<Agency> choices) {
        String whose = switch (scope.side()) {
            case PORTAL -> messages.get("reports.portal");
            case LOCAL, FEDERAL -> name(scope.agencyId(), viewer, choices);
        };
        String period = messages.get("reports.period", f.from().toString(), f.to().toString())
                + (scope.counterpart() == null ? "" : " \u2014 " + name(scope.counterpart(), viewer, choices));
        return new Report(messages.get("reports.heading." + scope.side().name(), whose), period,
                charts.sections(scope, f, clock.instant()));
    }

    private static String name(long id, Account viewer, List<Agency> choices) {
        if (viewer.agencyId() != null && viewer.agencyId() == id) {
            return viewer.agencyName();
        }
        return choices.stream().filter(a -> a.id() == id).map(Agency::name).findFirst().orElse(String.valueOf(id));
    }

    /** The report as CSV, a row per number of each table; audited (with its filter) before the first row. */
    void export(Account viewer, Report report, ReportFilter f, String clientIp, Writer out) throws IOException {
        audit.append(AuditEvent.of("report.exported").by(viewer.id(), viewer.email(), viewer.agencyId())
                .on("report", report.heading()).details(f.describe()).from(clientIp));
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(List.of(messages.get("reports.csv.report"), messages.get("reports.csv.period"),
                    messages.get("reports.csv.section"), messages.get("reports.csv.table"),
                    messages.get("reports.csv.row"), messages.get("reports.csv.measure"),
                    messages.get("reports.csv.value")));
            for (Report.Section s : report.sections()) {
                for (Report.Figure fig : s.figures()) {
                    csv.row(List.of(report.heading(), report.period(), s.heading(), "", fig.label(), "", fig.value()));
                }
                for (Chart c : s.charts()) {
                    if (c.note() != null) {
                        csv.row(List.of(report.heading(), report.period(), s.heading(), c.caption(), "", "", c.note()));
                    }
                    for (Chart.Row r : c.rows()) {
                        for (int i = 1; i < c.headers().size(); i++) {
                            csv.row(new ArrayList<>(List.of(report.heading(), report.period(), s.heading(),
                                    c.caption(), r.cells().get(0), c.headers().get(i), r.cells().get(i))));
                        }
                    }
                }
            }
        }
    }
}
