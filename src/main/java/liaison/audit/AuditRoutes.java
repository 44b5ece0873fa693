package liaison.audit;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import liaison.agencies.Agency;
import liaison.system.AccessControl;
import liaison.system.CsvWriter;
import liaison.system.Flash;
import liaison.system.Messages;
import liaison.system.Pages;
import liaison.system.User;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The system admin's audit log (DESIGN.md §8): filter, page back through it, export what the filters match as CSV
 * (itself recorded), and walk the hash chain to find the first broken entry.
 */
final class AuditRoutes {
    private static final int EXPORT_BATCH = 1000;
    private static final String[] CSV_HEADER = {"id", "occurred_at_utc", "actor_email", "actor_id", "agency_id",
            "agency", "action", "object_type", "object_id", "details", "client_ip", "prev_hash", "entry_hash", "seq"};

    private final AuditLog audit;
    private final AuditSearch search;
    private final AuditSequencer sequencer;
    private final ChainVerifier verifier;
    private final Clock clock;
    private final Messages messages;

    AuditRoutes(AuditSearch search, AuditLog audit, AuditSequencer sequencer, ChainVerifier verifier, Clock clock,
                Messages messages) {
        this.audit = audit;
        this.search = search;
        this.sequencer = sequencer;
        this.verifier = verifier;
        this.clock = clock;
        this.messages = messages;
    }

    public void page(Context ctx) {
        show(ctx, null);
    }

    public void export(Context ctx) {
        AuditFilter filter = AuditFilter.read(ctx::queryParam);
        List<Agency> agencies = agencies();
        AuditFilter.Checked checked = filter.check(ids(agencies));
        if (checked.problems().any()) {
            show(ctx, null);
            return;
        }
        User actor = actor(ctx);
        audit.append(AuditEvent.of("audit.exported").by(actor.id(), actor.email(), actor.agencyId())
                .on("audit-log", "csv").details(filter.query().isEmpty() ? "all entries" : filter.query())
                .from(ctx.ip()));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"audit-log-"
                + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv\"");
        try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            long before = Long.MAX_VALUE;
            List<AuditRow> rows;
            while (!(rows = search.page(checked.criteria(), before, EXPORT_BATCH)).isEmpty()) {
                for (AuditRow r : rows) {
                    csv.printRecord(r.id(), r.occurredAt(), cell(r.actorEmail()), r.actorId(), r.agencyId(),
                            cell(r.agencyName()), cell(r.action()), cell(r.objectType()), cell(r.objectId()),
                            cell(r.details()), cell(r.clientIp()), r.prevHash(), r.entryHash(), r.seq());
                }
                before = rows.get(rows.size() - 1).id();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Walks the whole chain against the signed checkpoints of the checkpoint file and shows the result on the
     * page; the walk itself is recorded.
     */
    public void verify(Context ctx) {
        ChainVerifier.Outcome outcome = verifier.verify(new CheckpointFile(sequencer.files().checkpointFile()).read(),
                sequencer.keys().publicKey(), true);
        User actor = actor(ctx);
        audit.append(AuditEvent.of("audit.verified").by(actor.id(), actor.email(), actor.agencyId())
                .on("audit-log", "chain").from(ctx.ip()).details(outcome.describe()));
        show(ctx, new Verified(outcome.intact(), outcome.broken().orElse(null), outcome.refused().orElse(null),
                outcome.checkpoints()));
    }

    /** Chains what waits and signs a checkpoint now; recorded. */
    public void checkpoint(Context ctx) {
        Checkpoint c = sequencer.checkpoint();
        User actor = actor(ctx);
        audit.append(AuditEvent.of("audit.checkpointed").by(actor.id(), actor.email(), actor.agencyId())
                .on("audit-log", "checkpoint").from(ctx.ip()).details("seq " + c.seq() + ", head " + c.headHash()));
        Flash.success(ctx, messages.get("audit.checkpoint.done", c.seq()));
        ctx.redirect("/system/audit");
    }

    /** The result of a walk of the chain, for the page: the first break, or the checkpoint line refused. */
    public record Verified(boolean intact, AuditLog.Break broken, String refused, int checkpoints) {
    }

    /** The audit trail's state, for the page: the alarm, the last checkpoint and verification, the public key. */
    public record Trail(long late, Checkpoint checkpoint, java.time.Instant verifiedAt, String keyId,
                        String publicKey, String checkpointFile) {
    }

    private Trail trail() {
        AuditKeys keys = sequencer.keys();
        return new Trail(sequencer.lateEntries(), sequencer.latestCheckpoint().orElse(null),
                sequencer.lastVerifiedAt().orElse(null), keys.keyId(), keys.publicKeyText(),
                sequencer.files().checkpointFile().toString());
    }

    private void show(Context ctx, Verified verified) {
        AuditFilter filter = AuditFilter.read(ctx::queryParam);
        List<Agency> agencies = agencies();
        AuditFilter.Checked checked = filter.check(ids(agencies));
        Map<String, Object> page = new HashMap<>();
        page.put("filter", filter);
        page.put("query", filter.query());
        page.put("agencies", agencies);
        page.put("actions", actionLabels());
        page.put("verified", verified);
        page.put("trail", trail());
        checked.problems().show(page, messages, "auditFilter.field.");
        if (checked.problems().any()) {
            page.put("page", new Pages<AuditRow>(List.of(), null));
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        } else {
            page.put("page", Pages.of(search.page(checked.criteria(), before(ctx), Pages.SIZE + 1),
                    r -> String.valueOf(r.id())));
        }
        ctx.render("audit/audit", page);
    }

    /** Each action in the log with its words, for the choice list; an action with none shows as itself. */
    private Map<String, String> actionLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String action : search.actions()) {
            String label = AuditActions.label(messages, action);
            labels.put(action, label.equals(action) ? action : label + " (" + action + ")");
        }
        return labels;
    }

    private List<Agency> agencies() {
        return search.agencies();
    }

    private static Set<Long> ids(List<Agency> agencies) {
        return agencies.stream().map(Agency::id).collect(Collectors.toSet());
    }

    /** The id to page back from: entries below it; a key that is no id starts at the newest. */
    private static long before(Context ctx) {
        try {
            return Long.parseLong(Pages.after(ctx));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A spreadsheet must not run a cell as a formula (OWASP "CSV injection"): such a cell starts with a quote. */
    static String cell(String value) {
        return CsvWriter.neutralise(value);
    }

    private static User actor(Context ctx) {
        return AccessControl.account(ctx).orElseThrow();
    }
}
