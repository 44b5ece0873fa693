package liaison.demo;

import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.agencies.AgencyDao;
import org.jdbi.v3.core.Jdbi;

/** The demo accounts and agencies the request script uses, read once. */
final class DemoPeople {
    final Account nyRequester;
    final Account nyApprover;
    final Account denverRequester;
    final Account denverApprover;
    final Account nycClerk;
    final Account denverClerk;
    final Account juniperClerk;
    final long nycDoc;
    final long denverSheriff;
    final long juniper;

    DemoPeople(Jdbi jdbi) {
        nyRequester = account(jdbi, "requester@ero-ny.example");
        nyApprover = account(jdbi, "approver@ero-ny.example");
        denverRequester = account(jdbi, "requester@ero-denver.example");
        denverApprover = account(jdbi, "approver@ero-denver.example");
        nycClerk = account(jdbi, "clerk@nyc-doc.example");
        denverClerk = account(jdbi, "clerk@denver-sheriff.example");
        juniperClerk = account(jdbi, "clerk@county-jail.example");
        nycDoc = agency(jdbi, "New York City Department of Correction");
        denverSheriff = agency(jdbi, "Denver Sheriff Department");
        juniper = agency(jdbi, "Juniper County Jail");
    }

    private static Account account(Jdbi jdbi, String email) {
        AccountDao dao = jdbi.onDemand(AccountDao.class);
        return dao.signInRecord(email).flatMap(r -> dao.find(r.id()))
                .orElseThrow(() -> new IllegalStateException("no demo account " + email));
    }

    private static long agency(Jdbi jdbi, String name) {
        return jdbi.onDemand(AgencyDao.class).findByName(name).orElseThrow().id();
    }
}
