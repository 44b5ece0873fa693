package liaison.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liaison.requests.Deadlines;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestMapper;
import liaison.requests.RequestState;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The search in SQL. Need-to-know is the first condition of every query, results and counts alike: a request is
 * found only by its filing office, or by the agency it is addressed to once served ({@link RequestDao#VISIBLE_TO}).
 * The SQL is built from fixed fragments only; every value typed is a bound parameter. Full text runs in boolean
 * mode, every word typed required ({@link #required}): the words alone ({@link #fullText}), so nothing typed is an
 * operator, each marked + so a request must hold them all (fewer rows match than with any of them).
 */
final class SearchQueries {
    static final int PAGE = liaison.system.Pages.SIZE;
    /** Rows the driver reads from the server at a time when an export streams them. */
    static final int FETCH = 500;
    /** The most results counted exactly (the page says "more than" this many above it). */
    static final int COUNT_CAP = 1000;
    private static final String VISIBLE = " WHERE (r.office_id = :viewerAgency OR (r.agency_id = :viewerAgency"
            + " AND r.state NOT IN " + RequestState.sqlList(RequestState.NOT_SERVED) + "))";
    /**
     * The requests whose narrative, or a message the viewer may read, holds every word (internal notes are the
     * answering agency's own). Each side reads its own full-text index once, uncorrelated, so the server
     * materialises the matching ids and looks each visible request up by primary key: no MATCH per row.
     */
    private static final String TEXT = "(r.id IN (SELECT n.id FROM requests n"
            + " WHERE MATCH(n.narrative) AGAINST(:text IN BOOLEAN MODE))"
            + " OR r.id IN (SELECT m.request_id FROM request_messages m JOIN requests x ON x.id = m.request_id"
            + " WHERE MATCH(m.body) AGAINST(:text IN BOOLEAN MODE)"
            + " AND (m.kind <> 'INTERNAL_NOTE' OR x.agency_id = :viewerAgency)))";
    /** InnoDB's innodb_ft_min_token_size (default) and its default stopwords of that length or more. */
    private static final int SHORTEST = 3;
    private static final java.util.Set<String> STOPWORDS = java.util.Set.of("about", "are", "com", "for", "from",
            "how", "that", "the", "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");
    private static final String IDENTIFIER = "(r.a_number_key = :aNumberKey OR r.fbi_number_key = :identifierKey"
            + " OR r.state_id_key = :identifierKey OR r.booking_number_key = :identifierKey)";

    private final Jdbi jdbi;

    SearchQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One page (and one row more, to tell whether there is a next) of what the agency may see that matches. */
    List<Request> page(long viewerAgency, Criteria c, Optional<SearchKey> after, Instant now) {
        Where w = where(viewerAgency, c, now);
        StringBuilder sql = new StringBuilder(RequestDao.SELECT).append(w.sql);
        after.ifPresent(k -> {
            sql.append(c.sort().after());
            w.binds.put("afterAt", k.at());
            w.binds.put("afterId", k.id());
        });
        sql.append(c.sort().order()).append(" LIMIT ").append(PAGE + 1);
        return jdbi.withHandle(h -> w.bind(h.createQuery(sql.toString())).map(new RequestMapper()).list());
    }

    /**
     * Every request the agency may see that matches, in the chosen order, handed to {@code each} one at a time as
     * the database sends them: the driver streams the result ({@value #FETCH} rows fetched at a time), so no list of
     * them is ever held. The same conditions as {@link #page}, without a page's bound.
     */
    void each(long viewerAgency, Criteria c, Instant now, java.util.function.Consumer<Request> each) {
        Where w = where(viewerAgency, c, now);
        String sql = RequestDao.SELECT + w.sql + c.sort().order();
        jdbi.useHandle(h -> w.bind(h.createQuery(sql)).setFetchSize(FETCH).map(new RequestMapper()).forEach(each));
    }

    /**
     * How many requests the agency may see match, the same conditions as {@link #page}, counted up to one more than
     * {@value #COUNT_CAP} only: a result above the cap reads "more than" it, so a common word never counts every
     * visible match.
     */
    long count(long viewerAgency, Criteria c, Instant now) {
        Where w = where(viewerAgency, c, now);
        return jdbi.withHandle(h -> w.bind(h.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM requests r" + w.sql
                        + " LIMIT " + (COUNT_CAP + 1) + ") capped")).mapTo(Long.class).one());
    }

    /** Visible requests whose identifier is exactly this one (the header box's shortcut), at most {@code limit}. */
    List<Request> byIdentifier(long viewerAgency, String aNumberKey, String identifierKey, int limit) {
        return jdbi.withHandle(h -> h.createQuery(RequestDao.SELECT + VISIBLE + " AND " + IDENTIFIER
                        + " ORDER BY r.id DESC LIMIT " + limit)
                .bind("viewerAgency", viewerAgency).bind("aNumberKey", orNone(aNumberKey))
                .bind("identifierKey", orNone(identifierKey)).map(new RequestMapper()).list());
    }

    /** The visible request with this tracking number, if any. */
    Optional<Request> byTrackingNumber(long viewerAgency, String trackingNumber) {
        return jdbi.withHandle(h -> h.createQuery(RequestDao.SELECT + VISIBLE + " AND r.tracking_number = :t")
                .bind("viewerAgency", viewerAgency).bind("t", trackingNumber).map(new RequestMapper()).findOne());
    }

    private static Where where(long viewerAgency, Criteria c, Instant now) {
        Where w = new Where();
        w.binds.put("viewerAgency", viewerAgency);
        if (c.quick() != null) {
            // the header box: a word of the name, part of a tracking number, an identifier, or words of the text
            String words = required(c.quick());
            w.and("(" + words(c.quickWords(), "q", w) + " OR r.tracking_number LIKE :qLike OR " + IDENTIFIER
                    .replace(":aNumberKey", ":qANumber").replace(":identifierKey", ":qKey")
                    + (words.isEmpty() ? "" : " OR " + TEXT.replace(":text", ":q")) + ")");
            w.binds.put("qLike", like(c.quick()));
            w.binds.put("qANumber", orNone(Identifiers.aNumberKey(c.quick())));
            w.binds.put("qKey", orNone(Identifiers.key(c.quick())));
            if (!words.isEmpty()) {
                w.binds.put("q", words);
            }
        }
        if (c.tracking() != null) {
            w.and("r.tracking_number LIKE :tracking", "tracking", like(c.tracking()));
        }
        if (!c.nameWords().isEmpty()) {
            w.and(words(c.nameWords(), "name", w));
        }
        if (c.identifierKey() != null) {
            w.and(IDENTIFIER);
            w.binds.put("aNumberKey", orNone(c.aNumberKey()));
            w.binds.put("identifierKey", c.identifierKey());
        }
        if (c.text() != null) {
            String words = required(c.text());
            if (words.isEmpty()) {
                w.and("FALSE");
            } else {
                w.and(TEXT, "text", words);
            }
        }
        if (c.type() != null) {
            w.and("r.request_type = :type", "type", c.type().name());
        }
        if (c.state() != null) {
            w.and("r.state = :state", "state", c.state().name());
        }
        if (c.priority() != null) {
            w.and("r.priority = :priority", "priority", c.priority().name());
        }
        if (c.otherAgency() != null) {
            w.and("(r.office_id = :other OR r.agency_id = :other)", "other", c.otherAgency());
        }
        range(w, "r.submitted_at", "filed", c.filed());
        range(w, "r.due_at", "due", c.due());
        range(w, "r.answered_at", "answered", c.answered());
        if (c.overdueOnly()) {
            w.and(Deadlines.OVERDUE_SQL, "now", now);
        }
        return w;
    }

    /** Every word in the name or in the aliases (the collation ignores case and accents). */
    private static String words(List<String> words, String prefix, Where w) {
        List<String> each = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String p = prefix + "Word" + i;
            each.add("(r.subject_name LIKE :" + p + " OR r.subject_aliases LIKE :" + p + ")");
            w.binds.put(p, like(words.get(i)));
        }
        return each.isEmpty() ? "FALSE" : "(" + String.join(" AND ", each) + ")";
    }

    private static void range(Where w, String column, String name, Criteria.Range range) {
        if (range.from() != null) {
            w.and(column + " >= :" + name + "From", name + "From", range.from());
        }
        if (range.to() != null) {
            w.and(column + " < :" + name + "To", name + "To", range.to());
        }
    }

    /**
     * The words of a full-text search, every other character a space: MariaDB's parser reads some characters as
     * operators even in natural language mode (a lone {@code *} is a syntax error), so none is passed on.
     */
    static String fullText(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The words of a full-text search as boolean mode's required terms ({@code +custody +release}); words the index
     * never holds (shorter than its {@value #SHORTEST} characters, or InnoDB's stopwords) are left out, as natural
     * language mode ignores them: required, they would match nothing.
     */
    static String required(String text) {
        StringBuilder terms = new StringBuilder();
        for (String word : fullText(text).split(" ")) {
            if (word.length() >= SHORTEST && !STOPWORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                terms.append(terms.length() == 0 ? "+" : " +").append(word);
            }
        }
        return terms.toString();
    }

    /** A key that matches nothing in place of none: the key columns are never empty (V20). */
    private static String orNone(String key) {
        return key == null ? "" : key;
    }

    /** A LIKE pattern finding the text anywhere, its wildcards (% and _) and the escape character taken literally. */
    static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The conditions and their values, built together. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder(VISIBLE);
        final Map<String, Object> binds = new LinkedHashMap<>();

        void and(String condition) {
            sql.append(" AND ").append(condition);
        }

        void and(String condition, String name, Object value) {
            and(condition);
            binds.put(name, value);
        }

        <S extends SqlStatement<S>> S bind(S statement) {
            binds.forEach(statement::bind);
            return statement;
        }
    }
}
