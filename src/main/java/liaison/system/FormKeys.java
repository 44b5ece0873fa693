package liaison.system;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The same form sent twice (a double click, a resend after a time-out, "Send again" after an outage) is done once.
 * Every rendered page gives its forms a fresh key ({@code ${formKey}}, in fragments/form.html); the transaction that
 * does what a form asked first claims its key in {@code form_keys} (unique with the form's address and the person), so a second
 * sending waits for the first, finds the key taken and is sent where the first was sent, with the same message.
 */
public final class FormKeys {
    public static final String FIELD = "formKey";
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Jdbi jdbi;

    public FormKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The key a form was sent with, and its address; empty when it carries none (or not one of ours). */
    public record Sent(String key, String action) {
    }

    /** The form was sent before and done: nothing was done this time. */
    public static final class AlreadySent extends RuntimeException {
        AlreadySent() {
            super("form sent again", null, false, false);
        }
    }

    public static Optional<Sent> sent(Context ctx) {
        String key = ctx.formParam(FIELD);
        return key != null && SHAPE.matcher(key).matches() ? Optional.of(new Sent(key, ctx.path())) : Optional.empty();
    }

    /**
     * The key the forms of the page being rendered carry: the one the form was sent with when it is shown again
     * (bad input, a stale form: nothing was done with it), else a new one.
     */
    static String forPage(Context ctx) {
        String type = String.valueOf(ctx.contentType());
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Optional<Sent> sent = sent(ctx);
            if (sent.isPresent()) {
                return sent.get().key();
            }
        }
        return UUID.randomUUID().toString();
    }

    /**
     * In the transaction doing the form's work, first: claims the key for the person ({@link #complete} says, before
     * the commit, where the answer leads and its message). Throws {@link AlreadySent} when the
     * key was claimed already; a second sending running alongside waits here for the first to commit.
     */
    public static void claim(Handle h, Optional<Sent> sent, long accountId, Instant now) {
        claim(h, sent, accountId, new Reply("/", null), now);
    }

    /** Where the answer to a form leads, and the message shown there. */
    public record Reply(String location, String message) {
    }

    /** A form's key and the answer it gets, to claim in the transaction doing its work. */
    public record Claim(Optional<Sent> sent, Reply reply) {
        public static final Claim NONE = new Claim(Optional.empty(), new Reply("/", null));

        public void in(Handle h, long accountId, Instant now) {
            claim(h, sent, accountId, reply, now);
        }
    }

    /** {@link #claim} with its reply known at once. */
    public static void claim(Handle h, Optional<Sent> sent, long accountId, Reply reply, Instant now) {
        if (sent.isEmpty()) {
            return;
        }
        try {
            h.createUpdate("""
                    INSERT INTO form_keys (form_key, action, account_id, location, message, created_at)
                    VALUES (:key, :action, :account, :location, :message, :now)
                    """).bind("key", sent.get().key()).bind("action", sent.get().action()).bind("account", accountId)
                    .bind("location", reply.location()).bind("message", reply.message()).bind("now", now).execute();
        } catch (StatementException e) {
            if (e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                throw new AlreadySent();
            }
            throw e;
        }
    }

    /** Where the claimed form's answer leads after all, and its message, known only once the work is done. */
    public static void complete(Handle h, Optional<Sent> sent, long accountId, Reply reply) {
        sent.ifPresent(s -> h.createUpdate("""
                        UPDATE form_keys SET location = :location, message = :message
                        WHERE form_key = :key AND action = :action AND account_id = :account
                        """).bind("location", reply.location()).bind("message", reply.message())
                .bind("key", s.key()).bind("action", s.action()).bind("account", accountId).execute());
    }

    /** How long a form's key is kept: a second sending later than this is a new sending. */
    static final java.time.Duration KEPT = java.time.Duration.ofDays(7);

    /** The scheduled removal of keys older than {@link #KEPT}. */
    public static Jobs.Job pruning(Jdbi jdbi, java.time.Clock clock) {
        return new Jobs.Job("form-keys-pruning", java.time.Duration.ofHours(6), () -> prune(jdbi, clock.instant()));
    }

    static int prune(Jdbi jdbi, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM form_keys WHERE created_at < :before")
                .bind("before", now.minus(KEPT)).execute());
    }

    /**
     * When this form was sent and done before by this person: sends them where it led then, with its message, and
     * answers true; otherwise false and nothing happens.
     */
    public boolean replayed(Context ctx, long accountId) {
        Optional<Sent> sent = sent(ctx);
        if (sent.isEmpty()) {
            return false;
        }
        record Done(String location, String message) {
        }
        Optional<Done> done = jdbi.withHandle(h -> h.createQuery("""
                        SELECT location, message FROM form_keys
                        WHERE form_key = :key AND action = :action AND account_id = :account
                        """).bind("key", sent.get().key()).bind("action", sent.get().action())
                .bind("account", accountId).map((rs, c) -> new Done(rs.getString(1), rs.getString(2))).findOne());
        done.ifPresent(d -> {
            if (d.message() != null) {
                Flash.success(ctx, d.message());
            }
            ctx.redirect(d.location(), HttpStatus.SEE_OTHER);
        });
        return done.isPresent();
    }
}
