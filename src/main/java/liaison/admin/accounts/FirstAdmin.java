package liaison.admin.accounts;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import liaison.accounts.AccountDao;
import liaison.accounts.NewAccount;
import liaison.accounts.PasswordHasher;
import liaison.audit.AuditEvent;
import liaison.audit.AuditLog;
import liaison.system.Role;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code java -jar liaison.jar create-system-admin EMAIL "NAME"}: opens a system admin account on a database that
 * has none to sign in with (an external database without the demo), and prints its one-time invitation link. The
 * operator who runs it passes the link on; the person sets a password and enrols MFA as any invited person does.
 */
public final class FirstAdmin {
    public static final String COMMAND = "create-system-admin";

    private FirstAdmin() {
    }

    /** Exit code 0 with the link printed; 2 for wrong arguments or an e-mail address already in use. */
    public static int run(String[] args, Jdbi jdbi, Clock clock, PasswordHasher hasher, String baseUrl,
                          PrintStream out) {
        if (args.length != 3 || !args[1].contains("@") || args[1].length() > 254 || args[2].isBlank()
                || args[2].length() > 200) {
            out.println("Usage: java -jar liaison.jar " + COMMAND + " EMAIL \"DISPLAY NAME\"");
            return 2;
        }
        String email = args[1].strip().toLowerCase(Locale.ROOT);
        String token = Tokens.newToken();
        // nobody knows this password: the account cannot sign in until the link has set one
        String unusable = hasher.hash(Tokens.newToken());
        boolean created = jdbi.inTransaction(h -> {
            if (h.attach(AccountAdminDao.class).emailTaken(email)) {
                return false;
            }
            Instant now = clock.instant();
            long id = h.attach(AccountDao.class).create(new NewAccount(null, email, args[2].strip(),
                    "System administrator", Set.of(Role.SYSTEM_ADMIN)), unusable, now);
            h.attach(AccountAdminDao.class).insertInvite(id, Tokens.hash(token), null, now,
                    now.plus(Invitations.VALID_FOR));
            new AuditLog(jdbi, clock).append(h, AuditEvent.of("account.invited").on("account", id)
                    .details("system admin opened from the command line"));
            return true;
        });
        if (!created) {
            out.println("An account with the e-mail address " + email + " exists already.");
            return 2;
        }
        out.println("System admin " + email + " opened. Pass on this one-time link (valid "
                + Invitations.VALID_FOR.toHours() + " hours) to set the password:");
        out.println(baseUrl + "/invite/" + token);
        return 0;
    }
}
