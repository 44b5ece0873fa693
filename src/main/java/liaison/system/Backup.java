package liaison.system;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code java -jar liaison.jar backup FILE} and {@code restore FILE}: a consistent copy of the embedded database,
 * taken with the server's own {@code mariadb-dump} in one transaction while the portal runs (no table is locked, no
 * page waits), and put back into a new data folder with its {@code mariadb} client. The file holds personal data: it
 * is written readable by its owner only. A portal on a database of its own (LIAISON_DB_URL) is backed up with that
 * server's tools.
 */
public final class Backup {
    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";
    private static final String DATABASE = "liaison";

    private Backup() {
    }

    /** Runs {@code args} ({@code backup FILE} or {@code restore FILE}); the exit code. */
    public static int run(String[] args, Config config, PrintStream out) {
        if (args.length != 2 || args[1].isBlank()) {
            out.println("Usage: java -jar liaison.jar " + args[0] + " FILE");
            return 2;
        }
        if (config.dbUrl().isPresent()) {
            out.println("This portal uses the database at " + config.dbUrl().get() + ": back it up and restore it"
                    + " with that server's mariadb-dump and mariadb (see the README).");
            return 2;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        try {
            return args[0].equals(BACKUP) ? backup(config.dataDir(), file, out) : restore(config.dataDir(), file, out);
        } catch (IOException | SQLException e) {
            out.println(args[0] + " failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    static int backup(Path dataDir, Path file, PrintStream out) throws IOException, InterruptedException {
        if (Files.exists(file)) {
            out.println(file + " exists already: name a new file.");
            return 2;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (EmbeddedMariaDb server = EmbeddedMariaDb.attachOrStart(dataDir)) {
            String errors = runClient(server, "mariadb-dump", List.of("--single-transaction", "--quick",
                    "--routines", "--triggers", "--hex-blob", "--default-character-set=utf8mb4", "--databases",
                    DATABASE), pb -> pb.redirectOutput(partial.toFile()));
            if (errors != null) {
                Files.deleteIfExists(partial);
                out.println("mariadb-dump failed: " + errors);
                return 1;
            }
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        out.println("Backed up the portal's database to " + file + " (" + Files.size(file) + " bytes). Keep the"
                + " audit key and the checkpoint file of the data folder elsewhere too.");
        return 0;
    }

    static int restore(Path dataDir, Path file, PrintStream out)
            throws IOException, InterruptedException, SQLException {
        if (!Files.isRegularFile(file)) {
            out.println(file + " is no file.");
            return 2;
        }
        try (EmbeddedMariaDb server = EmbeddedMariaDb.attachOrStart(dataDir)) {
            if (holdsTables(server)) {
                out.println("The database in " + dataDir + " holds data already: restore into a new data folder"
                        + " (LIAISON_DATA_DIR), then start the portal on it.");
                return 2;
            }
            String errors = runClient(server, "mariadb", List.of(), pb -> pb.redirectInput(file.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD));
            if (errors != null) {
                out.println("mariadb failed: " + errors);
                return 1;
            }
            server.createDatabase(DATABASE);
        }
        out.println("Restored " + file + " into " + dataDir + ". Start the portal with LIAISON_DATA_DIR=" + dataDir
                + ", then run verify-audit.");
        return 0;
    }

    private static boolean holdsTables(EmbeddedMariaDb server) throws SQLException {
        try (var c = DriverManager.getConnection(server.serverUrl(), server.adminUser(), server.adminPassword());
             var s = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?")) {
            s.setString(1, DATABASE);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    /**
     * Runs one of the server's programs as its administrator, the password in an owner-only option file (never on
     * the command line, where any user could read it); null when it succeeded, else what it wrote to its error stream.
     */
    private static String runClient(EmbeddedMariaDb server, String program, List<String> args,
            UnaryOperator<ProcessBuilder> redirects) throws IOException, InterruptedException {
        Path options = Files.createTempFile("liaison-client-", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(options, "[client]\npassword=" + server.adminPassword() + "\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(server.program(program).toString(),
                    "--defaults-extra-file=" + options, "--socket=" + server.socket(), "--user=" + server.adminUser(),
                    "--skip-ssl"));
            command.addAll(args);
            Process process = redirects.apply(new ProcessBuilder(command))
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? null : errors.strip();
        } finally {
            Files.deleteIfExists(options);
        }
    }
}
