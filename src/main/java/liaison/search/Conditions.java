package liaison.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import liaison.requests.Deadlines;
import liaison.requests.RequestState;

/**
 * A search's criteria as SQL ({@link Where}), for {@link SearchQueries}. Need-to-know is the first condition of every
 * query, results and counts alike: a request is found only by its filing office, or by the agency it is addressed to
 * once served. The SQL is built from fixed fragments only; every value typed is a bound parameter. Full text runs in
 * boolean mode, every word typed required ({@link Terms#required}); a name is matched by the beginnings of its words,
 * through its own full-text index (V61); words of the text are read in the months given ({@link FiledMonths}).
 */
final class Conditions {
    static final String VISIBLE = " WHERE (r.office_id = :viewerAgency OR (r.agency_id = :viewerAgency"
            + " AND r.state NOT IN " + RequestState.sqlList(RequestState.NOT_SERVED) + "))";
    /**
     * The requests whose narrative, or one message the viewer may read, holds every word: from search_texts (V62),
     * where each word is written once per agency that may read it, so the index's list for the viewer's words is
     * theirs alone ({@link Terms#scoped}); an internal note is there for the answering agency only.
     */
    private static final String TEXT_IDS = "SELECT DISTINCT t.request_id AS id FROM search_texts t"
            + " WHERE MATCH(t.words) AGAINST(:text IN BOOLEAN MODE)";
    static final String IDENTIFIER = "(r.a_number_key = :aNumberKey OR r.fbi_number_key = :identifierKey"
            + " OR r.state_id_key = :identifierKey OR r.booking_number_key = :identifierKey)";

    private Conditions() {
    }

    /** The viewer's need-to-know, then each criterion given, the text's words read in {@code months}. */
    static Where where(long viewerAgency, Criteria c, Instant now, FiledMonths months) {
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
    static String orNone(String key) {
        return key == null ? "" : key;
    }

    /** A LIKE pattern finding the text anywhere, its wildcards (% and _) and the escape character taken literally. */
    static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
