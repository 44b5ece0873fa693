package liaison.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every form page with problems must show at its top: the USWDS error summary. */
public final class ErrorSummary {
    private static final Pattern SUMMARY = Pattern.compile(
            "<div[^>]*id=\"error-summary\"[^>]*>(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("href=\"#([^\"]+)\"");
    private static final Pattern FIELD_ERROR = Pattern.compile("class=\"usa-error-message\"");

    private ErrorSummary() {
    }

    /**
     * The summary takes focus (tabindex -1 and the page's script), and lists each problem once, as many lines
     * as messages at the fields, each a link to an element of the page. Answers the fields it links to.
     */
    public static List<String> assertListsEachProblemOnce(String page) {
        Matcher summary = SUMMARY.matcher(page);
        assertTrue(summary.find(), "an error summary");
        assertTrue(summary.group().contains("tabindex=\"-1\""), "the summary can take focus");
        assertTrue(page.contains("<script src=\"/static/js/error-summary.js\"></script>"), "and the page gives it");
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(summary.group(1));
        while (link.find()) {
            links.add(link.group(1));
        }
        assertEquals(List.copyOf(new LinkedHashSet<>(links)), links, "each problem once");
        long atFields = FIELD_ERROR.matcher(page).results().count();
        assertEquals(atFields, links.size(), "one line for each message shown at a field");
        for (String field : links) {
            assertTrue(page.contains("id=\"" + field + "\""), () -> "the summary links to #" + field);
        }
        return links;
    }
}
