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
                // the detail page's forms carry it with the version they were opened at
                if (!m.group(1).contains("~{fragments/form :: csrf}")
                        && !m.group(1).contains("~{fragments/form :: versioned}")
                        && !m.group(1).contains("~{fragments/form :: keyed}")) {
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

    @Test
    void fieldErrorsAndTheErrorSummaryAreWrittenOnce() throws IOException {
        List<String> byHand = new ArrayList<>();
        for (Path file : templates()) {
            String text = Files.readString(file);
            if (text.contains("usa-error-message") || text.contains("id=\"error-summary\"")) {
                byHand.add(TEMPLATES.relativize(file).toString());
            }
        }
        assertEquals(List.of("fragments/form.html"), byHand);
    }

    @Test
    void textFieldsComeFromOneFamilyOfFragments() throws IOException {
        // a reusable fragment (not a page's content) that draws a text input or text area with its label and error
        Pattern fragment = Pattern.compile("th:fragment=\"(?!content\")[^\"]*\"(.*?)(?=th:fragment=|\\z)",
                Pattern.DOTALL);
        List<String> others = new ArrayList<>();
        for (Path file : templates()) {
            Matcher m = fragment.matcher(Files.readString(file));
            while (m.find()) {
                String body = m.group(1);
                if ((body.contains("class=\"usa-input") || body.contains("class=\"usa-textarea"))
                        && !file.endsWith(Path.of("fragments", "form.html"))) {
                    others.add(TEMPLATES.relativize(file).toString());
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
