package liaison.demo;

import static liaison.demo.DemoRequests.DENVER_BASIS;
import static liaison.demo.DemoScript.LOCAL;
import static liaison.demo.DemoScript.summary;
import static liaison.demo.DemoScript.withheld;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import liaison.demo.DemoScript.Ref;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.RequestedItem;
import liaison.requests.Subject;

/**
 * The Denver half of the story (DESIGN.md §2): four administrative subpoenas from ERO Denver to the Denver Sheriff
 * Department — one ignored, one partly answered and closed, one declined, referred and ordered by the court to
 * produce a narrowed set, one acknowledged.
 */
final class DenverSubpoenas {
    private DenverSubpoenas() {
    }

    /** Adds this part of the demo to the script; {@link DemoScript#run} plays it with the rest. */
    static void script(DemoScript s, DemoPeople p) {
        Set<RequestedItem> narrowed = EnumSet.of(RequestedItem.HOME_WORK_ADDRESS, RequestedItem.EMERGENCY_CONTACTS,
                RequestedItem.CURRENT_CHARGES, RequestedItem.BOND_BAIL);
        Ref ignored = s.subpoena(s.at(19, 12), p.denverRequester, p.denverSheriff, narrowed, 5,
                new Subject("Fenno Raskaveli", null, LocalDate.of(1986, 1, 30), "Male", "San Lorenzo",
                        "A000000201", "DEMO00201", null, "DEMO-DEN-0201"), "The subject was arrested for "
                        + "aggravated assault. The Department has not answered this office's requests by phone.");
        s.approve(ignored, s.at(18, 14), p.denverApprover);

        Set<RequestedItem> custody = EnumSet.of(RequestedItem.CUSTODY_STATUS, RequestedItem.HOME_WORK_ADDRESS,
                RequestedItem.EMERGENCY_CONTACTS);
        Ref closed = s.subpoena(s.at(17, 11), p.denverRequester, p.denverSheriff, custody, new Subject(
                "Evander Quillon", null, LocalDate.of(1993, 6, 14), "Male", "Grand Fenwick", "A000000202",
                null, null, "DEMO-DEN-0202"), "The subject was arrested for vehicular assault and released on "
                + "bond. This subpoena compels his custody status and the address he gave at release.");
        s.approve(closed, s.at(17, 15), p.denverApprover);
        s.acknowledge(closed, s.at(16, 10), p.denverClerk);
        Map<RequestedItem, ItemAnswer> partial = withheld(custody, DENVER_BASIS);
        partial.put(RequestedItem.CUSTODY_STATUS, new ItemAnswer(RequestedItem.CUSTODY_STATUS,
                Disposition.PROVIDED, "Not in custody: released on bond three weeks before this subpoena.", null));
        s.answer(closed, s.at(14, 13), p.denverClerk, partial, false, summary(
                "Custody status provided; the address and contacts need a judicial warrant."));
        s.step(s.at(13, 10), () -> s.workflow.close(p.denverRequester, closed.id(),
                s.version(closed, p.denverRequester)));

        // refused, referred, and ordered by the court to produce a narrowed set: back with the Department
        Set<RequestedItem> asked = EnumSet.copyOf(narrowed);
        asked.addAll(EnumSet.of(RequestedItem.BOOKING_RECORD, RequestedItem.CRIMINAL_HISTORY));
        Ref declined = s.subpoena(s.at(10, 13), p.denverRequester, p.denverSheriff, asked, new Subject(
                "Marek Ostrovny-Hale", "Marek Hale", LocalDate.of(1982, 12, 1), "Male", "Elbonia", "A000000203",
                "DEMO00203", null, "DEMO-DEN-0203"), "The subject was convicted of a felony before his removal "
                + "and re-entered. This subpoena compels his address, emergency contacts, charges, bond, booking "
                + "record and criminal history.");
        s.approve(declined, s.at(9, 9), p.denverApprover);
        s.acknowledge(declined, s.at(8, 10), p.denverClerk);
        s.answer(declined, s.at(6, 15), p.denverClerk, withheld(asked, DENVER_BASIS), false, summary(
                "Declined: the Department shares these records only with a judicial warrant."));
        s.step(s.at(5, 11), () -> s.enforcement.refer(p.denverApprover, declined.id(),
                s.version(declined, p.denverApprover),
                "Referred to the U.S. Attorney's Office for the District of Colorado, which moves the U.S. District "
                + "Court to compel production."));
        s.courtOrder(declined, s.at(2, 14), s.at(3, 12).atZone(LOCAL).toLocalDate(), p.denverApprover, narrowed);

        Ref acknowledged = s.subpoena(s.at(6, 10), p.denverRequester, p.denverSheriff, narrowed, new Subject(
                "Caspian Drewlitt", null, LocalDate.of(1990, 4, 22), "Male", "Genovia", "A000000204", null,
                null, "DEMO-DEN-0204"), "The subject is held on a burglary charge and has a prior removal order. "
                + "This subpoena compels his address, emergency contacts, current charges and bond records.");
        s.approve(acknowledged, s.at(5, 14), p.denverApprover);
        s.acknowledge(acknowledged, s.at(4, 9), p.denverClerk);
    }
}
