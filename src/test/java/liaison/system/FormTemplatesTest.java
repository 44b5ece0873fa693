package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The templates use the one form stack of fragments/form.html rather than writing its parts by hand. */
class FormTemplatesTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    @Test
    void everyPostFormCarriesTheCsrfFragment() throws IOException {
        List<String> missing = new ArrayList<>();
        int forms = 0;
        for (Path file : templates()) {
            Matcher m = POST_FORM.matcher(Files.readString(file));
            while (m.find()) {
                forms++;
                // the detail page's forms carry it inside their hidden block (the token and the version)
                if (!m.group(1).contains("~{fragments/form :: csrf}")
                        && !m.group(1).contains("~{requests/detail-fields :: hidden}")) {
                    missing.add(file + " at " + m.start());
                }
            }
        }
        assertTrue(forms > 15, "the scan finds the portal's forms");
        assertEquals(List.of(), missing);
    }

    @Test
    void theCsrfFieldIsWrittenOnce() throws IOException {
        List<String> byHand = new ArrayList<>();
        for (Path file : templates()) {
            if (Files.readString(file).contains("name=\"" + Security.CSRF_PARAMETER + "\"")) {
                byHand.add(TEMPLATES.relativize(file).toString());
            }
        }
        assertEquals(List.of("fragments/form.html"), byHand);
    }

    @Test
    void everyRequiredMarkerSaysTheSameWord() throws IOException {
        Pattern marker = Pattern.compile("#\\{([\\w.]+)\\}\"\\s*class=\"usa-hint usa-hint--required");
        List<String> others = new ArrayList<>();
        for (Path file : templates()) {
            Matcher m = marker.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).equals("form.required")) {
                    others.add(file + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), others);
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
