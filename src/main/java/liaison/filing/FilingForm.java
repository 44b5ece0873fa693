package liaison.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import liaison.deadlines.BusinessCalendar;
import liaison.requests.Priority;
import liaison.requests.RequestType;
import liaison.requests.RequestedItem;
import liaison.requests.Subject;
import liaison.system.FormDates;
import liaison.system.XmlText;

/**
 * The request form as typed, and its rules (DESIGN.md §3, §7). Keeps every value as it came so the form can be
 * shown again, and turns the values into a {@link Filing} or into problems, each tied to its field. A draft needs
 * only what the database needs (a type, a priority, values that fit their columns); submitting needs everything.
 */
public record FilingForm(String type, String priority, List<String> recipients, List<String> items,
                         List<SubjectInput> subjects, String narrative, String legalAuthority, String returnDate,
                         boolean confirmDuplicates) {

    enum Mode { DRAFT, SUBMIT }

    /** Something wrong: the field it is shown at, the element the error summary links to, the message and its args. */
    record Problem(String field, String anchor, String key, List<Object> args) {
    }

    /** What {@link #check} found: a filing (id and version 0) when there are no problems. */
    record Checked(Filing filing, List<Problem> problems) {
    }

    /** One subject fieldset as typed. */
    public record SubjectInput(String fullName, String aliases, String dateOfBirth, String sex, String citizenship,
                               String aNumber, String fbiNumber, String stateId, String bookingNumber) {
        static final SubjectInput BLANK = new SubjectInput("", "", "", "", "", "", "", "", "");

        boolean isBlank() {
            return Stream.of(fullName, aliases, dateOfBirth, sex, citizenship, aNumber, fbiNumber, stateId,
                    bookingNumber).allMatch(String::isBlank);
        }
    }

    /**
     * Subject fieldsets on a new form; "Add another subject" adds one at a time up to {@link #MAX_SUBJECTS}, and a
     * draft shows as many as it has.
     */
    static final int SUBJECTS = 1;
    static final int MAX_SUBJECTS = 20;
    static final int MAX_NARRATIVE = 4000;
    static final int RETURN_BUSINESS_DAYS = 3;
    static final List<String> SEXES = List.of("Female", "Male", "Unknown");
    // the widths of the columns of V2__requests.sql; MariaDB counts characters, as codePoints() does
    static final int NAME = 200, ALIASES = 400, CITIZENSHIP = 100, A_OR_FBI = 20, STATE_OR_BOOKING = 30,
            AUTHORITY = 400;
    private static final Pattern A_NUMBER = Pattern.compile("A?(\\d{7,9})");

    static FilingForm blank() {
        return new FilingForm("", Priority.ROUTINE.name(), List.of(), List.of(),
                Collections.nCopies(SUBJECTS, SubjectInput.BLANK), "", Filing.SUBPOENA_AUTHORITY, "",
                false);
    }

    static FilingForm of(Filing f) {
        List<SubjectInput> subjects = new ArrayList<>(f.subjects().stream().map(s -> new SubjectInput(
                s.fullName(), text(s.aliases()), FormDates.format(s.dateOfBirth()),
                text(s.sex()), text(s.citizenship()), text(s.aNumber()), text(s.fbiNumber()), text(s.stateId()),
                text(s.bookingNumber()))).toList());
        while (subjects.size() < SUBJECTS) {
            subjects.add(SubjectInput.BLANK);
        }
        boolean subpoena = f.type() == RequestType.ADMINISTRATIVE_SUBPOENA;
        return new FilingForm(f.type().name(), f.priority().name(),
                f.recipients().stream().map(String::valueOf).toList(), f.items().stream().map(Enum::name).toList(),
                subjects, f.narrative(), subpoena ? text(f.legalAuthority()) : Filing.SUBPOENA_AUTHORITY,
                FormDates.format(f.returnDate()), false);
    }

    /**
     * Reads the posted fields; a missing field reads as empty, never as an error. The subject sections are those
     * the form had (up to the highest numbered one posted, at most {@link #MAX_SUBJECTS}), blank ones included, so
     * the form comes back as it was and each problem keeps its section's number.
     */
    static FilingForm read(Map<String, List<String>> posted) {
        int count = IntStream.rangeClosed(1, MAX_SUBJECTS).filter(n -> posted.containsKey("s" + n + "-fullName"))
                .max().orElse(SUBJECTS);
        List<SubjectInput> subjects = IntStream.rangeClosed(1, count).mapToObj(n -> "s" + n + "-")
                .map(p -> new SubjectInput(one(posted, p + "fullName"), one(posted, p + "aliases"),
                        one(posted, p + "dateOfBirth"), one(posted, p + "sex"), one(posted, p + "citizenship"),
                        one(posted, p + "aNumber"), one(posted, p + "fbiNumber"), one(posted, p + "stateId"),
                        one(posted, p + "bookingNumber")))
                .toList();
        return new FilingForm(one(posted, "type"), one(posted, "priority"), posted.getOrDefault("recipients",
                List.of()), posted.getOrDefault("items", List.of()), subjects, one(posted, "narrative"),
                one(posted, "legalAuthority"), one(posted, "returnDate"),
                "yes".equals(one(posted, "confirmDuplicates")));
    }

    /** The same form with one more, empty, subject section; as it was when it has {@link #MAX_SUBJECTS}. */
    FilingForm withAnotherSubject() {
        if (subjects.size() >= MAX_SUBJECTS) {
            return this;
        }
        List<SubjectInput> more = new ArrayList<>(subjects);
        more.add(SubjectInput.BLANK);
        return new FilingForm(type, priority, recipients, items, List.copyOf(more), narrative, legalAuthority,
                returnDate, confirmDuplicates);
    }

    /** The same form without subject section n (from 1), the later ones moving up; never fewer than one. */
    FilingForm withoutSubject(int n) {
        if (n < 1 || n > subjects.size() || subjects.size() == 1) {
            return this;
        }
        List<SubjectInput> fewer = new ArrayList<>(subjects);
        fewer.remove(n - 1);
        return new FilingForm(type, priority, recipients, items, List.copyOf(fewer), narrative, legalAuthority,
                returnDate, confirmDuplicates);
    }

    /** Checks the form against the agencies it may go to (active local agencies) and today's date in the office. */
    Checked check(Mode mode, Set<Long> localAgencies, LocalDate today) {
        boolean submit = mode == Mode.SUBMIT;
        List<Problem> p = new ArrayList<>();
        RequestType t = parseEnum(RequestType.class, type);
        flag(p, t == null, "type", "filing.error.type");
        List<Long> to = recipients.stream().map(FilingForm::parseId).distinct().toList();
        flag(p, to.stream().anyMatch(id -> !localAgencies.contains(id)), "recipients", "filing.error.recipients.unknown");
        flag(p, submit && to.isEmpty(), "recipients", "filing.error.recipients.missing");
        List<Subject> people = subjects(submit, today, p);
        List<RequestedItem> asked = items.stream().map(i -> parseEnum(RequestedItem.class, i)).toList();
        flag(p, asked.contains(null), "items", "filing.error.items.unknown");
        flag(p, submit && asked.isEmpty(), "items", "filing.error.items.missing");
        String why = narrative.replace("\r\n", "\n").strip();
        flag(p, submit && why.isEmpty(), "narrative", "filing.error.narrative");
        bounded(why, MAX_NARRATIVE, true, "narrative", p);
        Priority urgency = parseEnum(Priority.class, priority);
        flag(p, urgency == null, "priority", "filing.error.priority");
        String authority = null;
        LocalDate returnOn = null;
        if (t == RequestType.ADMINISTRATIVE_SUBPOENA) {
            authority = optional(legalAuthority, AUTHORITY, "legalAuthority", p);
            flag(p, submit && authority == null, "legalAuthority", "filing.error.legalAuthority");
            returnOn = date(returnDate, "returnDate", p);
            LocalDate earliest = BusinessCalendar.federal().addBusinessDays(today, RETURN_BUSINESS_DAYS);
            flag(p, submit && returnDate.isBlank(), "returnDate", "filing.error.returnDate.missing",
                    FormDates.format(earliest));
            flag(p, submit && returnOn != null && returnOn.isBefore(earliest), "returnDate",
                    "filing.error.returnDate.early", FormDates.format(earliest));
            flag(p, submit && returnOn != null && returnOn.isAfter(today.plusYears(1)), "returnDate",
                    "filing.error.returnDate.late", FormDates.format(today.plusYears(1)));
        }
        if (!p.isEmpty()) {
            return new Checked(null, List.copyOf(p));
        }
        Set<RequestedItem> itemSet = asked.isEmpty() ? EnumSet.noneOf(RequestedItem.class) : EnumSet.copyOf(asked);
        return new Checked(new Filing(0, 0, 0, t, urgency, itemSet, why, authority, returnOn, to, people, null, 0),
                List.of());
    }

    private List<Subject> subjects(boolean submit, LocalDate today, List<Problem> p) {
        List<Subject> people = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            SubjectInput s = subjects.get(i);
            if (s.isBlank()) {
                continue; // an unused fieldset
            }
            int n = i + 1;
            String prefix = "s" + n + "-";
            int before = p.size();
            String name = s.fullName().strip();
            flag(p, submit && name.isEmpty(), prefix + "fullName", "filing.error.subject.name", n);
            bounded(name, NAME, false, prefix + "fullName", p);
            String aliases = optional(s.aliases(), ALIASES, prefix + "aliases", p);
            LocalDate born = date(s.dateOfBirth(), prefix + "dateOfBirth", p);
            flag(p, born != null && (born.isAfter(today) || born.getYear() < 1900), prefix + "dateOfBirth",
                    "filing.error.dateOfBirth.range");
            String sex = s.sex().isBlank() ? null : s.sex();
            flag(p, sex != null && !SEXES.contains(sex), prefix + "sex", "filing.error.sex");
            Subject subject = new Subject(name, aliases, born, sex,
                    optional(s.citizenship(), CITIZENSHIP, prefix + "citizenship", p),
                    aNumber(s.aNumber(), prefix + "aNumber", p),
                    optional(s.fbiNumber().replace(" ", "").toUpperCase(), A_OR_FBI, prefix + "fbiNumber", p),
                    optional(s.stateId(), STATE_OR_BOOKING, prefix + "stateId", p),
                    optional(s.bookingNumber(), STATE_OR_BOOKING, prefix + "bookingNumber", p));
            if (submit && !name.isEmpty() && !subject.isIdentifiable() && p.size() == before) {
                p.add(new Problem(prefix + "identifiers", prefix + "dateOfBirth", "filing.error.subject.identify",
                        List.of(n)));
            }
            people.add(subject);
        }
        if (submit && people.stream().allMatch(s -> s.fullName().isEmpty())) {
            p.add(new Problem("subjects", "s1-fullName", "filing.error.subjects.missing", List.of()));
        }
        return people;
    }

    /** A-numbers are written many ways (A-123-456-789, 12345678); kept as A and 9 digits so duplicates match. */
    private static String aNumber(String raw, String field, List<Problem> p) {
        String compact = raw.replaceAll("[\\s-]", "").toUpperCase();
        if (compact.isEmpty()) {
            return null;
        }
        Matcher m = A_NUMBER.matcher(compact);
        if (!m.matches()) {
            p.add(problem(field, "filing.error.aNumber"));
            return null;
        }
        return "A" + "0".repeat(9 - m.group(1).length()) + m.group(1);
    }

    /** What a date field sends: mm/dd/yyyy as it asks, or yyyy-mm-dd (see FormDates). */
    static LocalDate parseDate(String raw) {
        return FormDates.parse(raw);
    }

    public boolean hasRecipient(long agencyId) {
        return recipients.contains(String.valueOf(agencyId));
    }

    public boolean hasItem(String item) {
        return items.contains(item);
    }

    private static LocalDate date(String raw, String field, List<Problem> p) {
        LocalDate d = raw.isBlank() ? null : parseDate(raw);
        if (d == null && !raw.isBlank()) {
            p.add(problem(field, "filing.error.date"));
        }
        return d;
    }

    private static String optional(String raw, int max, String field, List<Problem> p) {
        String s = raw.strip();
        bounded(s, max, false, field, p);
        return s.isEmpty() ? null : s;
    }

    /** At most {@code max} characters, each one that can be stored; line breaks only in a multi-line field. */
    private static void bounded(String s, int max, boolean multiline, String field, List<Problem> p) {
        long length = s.codePoints().count();
        if (length > max) {
            p.add(problem(field, "filing.error.tooLong", max, length));
        } else if (!XmlText.storable(s, multiline)) {
            p.add(problem(field, multiline ? "form.error.unstorable" : "form.error.control"));
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw) {
        return Stream.of(type.getEnumConstants()).filter(e -> e.name().equals(raw)).findFirst().orElse(null);
    }

    private static Long parseId(String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1L; // no agency has it
        }
    }

    private static Problem problem(String field, String key, Object... args) {
        return new Problem(field, field, key, List.of(args));
    }

    private static void flag(List<Problem> p, boolean wrong, String field, String key, Object... args) {
        if (wrong) {
            p.add(problem(field, key, args));
        }
    }

    private static String one(Map<String, List<String>> posted, String name) {
        List<String> values = posted.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
