package liaison.demo;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.json.Json;

/**
 * The Nu Html Checker (npm {@code vnu-jar}, installed by the build) over many HTML documents at once: one Java process
 * for them all, as starting it takes seconds. Errors only; warnings are advice.
 */
final class NuHtmlChecker {
    static final Path JAR = Path.of("node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /** An error in one of the documents, by its index in the list checked. */
    record Error(int document, long line, String message, String extract) {
    }

    private NuHtmlChecker() {
    }

    /** Writes the documents as files in {@code folder} (kept there to look at) and returns the checker's errors. */
    static List<Error> check(List<String> documents, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), "--format", "json", "--errors-only"));
        for (int i = 0; i < documents.size(); i++) {
            Path file = folder.resolve(String.format("page-%03d.html", i));
            Files.writeString(file, documents.get(i), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        Path report = folder.resolve("vnu.json");
        Process vnu = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(report.toFile()).start();
        if (!vnu.waitFor(5, TimeUnit.MINUTES)) {
            vnu.destroyForcibly();
            throw new AssertionError("the Nu Html Checker did not finish within 5 minutes");
        }
        return errors(Files.readString(report, StandardCharsets.UTF_8), folder);
    }

    @SuppressWarnings("unchecked")
    private static List<Error> errors(String json, Path folder) {
        if (json.isBlank()) {
            throw new AssertionError("the Nu Html Checker wrote no report");
        }
        Map<String, Object> report = new Json().toType(json, Json.MAP_TYPE);
        List<Error> errors = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) report.get("messages")) {
            String url = String.valueOf(m.get("url"));
            String name = url.substring(url.lastIndexOf('/') + 1);
            int document = name.matches("page-\\d+\\.html") ? Integer.parseInt(name.substring(5, name.length() - 5))
                    : -1;
            Object line = m.get("lastLine");
            errors.add(new Error(document, line instanceof Number n ? n.longValue() : -1,
                    m.get("type") + ": " + m.get("message"), String.valueOf(m.get("extract")).strip()));
        }
        return errors;
    }

    /** Whether the checker is there (the build's npm ci installs it). */
    static boolean installed() {
        return new File(JAR.toString()).isFile();
    }
}
