package liaison.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Administration as tests go through it over HTTP: invitations, their links, accounts by e-mail. */
public final class AdminSteps {
    private static final Pattern LINK = Pattern.compile("id=\"invite-link\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACCOUNT = Pattern.compile("href=\"/(?:agency|system)/accounts/(\\d+)\"");

    private AdminSteps() {
    }

    /** An agency admin's invitation with these roles; checks it was made and returns the page that says so. */
    public static HttpResponse<String> invite(HttpSession admin, String name, String email, String... roles) {
        StringBuilder body = new StringBuilder("pac4jCsrfToken=" + enc(admin.csrfToken()))
                .append("&displayName=").append(enc(name)).append("&email=").append(enc(email))
                .append("&jobTitle=").append(enc("Records clerk"));
        for (String role : roles) {
            body.append("&roles=").append(enc(role));
        }
        HttpResponse<String> r = admin.postRaw("/agency/accounts/invite", body.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), () -> "invitation of " + email + " answered " + r.statusCode() + ": " + r.body());
        return r;
    }

    /** The link an invitation page shows (no mail server), as a path of the portal: /invite/{token}. */
    public static String linkPath(HttpResponse<String> sentPage) {
        Matcher m = LINK.matcher(sentPage.body());
        if (!m.find()) {
            throw new AssertionError("no invitation link on the page: " + sentPage.body());
        }
        return URI.create(m.group(1)).getPath();
    }

    /** The account an invitation page links to. */
    public static long accountId(HttpResponse<String> sentPage) {
        Matcher m = ACCOUNT.matcher(sentPage.body());
        if (!m.find()) {
            throw new AssertionError("no account link on the page: " + sentPage.body());
        }
        return Long.parseLong(m.group(1));
    }

    public static long accountId(TestApp app, String email) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM accounts WHERE email = :e")
                .bind("e", email).mapTo(Long.class).one());
    }

    public static long agencyId(TestApp app, String name) {
        return app.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM agencies WHERE name = :n")
                .bind("n", name).mapTo(Long.class).one());
    }

    /** How many audit entries have this action on this object. */
    public static int audited(TestApp app, String action, String objectType, Object objectId) {
        return app.database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM audit_log WHERE action = :a AND object_type = :t AND object_id = :i""")
                .bind("a", action).bind("t", objectType).bind("i", String.valueOf(objectId)).mapTo(Integer.class).one());
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
