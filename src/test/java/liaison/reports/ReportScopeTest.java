package liaison.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import liaison.accounts.Account;
import liaison.agencies.Agency;
import liaison.agencies.AgencyKind;
import liaison.system.Messages;
import liaison.system.Role;
import org.junit.jupiter.api.Test;

/** Whose requests a report counts follows from the reader alone; the agency chosen only narrows within it. */
class ReportScopeTest {
    private static final Reports REPORTS = new Reports(null, null, null, new Messages());
    private static final List<Agency> CHOICES = List.of(
            new Agency(3, AgencyKind.LOCAL_AGENCY, "Local", "", true, null),
            new Agency(1, AgencyKind.FEDERAL_OFFICE, "Office", "", true, null));

    private static Account account(Long agency, AgencyKind kind, Role role) {
        return new Account(9, agency, "Agency", kind, "a@example.test", "A", "", true, 0, null, Set.of(role),
                ZoneId.of("UTC"));
    }

    @Test
    void eachReaderGetsTheirOwnSide() {
        assertEquals(Optional.of(new Scope(Scope.Side.LOCAL, 3L, null)),
                REPORTS.scope(account(3L, AgencyKind.LOCAL_AGENCY, Role.CLERK), null, CHOICES));
        assertEquals(Optional.of(new Scope(Scope.Side.LOCAL, 3L, 1L)),
                REPORTS.scope(account(3L, AgencyKind.LOCAL_AGENCY, Role.AGENCY_ADMIN), 1L, CHOICES));
        assertEquals(Optional.of(new Scope(Scope.Side.FEDERAL, 1L, 3L)),
                REPORTS.scope(account(1L, AgencyKind.FEDERAL_OFFICE, Role.AGENCY_ADMIN), 3L, CHOICES),
                "an admin of a federal office reads the office's report");
        assertEquals(Optional.of(new Scope(Scope.Side.FEDERAL, 1L, null)),
                REPORTS.scope(account(1L, AgencyKind.FEDERAL_OFFICE, Role.APPROVER), null, CHOICES));
    }

    @Test
    void aSystemAdminReadsThePortalOrTheAgencyChosen() {
        Account admin = account(null, null, Role.SYSTEM_ADMIN);
        assertEquals(Optional.of(new Scope(Scope.Side.PORTAL, null, null)), REPORTS.scope(admin, null, CHOICES));
        assertEquals(Optional.of(new Scope(Scope.Side.LOCAL, 3L, null)), REPORTS.scope(admin, 3L, CHOICES));
        assertEquals(Optional.of(new Scope(Scope.Side.FEDERAL, 1L, null)), REPORTS.scope(admin, 1L, CHOICES));
        assertEquals(Optional.empty(), REPORTS.scope(account(null, null, Role.CLERK), null, CHOICES),
                "no agency and no portal role: no report");
    }
}
