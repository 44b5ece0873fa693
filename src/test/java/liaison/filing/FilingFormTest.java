package liaison.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.filing.FilingForm.Mode;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the request form, without a database: what a draft needs, what submitting needs, what is refused. */
class FilingFormTest {
    /** A Monday; Veterans Day (Wednesday 11 November 2026) is the next federal holiday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final long NYC = 3;
    static final long DENVER = 4;
    static final Set<Long> LOCAL = Set.of(NYC, DENVER);

    /** A complete subpoena for one subject to NYC: the base each test changes one thing of. */
    static Map<String, List<String>> complete() {
        Map<String, List<String>> f = new HashMap<>();
        f.put("type", List.of("ADMINISTRATIVE_SUBPOENA"));
        f.put("priority", List.of("ROUTINE"));
        f.put("recipients", List.of(String.valueOf(NYC)));
        f.put("s1-fullName", List.of("Test Person One"));
        f.put("s1-aNumber", List.of("A111111111"));
        f.put("items", List.of("RELEASE_DATE_TIME", "CUSTODY_STATUS"));
        f.put("narrative", List.of("Needed for removal proceedings."));
        f.put("legalAuthority", List.of(Filing.SUBPOENA_AUTHORITY));
        f.put("returnDate", List.of("2026-11-20"));
        return f;
    }

    static Map<String, List<String>> with(String field, String... values) {
        Map<String, List<String>> f = complete();
        f.put(field, List.of(values));
        return f;
    }

    static FilingForm.Checked submit(Map<String, List<String>> form) {
        return FilingForm.read(form).check(Mode.SUBMIT, LOCAL, TODAY);
    }

    static FilingForm.Checked draft(Map<String, List<String>> form) {
        return FilingForm.read(form).check(Mode.DRAFT, LOCAL, TODAY);
    }

    /** The message keys of the problems of one field. */
    static List<String> problems(FilingForm.Checked checked, String field) {
        return checked.problems().stream().filter(p -> p.field().equals(field)).map(FilingForm.Problem::key).toList();
    }

    @Test
    void aCompleteSubpoenaBecomesAFiling() {
        var checked = submit(complete());
        assertEquals(List.of(), checked.problems());
        Filing f = checked.filing();
        assertEquals(RequestType.ADMINISTRATIVE_SUBPOENA, f.type());
        assertEquals(Priority.ROUTINE, f.priority());
        assertEquals(List.of(NYC), f.recipients());
        assertEquals(EnumSet.of(RequestedItem.RELEASE_DATE_TIME, RequestedItem.CUSTODY_STATUS), f.items());
        assertEquals(LocalDate.of(2026, 11, 20), f.returnDate());
        assertEquals(Filing.SUBPOENA_AUTHORITY, f.legalAuthority());
        assertEquals(List.of(new Subject("Test Person One", null, null, null, null, "A111111111", null, null, null)),
                f.subjects());
    }

    @Test
    void blankSubjectFieldsetsAreIgnored() {
        var form = with("s3-fullName", "Test Person Three");
        form.put("s3-dateOfBirth", List.of("1990-01-31"));
        form.put("s2-fullName", List.of("   "));
        Filing f = submit(form).filing();
        assertEquals(List.of("Test Person One", "Test Person Three"), f.subjects().stream().map(Subject::fullName).toList());
    }

    @Test
    void aDraftNeedsOnlyATypeAndAPriority() {
        var checked = draft(Map.of("type", List.of("INFORMATION_REQUEST"), "priority", List.of("URGENT")));
        assertEquals(List.of(), checked.problems());
        assertEquals("", checked.filing().narrative());
        assertTrue(checked.filing().subjects().isEmpty() && checked.filing().recipients().isEmpty());
        var none = draft(Map.of());
        assertEquals(List.of("filing.error.type"), problems(none, "type"));
        assertEquals(List.of("filing.error.priority"), problems(none, "priority"));
        assertEquals(2, none.problems().size());
    }

    @Test
    void aDraftKeepsASubjectWithoutANameYet() {
        var form = with("s1-fullName", "");
        form.put("narrative", List.of(""));
        form.put("returnDate", List.of("2026-11-03")); // too early to submit, fine to keep in a draft
        var checked = draft(form);
        assertEquals(List.of(), checked.problems());
        assertEquals("", checked.filing().subjects().get(0).fullName());
        assertEquals("A111111111", checked.filing().subjects().get(0).aNumber());
    }

    @Test
    void submittingNeedsEverything() {
        var checked = submit(Map.of("type", List.of("INFORMATION_REQUEST"), "priority", List.of("ROUTINE")));
        assertNull(checked.filing());
        assertEquals(List.of("recipients", "subjects", "items", "narrative"),
                checked.problems().stream().map(FilingForm.Problem::field).toList());
        assertEquals("s1-fullName", checked.problems().get(1).anchor(), "the summary links to the first name field");
    }

    @Test
    void aSubjectWithANameNeedsAnIdentifierOrADateOfBirth() {
        var form = with("s1-aNumber", "");
        assertEquals(List.of("filing.error.subject.identify"), problems(submit(form), "s1-identifiers"));
        form.put("s1-dateOfBirth", List.of("1990-01-31"));
        assertEquals(List.of(), submit(form).problems());
        for (String id : List.of("s1-fbiNumber", "s1-stateId", "s1-bookingNumber")) {
            var other = with("s1-aNumber", "");
            other.put(id, List.of("X123"));
            assertEquals(List.of(), submit(other).problems(), id);
        }
    }

    @Test
    void aSubjectWithIdentifiersButNoNameCannotBeSubmitted() {
        var checked = submit(with("s1-fullName", ""));
        assertEquals(List.of("filing.error.subject.name"), problems(checked, "s1-fullName"));
        assertEquals(List.of("filing.error.subjects.missing"), problems(checked, "subjects"));
    }

    @Test
    void recipientsMustBeActiveLocalAgencies() {
        assertEquals(List.of("filing.error.recipients.unknown"), problems(draft(with("recipients", "1")), "recipients"));
        assertEquals(List.of("filing.error.recipients.unknown"), problems(draft(with("recipients", "999999")), "recipients"));
        assertEquals(List.of("filing.error.recipients.unknown"), problems(draft(with("recipients", "abc")), "recipients"));
        assertEquals(List.of(NYC, DENVER), submit(with("recipients", "3", "4", "3")).filing().recipients());
    }

    @Test
    void unknownChoicesAreFieldErrors() {
        assertEquals(List.of("filing.error.type"), problems(draft(with("type", "BOGUS")), "type"));
        assertEquals(List.of("filing.error.priority"), problems(draft(with("priority", "routine")), "priority"));
        assertEquals(List.of("filing.error.items.unknown"), problems(draft(with("items", "CUSTODY_STATUS", "X")), "items"));
        assertEquals(List.of("filing.error.sex"), problems(draft(with("s1-sex", "Other")), "s1-sex"));
        assertEquals(List.of(), submit(with("s1-sex", "Female")).problems());
    }

    @ParameterizedTest
    @CsvSource({
            "narrative, 4000", "s1-fullName, 200", "s1-aliases, 400", "s1-citizenship, 100", "s1-fbiNumber, 20",
            "s1-stateId, 30", "s1-bookingNumber, 30", "legalAuthority, 400"})
    void textsAreBoundedToTheirColumns(String field, int max) {
        assertEquals(List.of(), submit(with(field, "7".repeat(max))).problems(), "exactly " + max + " fits");
        var checked = draft(with(field, "7".repeat(max + 1)));
        assertEquals(List.of("filing.error.tooLong"), problems(checked, field));
        assertEquals(List.of(max, (long) max + 1), checked.problems().get(0).args());
    }

    @Test
    void lengthsCountCharactersNotBytesAndALineBreakOnce() {
        assertEquals(List.of(), submit(with("s1-fullName", "\uD83D\uDE00".repeat(200))).problems());
        assertEquals(List.of(), submit(with("narrative", "a\r\n".repeat(1333))).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-45", "2026-02-30", "yesterday", "02/30/1990", "1990-1-1", "+10000-01-01", "0"})
    void aBadDateIsAFieldError(String bad) {
        var form = with("s1-dateOfBirth", bad);
        form.put("returnDate", List.of(bad));
        var checked = draft(form);
        assertEquals(List.of("filing.error.date"), problems(checked, "s1-dateOfBirth"));
        assertEquals(List.of("filing.error.date"), problems(checked, "returnDate"));
    }

    @Test
    void datesAreReadAsYearMonthDayOrAsMonthDayYear() {
        assertEquals(LocalDate.of(1990, 1, 31), FilingForm.parseDate("1990-01-31"));
        assertEquals(LocalDate.of(1990, 1, 31), FilingForm.parseDate(" 1/31/1990 "));
        assertEquals(LocalDate.of(1990, 1, 31), FilingForm.parseDate("01/31/1990"), "as the hint asks");
    }

    @Test
    void aDateOfBirthIsBetween1900AndToday() {
        assertEquals(List.of("filing.error.dateOfBirth.range"), problems(submit(with("s1-dateOfBirth", "2026-11-03")), "s1-dateOfBirth"));
        assertEquals(List.of("filing.error.dateOfBirth.range"), problems(submit(with("s1-dateOfBirth", "1899-12-31")), "s1-dateOfBirth"));
        assertEquals(List.of(), submit(with("s1-dateOfBirth", "2026-11-02")).problems());
    }

    @Test
    void aReturnDateIsAtLeastThreeBusinessDaysAhead() {
        // Monday 2 November: Tuesday, Wednesday, Thursday
        assertEquals(List.of("filing.error.returnDate.early"), problems(submit(with("returnDate", "2026-11-04")), "returnDate"));
        assertEquals(List.of(), submit(with("returnDate", "2026-11-05")).problems());
        assertEquals(List.of("11/05/2026"), submit(with("returnDate", "2026-11-01")).problems().get(0).args());
    }

    @Test
    void weekendsAndFederalHolidaysDoNotCountTowardTheReturnDate() {
        // Friday 6 November: Monday 9, Tuesday 10, (Veterans Day on Wednesday 11), Thursday 12
        var friday = FilingForm.read(with("returnDate", "2026-11-11")).check(Mode.SUBMIT, LOCAL, LocalDate.of(2026, 11, 6));
        assertEquals(List.of("filing.error.returnDate.early"), problems(friday, "returnDate"));
        assertEquals(List.of(), FilingForm.read(with("returnDate", "2026-11-12"))
                .check(Mode.SUBMIT, LOCAL, LocalDate.of(2026, 11, 6)).problems());
    }

    @Test
    void aSubpoenaNeedsAReturnDateWithinAYearAndItsLegalAuthority() {
        assertEquals(List.of("filing.error.returnDate.missing"), problems(submit(with("returnDate", "")), "returnDate"));
        assertEquals(List.of("filing.error.returnDate.late"), problems(submit(with("returnDate", "2027-11-03")), "returnDate"));
        assertEquals(List.of("filing.error.legalAuthority"), problems(submit(with("legalAuthority", " ")), "legalAuthority"));
        assertEquals(List.of(), draft(with("returnDate", "")).problems(), "a draft may leave them for later");
    }

    @Test
    void otherTypesIgnoreTheSubpoenaFields() {
        var form = with("type", "INFORMATION_REQUEST");
        form.put("returnDate", List.of("2026-13-45"));
        form.put("legalAuthority", List.of(""));
        Filing f = submit(form).filing();
        assertNotNull(f);
        assertNull(f.returnDate());
        assertNull(f.legalAuthority());
    }

    @ParameterizedTest
    @CsvSource({"A111111111, A111111111", "a-123-456-789, A123456789", "12345678, A012345678", "A 1234567, A001234567"})
    void aNumbersAreKeptInOneShapeSoDuplicatesMatch(String typed, String kept) {
        assertEquals(kept, submit(with("s1-aNumber", typed)).filing().subjects().get(0).aNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A12", "B123456789", "A1234567890", "123-45"})
    void aMalformedANumberIsAFieldError(String typed) {
        assertEquals(List.of("filing.error.aNumber"), problems(draft(with("s1-aNumber", typed)), "s1-aNumber"));
    }

    @Test
    void aSavedDraftReadsBackAsTheSameFiling() {
        var form = with("s2-fullName", "Test Person Two");
        form.put("s2-dateOfBirth", List.of("1985-06-15"));
        form.put("s2-sex", List.of("Male"));
        form.put("s2-aliases", List.of("T. Two"));
        Filing f = submit(form).filing();
        FilingForm again = FilingForm.of(f);
        assertEquals(2, again.subjects().size(), "a draft shows as many subjects as it has");
        assertEquals("06/15/1985", again.subjects().get(1).dateOfBirth(), "shown as the date fields ask for it");
        assertEquals(f, again.check(Mode.SUBMIT, LOCAL, TODAY).filing());
    }

    @Test
    void aNewFormStartsRoutineWithTheSubpoenaAuthority() {
        FilingForm blank = FilingForm.blank();
        assertEquals("ROUTINE", blank.priority());
        assertEquals(Filing.SUBPOENA_AUTHORITY, blank.legalAuthority());
        assertEquals(1, blank.subjects().size(), "one subject section to start");
    }
}
