package liaison.search;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import liaison.accounts.Account;
import liaison.requests.Priority;
import liaison.requests.RequestRoutes;
import liaison.requests.RequestState;
import liaison.requests.RequestType;
import liaison.system.Messages;
import liaison.system.Pages;
import liaison.system.Paths;

/**
 * GET /search: the header box (q) and the advanced search, all in the address; GET /search.csv: all its results as
 * CSV; GET /subjects/{id}: the person a request is about, across every request the viewer's agency may see.
 */
final class SearchRoutes {
    static final String CSV_PATH = "/search.csv";
    private final Search search;
    private final RequestRoutes requests;
    private final Messages messages;
    private final Clock clock;

    SearchRoutes(Search search, RequestRoutes requests, Messages messages, Clock clock) {
        this.search = search;
        this.requests = requests;
        this.messages = messages;
        this.clock = clock;
    }

    void search(Context ctx) {
        Account viewer = RequestRoutes.account(ctx);
        boolean headerBox = ctx.queryParamMap().keySet().stream().allMatch(k -> k.equals("q"));
        // the header box names no agency to check, and often leads straight on: the list is read when a page shows it
        Map<Long, String> agencies = headerBox ? Map.of() : search.otherAgencies(viewer);
        SearchForm form = new SearchForm(ctx::queryParam, messages, viewer.zone(), agencies);
        String q = form.criteria().quick();
        boolean onlyQuick = q != null && !form.hasErrors() && headerBox;
        if (onlyQuick) {
            Search.Shortcut to = search.shortcut(viewer, q);
            if (to instanceof Search.ToRequest r) {
                ctx.redirect("/requests/" + r.id());
                return;
            }
            if (to instanceof Search.ToSubject s) {
                ctx.redirect("/subjects/" + s.id());
                return;
            }
        }
        Map<String, Object> model = model(viewer, form, headerBox ? search.otherAgencies(viewer) : agencies);
        if (!form.hasErrors()) {
            Optional<SearchKey> after = SearchKey.parse(ctx.queryParam("after"));
            Sort sort = form.criteria().sort();
            Search.Results found = search.search(viewer, form.criteria(), after, ctx.ip());
            Pages<RequestRoutes.Row> page = Pages.of(requests.rows(found.rows()),
                    row -> SearchKey.of(row.request(), sort).token());
            model.put("rows", page.items());
            model.put("total", found.total());
            model.put("capped", found.total() > SearchQueries.COUNT_CAP);
            model.put("cap", SearchQueries.COUNT_CAP);
            model.put("firstHref", after.isPresent() ? form.href(null) : null);
            model.put("nextHref", page.hasNext() ? form.href(page.nextKey()) : null);
            model.put("csvHref", found.total() > 0 ? form.csvHref() : null);
        }
        ctx.render("search/search", model);
    }

    /**
     * GET /search.csv: every result of the search in the address as CSV, streamed; a search with a mistake is the
     * search page with its messages (422), never a file.
     */
    void csv(Context ctx) {
        Account viewer = RequestRoutes.account(ctx);
        Map<Long, String> agencies = search.otherAgencies(viewer);
        SearchForm form = new SearchForm(ctx::queryParam, messages, viewer.zone(), agencies);
        if (form.hasErrors()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            ctx.render("search/search", model(viewer, form, agencies));
            return;
        }
        String day = LocalDate.now(clock.withZone(viewer.zone())).toString();
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"search-results-" + day + ".csv\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        try {
            Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            // the byte order mark tells spreadsheet programs the file is UTF-8 (accented names)
            out.write('\uFEFF');
            search.export(viewer, form.criteria(), ctx.ip(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The search page's model before any result: the form as typed, its choices and its messages. */
    private Map<String, Object> model(Account viewer, SearchForm form, Map<Long, String> agencies) {
        Map<String, Object> model = new HashMap<>();
        model.put("typed", form.typed());
        model.put("agencies", agencies);
        model.put("types", RequestType.values());
        model.put("states", RequestState.values());
        model.put("priorities", Priority.values());
        model.put("sorts", java.util.Arrays.stream(Sort.values()).map(Enum::name).toList());
        model.put("textFields", SearchForm.TEXT_FIELDS);
        model.put("dateFields", SearchForm.DATE_FIELDS);
        model.put("maxLengths", SearchForm.MAX);
        model.put("zoneName", viewer.zone().getDisplayName(TextStyle.FULL, Locale.US));
        model.put("showOffice", viewer.ofLocalAgency());
        model.put("searched", form.criteria().narrowed());
        model.put("overdueOnly", form.criteria().overdueOnly());
        form.show(model, messages);
        model.put("rows", List.of());
        model.put("total", null);
        model.put("capped", false);
        model.put("cap", SearchQueries.COUNT_CAP);
        model.put("firstHref", null);
        model.put("nextHref", null);
        model.put("csvHref", null);
        return model;
    }

    void subject(Context ctx) {
        Account viewer = RequestRoutes.account(ctx);
        Search.SubjectPage page = search.subject(viewer, Paths.id(ctx), ctx.ip()).orElseThrow(NotFoundResponse::new);
        Map<String, Object> model = new HashMap<>();
        model.put("r", page.subject());
        model.put("s", page.subject().subject());
        model.put("rows", requests.rows(page.requests()));
        model.put("disclosures", page.disclosures());
        model.put("local", viewer.ofLocalAgency());
        model.put("limited", page.requests().size() >= SubjectQueries.LIMIT);
        model.put("limit", SubjectQueries.LIMIT);
        ctx.render("search/subject", model);
    }
}
