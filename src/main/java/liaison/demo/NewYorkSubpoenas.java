package liaison.demo;

import static liaison.demo.DemoRequests.NYC_BASIS;
import static liaison.demo.DemoScript.summary;
import static liaison.demo.DemoScript.withheld;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import liaison.demo.DemoScript.Ref;
import liaison.requests.RequestedItem;
import liaison.requests.Subject;

/**
 * The New York half of the story (DESIGN.md §2): four administrative subpoenas from ERO New York to the New York
 * City Department of Correction — one declined under § 9-131, one waiting on the office to clarify, one approved
 * and served, one not yet approved.
 */
final class NewYorkSubpoenas {
    private NewYorkSubpoenas() {
    }

    /** Adds this part of the demo to the script; {@link DemoScript#run} plays it with the rest. */
    static void script(DemoScript s, DemoPeople p) {
        Set<RequestedItem> items = EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS,
                RequestedItem.HOME_WORK_ADDRESS, RequestedItem.BOOKING_RECORD);
        Ref homicide = s.subpoena(s.at(20, 10), p.nyRequester, p.nycDoc, items, new Subject("Tomasz Vrelnik",
                "Tomo Vrel", LocalDate.of(1984, 3, 17), "Male", "Borduria", "A000000101", "DEMO00101", null,
                "DEMO-NYC-0101"), "The subject is wanted in his home country on a warrant for homicide. The "
                + "Department arrested him on a local assault charge and released him months ago without notice "
                + "to this office. This subpoena compels the records of that release and his last known address.");
        s.approve(homicide, s.at(19, 11), p.nyApprover);
        s.attachSubpoena(homicide, s.at(19, 11).plusSeconds(300), p.nyApprover, "Tomasz Vrelnik");
        s.acknowledge(homicide, s.at(18, 10), p.nycClerk);
        s.answer(homicide, s.at(12, 15), p.nycClerk, withheld(items, NYC_BASIS), false, summary(
                "Declined: an administrative subpoena is not a judicial warrant (NYC Admin. Code § 9-131)."));

        Ref bail = s.subpoena(s.at(11, 10), p.nyRequester, p.nycDoc, items, new Subject("Anselm Krediq", null,
                LocalDate.of(1991, 8, 2), "Male", "Syldavia", "A000000102", "DEMO00102", null, null),
                "The subject was arrested for attempted rape and released on bail, despite two earlier arrests. "
                + "He is subject to a final order of removal. This subpoena compels his custody status, release "
                + "date and address.");
        s.approve(bail, s.at(10, 10), p.nyApprover);
        s.acknowledge(bail, s.at(9, 11), p.nycClerk);
        s.step(s.at(8, 14), () -> s.workflow.askClarification(p.nycClerk, bail.id(), s.version(bail, p.nycClerk),
                "Our records hold two people with this name and date of birth. Please give the NYSID or the "
                + "booking number of the arrest you mean."));

        Ref warrant = s.subpoena(s.at(3, 10), p.nyRequester, p.nycDoc, items, new Subject("Dorian Paskewitz-Oro",
                "D. Oro", LocalDate.of(1979, 11, 23), "Male", "Freedonia", "A000000103", "DEMO00103", "DEMO-NY-0103",
                "DEMO-NYC-0103"), "The subject faces drug charges in this city and is the subject of an "
                + "outstanding federal warrant for illegal re-entry after removal. This subpoena compels his "
                + "release date and time so that the warrant can be executed.");
        s.approve(warrant, s.at(2, 11), p.nyApprover);

        s.subpoena(s.at(1, 10), p.nyRequester, p.nycDoc, items, new Subject("Lucan Merrowby", null,
                LocalDate.of(1988, 5, 9), "Male", "Sylvania", "A000000104", null, null, "DEMO-NYC-0104"),
                "The subject was released once before under the same policy, without notice to this office, and "
                + "was arrested again last week. This subpoena compels his release date and booking record.");
    }
}
