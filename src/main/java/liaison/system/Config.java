package liaison.system;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Settings, each from an environment variable with a default, so the portal starts with none set. */
public record Config(
        String host,
        int port,
        Path dataDir,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        boolean demo,
        boolean secureCookies,
        Smtp smtp,
        String baseUrl,
        String logLevel,
        Path auditKeyFile,
        Path auditCheckpoints,
        boolean benchFortunes,
        Optional<String> dbBufferPool) {

    /** The mail server invitations go through; no host means none is configured (links are shown on the page). */
    public record Smtp(Optional<String> host, int port, String user, String password, String from) {
        @Override
        public String toString() {
            return "Smtp[" + host.orElse("none") + ":" + port + ", user " + user + ", from " + from + "]";
        }
    }

    /** Adds the benchmark's fortunes route (bench/FortunesModule); off unless set to {@code true}. */
    public static final String BENCH_FORTUNES = "LIAISON_BENCH_FORTUNES";

    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    public static Config from(Map<String, String> env) {
        Optional<String> dbUrl = Optional.ofNullable(env.get("LIAISON_DB_URL")).filter(s -> !s.isBlank());
        int port = Integer.parseInt(env.getOrDefault("LIAISON_PORT", "7070"));
        Path dataDir = Path.of(env.getOrDefault("LIAISON_DATA_DIR", "data")).toAbsolutePath();
        // demo data by default only on the embedded database: an external one is someone's real data
        boolean demo = Boolean.parseBoolean(env.getOrDefault("LIAISON_DEMO", String.valueOf(dbUrl.isEmpty())));
        return new Config(
                // the demo's password and authenticator key are public: it answers this machine only
                env.getOrDefault("LIAISON_HOST", demo ? "127.0.0.1" : "0.0.0.0"),
                port,
                dataDir,
                dbUrl,
                env.getOrDefault("LIAISON_DB_USER", "root"),
                env.getOrDefault("LIAISON_DB_PASSWORD", ""),
                demo,
                Boolean.parseBoolean(env.getOrDefault("LIAISON_SECURE_COOKIES", "false")),
                new Smtp(Optional.ofNullable(env.get("LIAISON_SMTP_HOST")).filter(s -> !s.isBlank()),
                        Integer.parseInt(env.getOrDefault("LIAISON_SMTP_PORT", "587")),
                        env.getOrDefault("LIAISON_SMTP_USER", ""),
                        env.getOrDefault("LIAISON_SMTP_PASSWORD", ""),
                        env.getOrDefault("LIAISON_SMTP_FROM", "liaison@localhost")),
                // links in e-mails must reach the portal from outside: behind a proxy, set the public address
                env.getOrDefault("LIAISON_BASE_URL", "http://localhost:" + port).replaceAll("/+$", ""),
                // the console shows the banner, warnings and errors; "info" or "debug" shows the libraries' logs
                env.getOrDefault("LIAISON_LOG_LEVEL", "warn"),
                // the audit trail's signing key and signed checkpoints live outside the database (README)
                Path.of(env.getOrDefault("LIAISON_AUDIT_KEY_FILE", dataDir.resolve("audit-signing-key").toString()))
                        .toAbsolutePath(),
                Path.of(env.getOrDefault("LIAISON_AUDIT_CHECKPOINTS",
                        dataDir.resolve("audit-checkpoints.txt").toString())).toAbsolutePath(),
                // a route anyone may call, for bench/run.sh only: never on unless asked for
                Boolean.parseBoolean(env.getOrDefault(BENCH_FORTUNES, "false")),
                // the embedded server's InnoDB buffer pool; by default a quarter of the memory, at most 2G
                Optional.ofNullable(env.get("LIAISON_DB_BUFFER_POOL")).filter(s -> !s.isBlank()));
    }
}
