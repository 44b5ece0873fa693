package liaison.demo;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liaison.support.HttpSession;

/**
 * Every page one signed-in person reaches by following links (GET only) from home, as a robot reading the portal
 * would: same-origin links only, at most {@link #PER_PATTERN} pages per address pattern (ids and query values aside) so
 * a list of 50 requests costs three request pages, and at most {@link #MAX_PAGES} answers, redirects followed.
 */
final class PageCrawl {
    static final int MAX_PAGES = 200;
    static final int PER_PATTERN = 3;
    private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]*)\"");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    /** One answer: the person who asked, the address, the status, the content type and the text. */
    record Page(String who, String path, int status, String contentType, String body) {
        boolean html() {
            return contentType.startsWith("text/html");
        }

        @Override
        public String toString() {
            return who + " " + path + " (" + status + ")";
        }
    }

    private final HttpSession session;
    private final String who;
    private final Map<String, Integer> patterns = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Deque<String> queue = new ArrayDeque<>();
    private final List<Page> pages = new ArrayList<>();

    private PageCrawl(HttpSession session, String who) {
        this.session = session;
        this.who = who;
    }

    /** The pages {@code session} reaches from these addresses, in the order it reached them. */
    static List<Page> from(HttpSession session, String who, String... start) {
        PageCrawl crawl = new PageCrawl(session, who);
        Arrays.stream(start).forEach(crawl::enqueue);
        crawl.run();
        return crawl.pages;
    }

    private void run() {
        while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
            String path = queue.removeFirst();
            HttpResponse<String> r = session.get(path);
            String type = r.headers().firstValue("Content-Type").orElse("");
            Page page = new Page(who, path, r.statusCode(), type, r.body());
            pages.add(page);
            r.headers().firstValue("Location").ifPresent(this::enqueue);
            if (page.status() == 200 && page.html()) {
                Matcher m = HREF.matcher(page.body());
                while (m.find()) {
                    enqueue(m.group(1).replace("&amp;", "&"));
                }
            }
        }
    }

    private void enqueue(String href) {
        String path = sameOriginPath(href);
        if (path != null && seen.add(path) && patterns.merge(pattern(path), 1, Integer::sum) <= PER_PATTERN) {
            queue.addLast(path);
        }
    }

    /** The path and query of a link within the portal's pages, or null (other sites, anchors, static files). */
    static String sameOriginPath(String href) {
        URI uri;
        try {
            uri = URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getScheme() != null && !uri.getScheme().startsWith("http") || uri.getRawPath() == null
                || uri.getHost() != null && !uri.getHost().equals("127.0.0.1") || !uri.getRawPath().startsWith("/")
                || uri.getRawPath().startsWith("/static/")) {
            return null;
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The address with every path segment holding a digit as {id} and only the names of the query's fields. */
    static String pattern(String path) {
        String[] parts = path.split("\\?", 2);
        String segments = Arrays.stream(parts[0].split("/", -1))
                .map(s -> HAS_DIGIT.matcher(s).matches() ? "{id}" : s).collect(Collectors.joining("/"));
        if (parts.length == 1) {
            return segments;
        }
        return segments + "?" + Arrays.stream(parts[1].split("&")).map(f -> f.split("=", 2)[0]).sorted()
                .collect(Collectors.joining("&"));
    }
}
