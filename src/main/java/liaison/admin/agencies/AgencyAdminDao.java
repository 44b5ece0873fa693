package liaison.admin.agencies;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Agencies as the system admin creates and changes them. */
@RegisterConstructorMapper(AgencyDetails.class)
interface AgencyAdminDao {

    @SqlQuery("SELECT * FROM agencies WHERE id = :id")
    Optional<AgencyDetails> find(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) > 0 FROM agencies WHERE name = :name AND id <> :exceptId")
    boolean nameTaken(@Bind("name") String name, @Bind("exceptId") long exceptId);

    @SqlUpdate("""
            INSERT INTO agencies (kind, name, jurisdiction, contact_email, contact_phone, time_zone, active, created_at)
            VALUES (:f.kind, :f.name, :f.jurisdiction, :f.contactEmail, :f.contactPhone, :f.timeZone, TRUE, :now)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods("f") AgencyForm.Values form, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE agencies SET name = :f.name, jurisdiction = :f.jurisdiction, contact_email = :f.contactEmail,
                                contact_phone = :f.contactPhone, time_zone = :f.timeZone
            WHERE id = :id
            """)
    int update(@Bind("id") long id, @BindMethods("f") AgencyForm.Values form);

    @SqlUpdate("UPDATE agencies SET active = :active WHERE id = :id AND active <> :active")
    int setActive(@Bind("id") long id, @Bind("active") boolean active);
}
