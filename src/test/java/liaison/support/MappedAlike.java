package liaison.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Checks a hand-written row mapper against JDBI's ConstructorMapper for the same record, the mapper the DAOs used
 * before the request page read through fixed mappers: the same SQL, run for every request, must give equal records.
 */
public final class MappedAlike {
    private MappedAlike() {
    }

    /** Runs {@code sql} for each request with {@code binds(id)}; the number of rows compared. */
    public static <T> int forEveryRequest(Jdbi jdbi, String sql, Function<Long, Map<String, ?>> binds,
                                          RowMapper<T> hand, Class<T> type) {
        return jdbi.withHandle(h -> {
            int rows = 0;
            for (long id : h.createQuery("SELECT id FROM requests ORDER BY id").mapTo(Long.class).list()) {
                List<T> expected = h.createQuery(sql).bindMap(binds.apply(id)).map(ConstructorMapper.of(type)).list();
                assertEquals(expected, h.createQuery(sql).bindMap(binds.apply(id)).map(hand).list(), sql + " " + id);
                rows += expected.size();
            }
            return rows;
        });
    }
}
