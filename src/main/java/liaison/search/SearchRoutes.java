package liaison.search;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
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
 * GET /search: the header box (q) and the advanced search, all in the address; GET /subjects/{id}: the person a
 * request is about, across every request the viewer's agency may see.
 */
final class SearchRoutes {
    private final Search search;
    private final RequestRoutes requests;
    private final Messages messages;

    SearchRoutes(Search search, RequestRoutes requests, Messages messages) {
        this.search = search;
        this.requests = requests;
        this.messages = messages;
    }

    void search(Context ctx) {
        Account viewer = RequestRoutes.account(ctx);
        Map<Long, String> agencies = search.otherAgencies(viewer);
        SearchForm form = new SearchForm(ctx::queryParam, messages, viewer.zone(), agencies);
        String q = form.criteria().quick();
        boolean onlyQuick = q != null && !form.hasErrors() && ctx.queryParamMap().keySet().stream()
                .allMatch(k -> k.equals("q"));
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
        if (form.hasErrors()) {
            model.put("rows", List.of());
            model.put("total", null);
            model.put("firstHref", null);
            model.put("nextHref", null);
        } else {
            Optional<SearchKey> after = SearchKey.parse(ctx.queryParam("after"));
            Sort sort = form.criteria().sort();
            Search.Results found = search.search(viewer, form.criteria(), after, ctx.ip());
            Pages<RequestRoutes.Row> page = Pages.of(requests.rows(found.rows()),
                    row -> SearchKey.of(row.request(), sort).token());
            model.put("rows", page.items());
            model.put("total", found.total());
            model.put("firstHref", after.isPresent() ? form.href(null) : null);
            model.put("nextHref", page.hasNext() ? form.href(page.nextKey()) : null);
        }
        ctx.render("search/search", model);
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
