package liaison.policies;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liaison.system.Messages;
import liaison.system.Pages;
import liaison.system.Problems;

/**
 * GET /agencies: the directory of local agencies, for everyone signed in, searched by name ({@code q} in the
 * address, so a search can be bookmarked and paged) and paginated by name. A search that cannot be one (too long,
 * control characters) shows the form with its message and no list (422).
 */
final class DirectoryRoutes {
    static final String PATH = "/agencies";
    static final String SEARCH = "q";
    /** As long as an agency's name may be. */
    static final int MAX_SEARCH = 200;
    /** What the form shows again of a search too long to be one. */
    private static final int MAX_SHOWN = 1000;

    private final AgencyDirectory directory;
    private final Messages messages;

    DirectoryRoutes(AgencyDirectory directory, Messages messages) {
        this.directory = directory;
        this.messages = messages;
    }

    public void list(Context ctx) {
        String raw = ctx.queryParam(SEARCH);
        Problems problems = new Problems();
        String search = problems.text(SEARCH, raw == null ? "" : raw, MAX_SEARCH, false);
        Map<String, Object> model = new HashMap<>();
        model.put("q", search.length() > MAX_SHOWN ? search.substring(0, MAX_SHOWN) : search);
        model.put("searched", !search.isEmpty());
        model.put("maxSearch", MAX_SEARCH);
        if (problems.any()) {
            problems.show(model, messages, "directory.field.");
            model.put("agencies", List.of());
            model.put("nextHref", null);
            model.put("firstHref", null);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            ctx.render("policies/directory", model);
            return;
        }
        Problems.none(model);
        String after = Pages.after(ctx);
        Pages<DirectoryEntry> page = Pages.of(directory.page(search.isEmpty() ? null : search, after,
                Pages.SIZE + 1), DirectoryEntry::name);
        String query = search.isEmpty() ? "" : SEARCH + "=" + encode(search) + "&";
        model.put("agencies", page.items());
        model.put("nextHref", page.hasNext() ? PATH + "?" + query + "after=" + encode(page.nextKey()) : null);
        model.put("firstHref", after.isEmpty() ? null : PATH + (query.isEmpty() ? "" : "?" + query));
        model.put("processes", AgencyDirectory.SUMMARISED);
        ctx.render("policies/directory", model);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
