package liaison.support;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liaison.filing.Filing;

/** The request form as a browser sends it: opened first (its CSRF token and form key), then posted. */
public final class FilingPosts {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

    private FilingPosts() {
    }

    /**
     * The fields of the form as just opened, filled in to file a subpoena about one subject (a name, no
     * identifier: no duplicate warning stops it) to one agency.
     */
    public static Map<String, String> subpoena(HttpSession session, long agencyId, String subject) {
        HttpResponse<String> page = session.get("/requests/new");
        if (page.statusCode() != 200) {
            throw new AssertionError("the request form answered " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("pac4jCsrfToken", hidden(page.body(), "pac4jCsrfToken"));
        form.put("formKey", hidden(page.body(), "formKey"));
        form.put("version", "0");
        form.put("action", "submit");
        form.put("type", "ADMINISTRATIVE_SUBPOENA");
        form.put("priority", "ROUTINE");
        form.put("recipients", String.valueOf(agencyId));
        form.put("items", "RELEASE_DATE_TIME");
        form.put("narrative", "Needed for removal proceedings & a hearing.");
        form.put("legalAuthority", Filing.SUBPOENA_AUTHORITY);
        form.put("returnDate", "2026-11-20");
        form.put("s1-fullName", subject);
        form.put("s1-dateOfBirth", "05/04/1980");
        return form;
    }

    public static HttpResponse<String> post(HttpSession session, String path, Map<String, String> form) {
        return session.postRaw(path, HttpSession.encode(form).getBytes(StandardCharsets.UTF_8));
    }

    /** The value of the page's first hidden field of this name. */
    public static String hidden(String page, String name) {
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return unescape(m.group(2));
            }
        }
        throw new AssertionError("no hidden field " + name + " in the page");
    }

    /** Every hidden field of the page from {@code from} on, as name and value, in order. */
    public static List<String[]> hiddenFields(String page, int from) {
        Matcher m = HIDDEN.matcher(page);
        m.region(from, page.length());
        List<String[]> fields = new java.util.ArrayList<>();
        while (m.find()) {
            fields.add(new String[] {unescape(m.group(1)), unescape(m.group(2))});
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
