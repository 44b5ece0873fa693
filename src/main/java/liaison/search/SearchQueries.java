package liaison.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liaison.requests.Request;
import liaison.requests.RequestDao;
import liaison.requests.RequestMapper;
import org.jdbi.v3.core.Jdbi;

/**
 * The search's queries: a page, the capped count, the streamed export and the header box's shortcuts, each with the
 * conditions {@link Conditions} makes of the criteria (need-to-know first, as {@link RequestDao#VISIBLE_TO}).
 */
final class SearchQueries {
    static final int PAGE = liaison.system.Pages.SIZE;
    /** Rows the driver reads from the server at a time when an export streams them. */
    static final int FETCH = 500;
    /** The most results counted exactly (the page says "more than" this many above it). */
    static final int COUNT_CAP = 1000;

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
                Where w = Conditions.where(viewerAgency, c, now, months);
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
        Where w = Conditions.where(viewerAgency, c, now, FiledMonths.EVERY);
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
                Where w = Conditions.where(viewerAgency, c, now, months);
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
        return jdbi.withHandle(h -> h.createQuery(RequestDao.SELECT + Conditions.VISIBLE + " AND " + Conditions.IDENTIFIER
                        + " ORDER BY r.id DESC LIMIT " + limit)
                .bind("viewerAgency", viewerAgency).bind("aNumberKey", Conditions.orNone(aNumberKey))
                .bind("identifierKey", Conditions.orNone(identifierKey)).map(new RequestMapper()).list());
    }

    /** The visible request with this tracking number, if any. */
    Optional<Request> byTrackingNumber(long viewerAgency, String trackingNumber) {
        return jdbi.withHandle(h -> h.createQuery(RequestDao.SELECT + Conditions.VISIBLE + " AND r.tracking_number = :t")
                .bind("viewerAgency", viewerAgency).bind("t", trackingNumber).map(new RequestMapper()).findOne());
    }
}
