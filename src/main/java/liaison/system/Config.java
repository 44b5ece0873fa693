package liaison.system;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Settings, each from an environment variable with a default, so the portal starts with none set. */
public record Config(
        int port,
        Path dataDir,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        boolean demo,
        boolean secureCookies) {

    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    static Config from(Map<String, String> env) {
        Optional<String> dbUrl = Optional.ofNullable(env.get("LIAISON_DB_URL")).filter(s -> !s.isBlank());
        return new Config(
                Integer.parseInt(env.getOrDefault("LIAISON_PORT", "7070")),
                Path.of(env.getOrDefault("LIAISON_DATA_DIR", "data")).toAbsolutePath(),
                dbUrl,
                env.getOrDefault("LIAISON_DB_USER", "root"),
                env.getOrDefault("LIAISON_DB_PASSWORD", ""),
                // demo data by default only on the embedded database: an external one is someone's real data
                Boolean.parseBoolean(env.getOrDefault("LIAISON_DEMO", String.valueOf(dbUrl.isEmpty()))),
                Boolean.parseBoolean(env.getOrDefault("LIAISON_SECURE_COOKIES", "false")));
    }
}
