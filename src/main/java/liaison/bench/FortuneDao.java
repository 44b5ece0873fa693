package liaison.bench;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The fortunes table of TechEmpower's benchmark, made when the benchmark route is switched on (no migration). */
interface FortuneDao {
    @SqlUpdate("CREATE TABLE IF NOT EXISTS bench_fortunes (id INT PRIMARY KEY, message VARCHAR(2048) NOT NULL)"
            + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci")
    void create();

    @SqlUpdate("INSERT IGNORE INTO bench_fortunes (id, message) VALUES (:id, :message)")
    void insert(@Bind("id") int id, @Bind("message") String message);

    @SqlQuery("SELECT id, message FROM bench_fortunes")
    @RegisterConstructorMapper(Fortune.class)
    List<Fortune> all();
}
