package liaison.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import liaison.demo.PageCrawl.Page;
import liaison.support.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The forms of crawled pages as a browser would send them, and the addresses with a query, one of each kind. */
final class PageForms {
    private static final String TOKEN = "pac4jCsrfToken";

    /** A form: where it goes, how, and each field's value as the page filled it (the CSRF token aside). */
    record Form(String action, boolean post, Map<String, String> fields) {
        Set<String> names() {
            return fields.keySet();
        }

        String value(String name) {
            return fields.get(name);
        }

        /** The fields encoded with the value {@code valueOf} gives (already encoded), leaving out a null. */
        String encoded(Function<String, String> valueOf) {
            List<String> pairs = new ArrayList<>();
            for (String name : fields.keySet()) {
                String value = valueOf.apply(name);
                if (value != null) {
                    pairs.add(HostileInputTest.enc(name) + "=" + value);
                }
            }
            return String.join("&", pairs);
        }

        /** Every field twice: first with {@code encodedBad}, then as the page filled it. */
        String repeated(String encodedBad) {
            return fields.entrySet().stream().map(e -> HostileInputTest.enc(e.getKey()) + "=" + encodedBad + "&"
                    + HostileInputTest.enc(e.getKey()) + "=" + HostileInputTest.enc(e.getValue()))
                    .collect(Collectors.joining("&"));
        }

        /** The same for every form of this kind: method, address pattern and the names of the fields. */
        String key() {
            return this + " " + PageCrawl.pattern(action) + " " + new TreeSet<>(names());
        }

        @Override
        public String toString() {
            return (post ? "POST " : "GET ") + action;
        }
    }

    private PageForms() {
    }

    /** The forms of these pages, one per address pattern, method and set of field names; no file uploads. */
    static List<Form> distinct(TestApp app, List<Page> pages) {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (Page page : pages) {
            if (page.status() != 200 || !page.html()) {
                continue;
            }
            for (Element form : Jsoup.parse(page.body(), app.url(page.path())).select("form")) {
                String action = PageCrawl.sameOriginPath(form.hasAttr("action") ? form.absUrl("action")
                        : app.url(page.path()));
                if (action == null || "multipart/form-data".equalsIgnoreCase(form.attr("enctype"))
                        || action.startsWith("/logout")) {
                    continue;
                }
                Form f = new Form(action, "post".equalsIgnoreCase(form.attr("method")), fields(form));
                forms.putIfAbsent(f.key(), f);
            }
        }
        return List.copyOf(forms.values());
    }

    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element e : form.select("input[name], textarea[name], select[name], button[name]")) {
            String name = e.attr("name");
            String type = e.attr("type").toLowerCase();
            if (name.equals(TOKEN) || type.equals("file")) {
                continue;
            }
            String value = switch (e.tagName()) {
                case "textarea" -> e.text();
                case "select" -> e.select("option[selected]").isEmpty() ? e.select("option").attr("value")
                        : e.select("option[selected]").attr("value");
                default -> e.attr("value");
            };
            boolean chosen = !type.equals("checkbox") && !type.equals("radio") || e.hasAttr("checked");
            if (chosen || !fields.containsKey(name)) {
                fields.put(name, value);
            }
        }
        return fields;
    }

    /** The addresses with a query among these pages, one per pattern (path and names of the query's fields). */
    static Set<String> queries(List<Page> pages) {
        Map<String, String> byPattern = new LinkedHashMap<>();
        pages.stream().map(Page::path).filter(p -> p.contains("?"))
                .forEach(p -> byPattern.putIfAbsent(PageCrawl.pattern(p), p));
        return new LinkedHashSet<>(byPattern.values());
    }
}
