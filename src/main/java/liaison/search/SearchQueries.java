package liaison.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liaison.requests.Deadlines;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestMapper;
import liaison.requests.RequestState;
import org.jdbi.v3.core.Jdbi;

/**
 * The search in SQL. Need-to-know is the first condition of every query, results and counts alike: a request is
 * found only by its filing office, or by the agency it is addressed to once served ({@link RequestDao#VISIBLE_TO}).
 * The SQL is built from fixed fragments only; every value typed is a bound parameter. Full text runs in boolean
 * mode, every word typed required ({@link Terms#required}), so a request must hold them all (fewer rows match than
 * with any of them); a name is matched by the beginnings of its words, through its own full-text index (V61).
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
     * The requests whose narrative, or one message the viewer may read, holds every word: from search_texts (V62),
     * where each word is written once per agency that may read it, so the index's list for the viewer's words is
     * theirs alone ({@link Terms#scoped}); an internal note is there for the answering agency only.
     */
    private static final String TEXT_IDS = "SELECT DISTINCT t.request_id AS id FROM search_texts t"
            + " WHERE MATCH(t.words) AGAINST(:text IN BOOLEAN MODE)";
    private static final String IDENTIFIER = "(r.a_number_key = :aNumberKey OR r.fbi_number_key = :identifierKey"
            + " OR r.state_id_key = :identifierKey OR r.booking_number_key = :identifierKey)";

    private final Jdbi jdbi;

    SearchQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * One page (and one row more, to tell whether there is a next) of what the agency may see that matches. A words
     * search listed by filing date reads the newest months' words first ({@link FiledMonths}), the older ones only
     * while the page is not full.
     */
    List<Request> page(long viewerAgency, Criteria c, Optional<SearchKey> after, Instant now) {
        return jdbi.withHandle(h -> {
            List<Request> rows = new ArrayList<>();
            FiledMonths.Reading reading = FiledMonths.Reading.of(h, c, after, PAGE + 1);
            for (FiledMonths months = reading.next(); months != null; months = reading.next()) {
                Where w = where(viewerAgency, c, now, months);
                StringBuilder sql = new StringBuilder(w.select()).append(w.sql);
                after.ifPresent(k -> {
                    sql.append(c.sort().after());
                    w.binds.put("afterAt", k.at());
                    w.binds.put("afterId", k.id());
                });
                sql.append(c.sort().order()).append(" LIMIT ").append(PAGE + 1 - rows.size());
                List<Request> found = w.bind(h.createQuery(sql.toString())).map(new RequestMapper()).list();
                rows.addAll(found);
                reading.found(found.size());
                if (rows.size() > PAGE) {
                    break;
                }
            }
            return rows;
        });
    }

    /**
     * Every request the agency may see that matches, in the chosen order, handed to {@code each} one at a time as
     * the database sends them: the driver streams the result ({@value #FETCH} rows fetched at a time), so no list of
     * them is ever held. The same conditions as {@link #page}, without a page's bound, every month at once.
     */
    void each(long viewerAgency, Criteria c, Instant now, java.util.function.Consumer<Request> each) {
        Where w = where(viewerAgency, c, now, FiledMonths.EVERY);
        String sql = w.select() + w.sql + c.sort().order();
        jdbi.useHandle(h -> w.bind(h.createQuery(sql)).setFetchSize(FETCH).map(new RequestMapper()).forEach(each));
    }

    /**
     * How many requests the agency may see match, the same conditions as {@link #page}, counted up to one more than
     * {@value #COUNT_CAP} only: a result above the cap reads "more than" it, so a common word never counts every
     * visible match. A words search counts the newest months first, and stops above the cap.
     */
    long count(long viewerAgency, Criteria c, Instant now) {
        return jdbi.withHandle(h -> {
            long total = 0;
            FiledMonths.Reading reading = FiledMonths.Reading.of(h, c, Optional.empty(), COUNT_CAP + 1);
            for (FiledMonths months = reading.next(); months != null; months = reading.next()) {
                Where w = where(viewerAgency, c, now, months);
                long found = w.bind(h.createQuery("SELECT COUNT(*) FROM (SELECT STRAIGHT_JOIN 1 FROM " + w.from()
                        + w.sql + " LIMIT " + (COUNT_CAP + 1 - total) + ") capped")).mapTo(Long.class).one();
                total += found;
                reading.found(found);
                if (total > COUNT_CAP) {
                    break;
                }
            }
            return total;
        });
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

    private static Where where(long viewerAgency, Criteria c, Instant now, FiledMonths months) {
        Where w = new Where(VISIBLE);
        w.binds.put("viewerAgency", viewerAgency);
        if (months.condition() != null) {
            w.and(months.condition());
            if (months.dated()) {
                w.binds.put("filedFirst", months.start());
                w.binds.put("filedAfter", months.end());
            }
        }
        if (c.quick() != null) {
            quick(w, viewerAgency, c.quick(), c.quickWords(), months);
        }
        if (c.tracking() != null) {
            String ids = trackingIds(c.tracking(), "tracking", w);
            if (ids == null) {
                w.and("r.tracking_number LIKE :tracking", "tracking", like(c.tracking()));
            } else {
                w.hits.add(ids);
            }
        }
        if (!c.nameWords().isEmpty()) {
            String ids = nameIds(c.nameWords(), "name", w);
            if (ids == null) {
                w.and(words(c.nameWords(), "name", w));
            } else {
                w.hits.add(ids);
            }
        }
        if (c.identifierKey() != null) {
            w.and(IDENTIFIER);
            w.binds.put("aNumberKey", orNone(c.aNumberKey()));
            w.binds.put("identifierKey", c.identifierKey());
        }
        if (c.text() != null) {
            String words = Terms.scoped(viewerAgency, c.text(), months);
            if (words.isEmpty()) {
                w.and("FALSE");
            } else {
                w.hits.add(TEXT_IDS);
                w.binds.put("text", words);
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

    /**
     * The header box: a word of the name, a tracking number or its number, an identifier, or words of the text. Each
     * reads its own index for the ids it finds, and the visible requests are looked up among their union: no
     * condition over every visible request. Only name words the full-text index cannot hold (one or two letters)
     * are compared with each visible request's name.
     */
    private static void quick(Where w, long viewerAgency, String typed, List<String> typedWords, FiledMonths months) {
        List<String> ids = new ArrayList<>();
        String name = nameIds(typedWords, "q", w);
        if (name != null) {
            ids.add(name);
        }
        String tracking = trackingIds(typed, "q", w);
        if (tracking != null) {
            ids.add(tracking);
        }
        String aNumber = Identifiers.aNumberKey(typed);
        if (aNumber != null) {
            ids.add("SELECT id FROM requests WHERE a_number_key = :qANumber");
            w.binds.put("qANumber", aNumber);
        }
        String key = Identifiers.key(typed);
        if (key != null && key.length() <= Identifiers.MAX) {
            for (String column : List.of("fbi_number_key", "state_id_key", "booking_number_key")) {
                ids.add("SELECT id FROM requests WHERE " + column + " = :qKey");
            }
            w.binds.put("qKey", key);
        }
        String text = Terms.scoped(viewerAgency, typed, months);
        if (!text.isEmpty()) {
            ids.add(TEXT_IDS.replace(":text", ":q"));
            w.binds.put("q", text);
        }
        if (name == null && !typedWords.isEmpty()) {
            // only short name words: they are compared with each visible request's name, beside the ids found
            String found = ids.isEmpty() ? "FALSE"
                    : "r.id IN (SELECT hits.id FROM (" + String.join(" UNION ", ids) + ") hits)";
            w.and("(" + found + " OR " + words(typedWords, "q", w) + ")");
        } else if (ids.isEmpty()) {
            w.and("FALSE");
        } else {
            // the ids found drive (STRAIGHT_JOIN, RequestDao.SELECT): left to itself, with few requests MariaDB read
            // every visible request and probed the ids for each
            w.hits.add(String.join(" UNION ", ids));
        }
    }

    /**
     * The requests whose name or aliases hold a word beginning with each word typed (its letters and digits), from
     * the names' full-text index; words it cannot hold must be in them too. Null when no word typed is indexed.
     */
    private static String nameIds(List<String> typed, String prefix, Where w) {
        String terms = Terms.required(String.join(" ", typed), "", "*");
        if (terms.isEmpty()) {
            return null;
        }
        w.binds.put(prefix + "Name", terms);
        StringBuilder sql = new StringBuilder("SELECT id FROM requests"
                + " WHERE MATCH(subject_name, subject_aliases) AGAINST(:" + prefix + "Name IN BOOLEAN MODE)");
        List<String> unindexed = Terms.unindexed(typed);
        for (int i = 0; i < unindexed.size(); i++) {
            String p = prefix + "Short" + i;
            sql.append(" AND (subject_name LIKE :").append(p).append(" OR subject_aliases LIKE :").append(p).append(")");
            w.binds.put(p, like(unindexed.get(i)));
        }
        return sql.toString();
    }

    /**
     * The request with this tracking number (LIA-2026-000123, or 2026-000123), or those whose number is this one
     * (123 or 000123: any year's); null when the text is written neither way.
     */
    private static String trackingIds(String typed, String prefix, Where w) {
        String full = Identifiers.trackingNumber(typed);
        if (full == null) {
            full = Identifiers.trackingNumberOfYear(typed);
        }
        if (full != null) {
            w.binds.put(prefix + "Tracking", full);
            return "SELECT id FROM requests WHERE tracking_number = :" + prefix + "Tracking";
        }
        String serial = Identifiers.trackingSerial(typed);
        if (serial != null) {
            w.binds.put(prefix + "Serial", serial);
            return "SELECT id FROM requests WHERE tracking_serial = :" + prefix + "Serial";
        }
        return null;
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

    /** A key that matches nothing in place of none: the key columns are never empty (V20). */
    private static String orNone(String key) {
        return key == null ? "" : key;
    }

    /** A LIKE pattern finding the text anywhere, its wildcards (% and _) and the escape character taken literally. */
    static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
