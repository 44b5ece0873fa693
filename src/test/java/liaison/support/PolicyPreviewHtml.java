package liaison.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the request form's policy preview (templates/policies/preview.html) in a page or its fragment. */
public final class PolicyPreviewHtml {
    private PolicyPreviewHtml() {
    }

    /** The list under one item's heading: what each chosen agency's policy says about that item. */
    public static String section(String page, String item) {
        Matcher m = Pattern.compile("<h3[^>]*>" + Pattern.quote(item) + "</h3>\\s*<ul[^>]*>(.*?)</ul>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), () -> "no preview of " + item);
        return m.group(1);
    }
}
