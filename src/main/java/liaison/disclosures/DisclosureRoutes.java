package liaison.disclosures;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import liaison.accounts.Account;
import liaison.system.Messages;
import liaison.system.Pages;
import liaison.system.Role;

/**
 * GET /disclosures (a page of the agency's disclosure accounting, filtered) and GET /disclosures.csv (every match).
 * Filters travel in the address, so a search can be bookmarked and paged; bad filters show the page with a message
 * next to each field (422), for the CSV too.
 */
final class DisclosureRoutes {
    public static final String LIST_PATH = "/disclosures";
    public static final String CSV_PATH = "/disclosures.csv";
    private static final List<String> FIELDS = List.of("identifier", "name", "from", "to");

    private final DisclosureLog log;
    private final Messages messages;

    public DisclosureRoutes(DisclosureLog log, Messages messages) {
        this.log = log;
        this.messages = messages;
    }

    public void list(Context ctx) {
        Account reader = reader(ctx);
        DisclosureSearch search = new DisclosureSearch(ctx::queryParam, messages, reader.zone());
        if (search.hasErrors()) {
            showErrors(ctx, reader, search);
            return;
        }
        String after = Pages.after(ctx);
        Pages<Disclosure> page = Pages.of(log.page(reader, search.filter(), before(after), ctx.ip()),
                d -> String.valueOf(d.id()));
        Map<String, Object> model = model(reader, search);
        model.put("rows", page.items());
        model.put("later", !after.isEmpty());
        model.put("nextHref", page.hasNext() ? LIST_PATH + "?" + query(search) + "after=" + page.nextKey() : null);
        ctx.render("disclosures/list", model);
    }

    public void csv(Context ctx) {
        Account reader = reader(ctx);
        DisclosureSearch search = new DisclosureSearch(ctx::queryParam, messages, reader.zone());
        if (search.hasErrors()) {
            showErrors(ctx, reader, search);
            return;
        }
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"disclosures.csv\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        try {
            Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            // the byte order mark tells spreadsheet programs the file is UTF-8 ("§", accented names)
            out.write('\uFEFF');
            log.export(reader, search.filter(), ctx.ip(), out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void showErrors(Context ctx, Account reader, DisclosureSearch search) {
        Map<String, Object> model = model(reader, search);
        model.put("rows", List.of());
        model.put("later", false);
        model.put("nextHref", null);
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        ctx.render("disclosures/list", model);
    }

    private Map<String, Object> model(Account reader, DisclosureSearch search) {
        Map<String, Object> model = new HashMap<>();
        model.put("agency", reader.agencyName());
        model.put("fields", FIELDS);
        // a request's page is for its clerks; an agency admin reads the accounting only
        model.put("linkRequests", reader.has(Role.CLERK));
        model.put("typed", search.typed());
        model.put("maxLengths", Map.of("identifier", DisclosureSearch.MAX_IDENTIFIER, "name",
                DisclosureSearch.MAX_NAME, "from", 10, "to", 10));
        // the days of the range are the reader's agency's, named in the fields' hints
        model.put("zoneName", reader.zone().getDisplayName(TextStyle.FULL, Locale.US));
        search.show(model, messages);
        model.put("filtered", !search.filter().isEmpty() || search.hasErrors());
        model.put("firstHref", LIST_PATH + "?" + query(search));
        model.put("csvHref", CSV_PATH + "?" + query(search));
        return model;
    }

    /** The filters as typed, for links that keep them: "identifier=A1&name=&from=&to=&". */
    private static String query(DisclosureSearch search) {
        return FIELDS.stream().map(f -> f + "=" + URLEncoder.encode(search.typed().getOrDefault(f, ""),
                StandardCharsets.UTF_8) + "&").collect(Collectors.joining());
    }

    private Account reader(Context ctx) {
        Account reader = Account.signedIn(ctx);
        if (!log.policy().canList(reader)) {
            throw new ForbiddenResponse();
        }
        return reader;
    }

    private static long before(String after) {
        try {
            long id = Long.parseLong(after);
            return id > 0 ? id : Long.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
