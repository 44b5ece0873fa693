package liaison.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liaison.requests.RequestDao;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A search's statement as it is built ({@link SearchQueries}): its conditions after need-to-know and their values
 * together, and the id selects the requests are looked up among.
 */
final class Where {
    final StringBuilder sql;
    final Map<String, Object> binds = new LinkedHashMap<>();
    /**
     * Id selects the requests are looked up among (each a full-text or index read, all of them must hold the id),
     * or none: the visible requests. Joined as derived tables, read first (RequestDao.SELECT's STRAIGHT_JOIN):
     * as {@code r.id IN (...)} beside STRAIGHT_JOIN, which rules out a semi-join, MariaDB 11.4 ran a full-text
     * subquery once per visible request (an export of 100,000 copies ran for minutes).
     */
    final List<String> hits = new ArrayList<>();

    /** {@code visible}: the need-to-know condition, the first of every search. */
    Where(String visible) {
        sql = new StringBuilder(visible);
    }

    String from() {
        StringBuilder from = new StringBuilder();
        for (int i = 0; i < hits.size(); i++) {
            from.append(i == 0 ? "(" : " JOIN (").append(hits.get(i)).append(") h").append(i)
                    .append(i == 0 ? "" : " ON h" + i + ".id = h0.id");
        }
        return hits.isEmpty() ? "requests r" : from + " JOIN requests r ON r.id = h0.id";
    }

    String select() {
        return hits.isEmpty() ? RequestDao.SELECT : RequestDao.SELECT.replace("FROM requests r", "FROM " + from());
    }

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
