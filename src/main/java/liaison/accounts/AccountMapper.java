package liaison.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import liaison.agencies.AgencyKind;
import liaison.system.Formats;
import liaison.system.Role;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps the account columns joined with the agency and the roles folded by GROUP_CONCAT. */
public final class AccountMapper implements RowMapper<Account> {
    /** What portal staff show where others show their agency. */
    static final String PORTAL = "Liaison portal";

    @Override
    public Account map(ResultSet rs, StatementContext ctx) throws SQLException {
        Timestamp lastSignIn = rs.getTimestamp("last_sign_in_at");
        long agencyId = rs.getLong("agency_id");
        boolean portalStaff = rs.wasNull();
        return new Account(
                rs.getLong("id"),
                portalStaff ? null : agencyId,
                portalStaff ? PORTAL : rs.getString("agency_name"),
                portalStaff ? null : AgencyKind.valueOf(rs.getString("agency_kind")),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("job_title"),
                rs.getBoolean("active"),
                rs.getInt("failed_attempts"),
                lastSignIn == null ? null : lastSignIn.toInstant(),
                roles(rs.getString("roles")),
                portalStaff ? Formats.UTC : ZoneId.of(rs.getString("agency_time_zone")));
    }

    private static Set<Role> roles(String folded) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (folded != null && !folded.isEmpty()) {
            Arrays.stream(folded.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
