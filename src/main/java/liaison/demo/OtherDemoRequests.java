package liaison.demo;

import static liaison.demo.DemoPdf.pdf;
import static liaison.demo.DemoScript.LOCAL;
import static liaison.demo.DemoScript.provided;
import static liaison.demo.DemoScript.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import liaison.demo.DemoScript.Ref;
import liaison.requests.Disposition;
import liaison.requests.ItemAnswer;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.StructuredAnswer;
import liaison.requests.Subject;

/**
 * The demo's requests outside the subpoena story: information requests (withdrawn, answered in full with a booking
 * record the office downloads, answered "not held") and release notifications (one waiting, one an emergency filed
 * less than two hours ago).
 */
final class OtherDemoRequests {
    private OtherDemoRequests() {
    }

    /** Adds this part of the demo to the script; {@link DemoScript#run} plays it with the rest. */
    static void script(DemoScript s, DemoPeople p) {
        Set<RequestedItem> release = EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS);
        Ref withdrawn = s.file(s.at(15, 9), p.nyRequester, p.nycDoc, RequestType.INFORMATION_REQUEST, Priority.ROUTINE,
                release, null, new Subject("Rufus Hallendorf", null, LocalDate.of(1975, 9, 5), "Male", "Sylvania",
                        "A000000105", null, null, null), "Is the subject in the Department's custody, and when "
                        + "is he due to be released?");
        s.step(s.at(14, 16), () -> s.workflow.withdraw(p.nyRequester, withdrawn.id(),
                s.version(withdrawn, p.nyRequester),
                "The subject was found in federal custody in another district; no longer needed."));

        Set<RequestedItem> full = EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS,
                RequestedItem.CURRENT_CHARGES, RequestedItem.BOOKING_RECORD);
        Ref juniper = s.file(s.at(5, 10), p.nyRequester, p.juniper, RequestType.INFORMATION_REQUEST, Priority.ROUTINE,
                full, null, new Subject("Bastian Cordlewright", null, LocalDate.of(1987, 2, 11), "Male",
                        "Freedonia", "A000000106", null, null, "DEMO-JCJ-0106"), "Please send the subject's "
                        + "custody status, charges, booking record and expected release date.");
        s.acknowledge(juniper, s.at(5, 13), p.juniperClerk);
        s.step(s.at(4, 10), () -> s.attachments.store(p.juniperClerk, juniper.id(), "booking-record-DEMO-JCJ-0106.pdf",
                pdf("BOOKING RECORD - FICTIONAL DEMO DOCUMENT", "Juniper County Jail (fictional)",
                        "Booking number: DEMO-JCJ-0106", "Name: Bastian Cordlewright (invented)",
                        "Charge: theft of a bicycle (invented)", "Every person and number here is invented."),
                Optional.of(RequestedItem.BOOKING_RECORD), null));
        Instant releaseAt = ZonedDateTime.of(s.calendar.addBusinessDays(s.today(), 4), LocalTime.of(10, 0), LOCAL)
                .toInstant();
        Map<RequestedItem, ItemAnswer> given = new LinkedHashMap<>();
        given.put(RequestedItem.RELEASE_DATE_TIME, provided(RequestedItem.RELEASE_DATE_TIME,
                "Scheduled release " + releaseAt.atZone(LOCAL).toLocalDate() + " at 10:00 local time."));
        given.put(RequestedItem.CUSTODY_STATUS, provided(RequestedItem.CUSTODY_STATUS, "In custody, sentenced."));
        given.put(RequestedItem.CURRENT_CHARGES, provided(RequestedItem.CURRENT_CHARGES,
                "Theft of a bicycle (invented)."));
        given.put(RequestedItem.BOOKING_RECORD, provided(RequestedItem.BOOKING_RECORD,
                "Attached: booking-record-DEMO-JCJ-0106.pdf"));
        s.answer(juniper, s.at(4, 11), p.juniperClerk, given, false, new StructuredAnswer("DEMO-JCJ-0106", releaseAt,
                "Juniper County Jail, main facility (fictional)", "Sentence completed", "Theft of a bicycle (invented)",
                "None", "Answered in full under the county's open policy."));
        // the office reads the produced booking record: the first line of the request's chain of custody
        s.step(s.at(3, 9), () -> s.attachments.download(p.nyRequester, juniper.id(),
                s.attachments.list(juniper.id()).get(0).id(), null));

        s.file(s.at(2, 15), p.nyRequester, p.juniper, RequestType.RELEASE_NOTIFICATION, Priority.ROUTINE, release, null,
                new Subject("Ignatius Welmore", null, LocalDate.of(1995, 7, 7), "Male", "Borduria", "A000000107",
                        null, null, "DEMO-JCJ-0107"), "Please tell this office the date and time of the subject's "
                        + "release, at least 48 hours ahead.");

        Ref notHeld = s.file(s.at(3, 14), p.denverRequester, p.denverSheriff, RequestType.INFORMATION_REQUEST,
                Priority.ROUTINE, release, null, new Subject("Piotr Zemblanov", null, LocalDate.of(1980, 10, 19),
                        "Male", "Elbonia", "A000000205", null, null, null), "Is the subject in the "
                        + "Department's custody?");
        Map<RequestedItem, ItemAnswer> none = new LinkedHashMap<>();
        release.forEach(i -> none.put(i, new ItemAnswer(i, Disposition.NOT_HELD, null, null)));
        s.answer(notHeld, s.at(2, 10), p.denverClerk, none, true, summary("No one of this name or number is held."));

        Instant now = s.now();
        Ref emergency = s.file(now.minus(Duration.ofMinutes(100)), p.denverRequester, p.denverSheriff,
                RequestType.RELEASE_NOTIFICATION, Priority.EMERGENCY, release, null, new Subject("Oswin Tarrowby",
                        null, LocalDate.of(1989, 1, 26), "Male", "Syldavia", "A000000206", "DEMO00206", null,
                        "DEMO-DEN-0206"), "Threat to life: the subject has threatened a witness who lives near "
                        + "the jail. If he is released today, this office must know the hour beforehand.");
        s.acknowledge(emergency, now.minus(Duration.ofMinutes(70)), p.denverClerk);
    }
}
