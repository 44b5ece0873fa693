package liaison.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import org.junit.jupiter.api.Test;

/** The publish form's rules, each problem at its own field. */
class PolicyFormTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    static PolicyForm.Checked check(Map<String, String> fields, PolicyVersion current) {
        Map<String, List<String>> posted = new HashMap<>();
        fields.forEach((k, v) -> posted.put(k, List.of(v)));
        return PolicyForm.read(posted).check(TODAY, current);
    }

    static Map<String, String> form(Decision everywhere) {
        return new HashMap<>(PolicyForms.complete(everywhere, 0));
    }

    static Map<String, String> problems(PolicyForm.Checked checked) {
        return checked.problems().stream().collect(Collectors.toMap(PolicyForm.Problem::field,
                PolicyForm.Problem::key, (a, b) -> a));
    }

    @Test
    void aCompleteFormIsAPolicyEffectiveToday() {
        Map<String, String> f = form(Decision.DOES_NOT_SHARE);
        f.put("citations", "  NYC Admin. Code § 9-131 \r\n\r\nExecutive Order 99\nNYC Admin. Code § 9-131\n");
        f.put("statement", "  Only with a warrant.  ");
        NewPolicy p = check(f, null).policy();
        assertNotNull(p);
        assertEquals("Only with a warrant.", p.statement());
        assertEquals(List.of("NYC Admin. Code § 9-131", "Executive Order 99"), p.citations(), "blank lines and repeats go");
        assertEquals(TODAY, p.effectiveOn());
        assertEquals(Decision.DOES_NOT_SHARE, p.rules().get(RequestedItem.CRIMINAL_HISTORY).get(LegalProcess.JUDICIAL));
    }

    @Test
    void aPolicyThatWithholdsNeedsACitationOneThatSharesEverythingDoesNot() {
        Map<String, String> f = form(Decision.SHARES);
        f.put("citations", "");
        assertNotNull(check(f, null).policy());
        f.put(PolicyForm.cell(RequestedItem.BOND_BAIL, LegalProcess.NONE), "DOES_NOT_SHARE");
        assertEquals(Map.of("citations", "policy.error.citations.missing"), problems(check(f, null)));
    }

    @Test
    void theStatementIsRequiredAndBounded() {
        Map<String, String> f = form(Decision.SHARES);
        f.put("statement", " \n ");
        assertEquals(Map.of("statement", "policy.error.statement"), problems(check(f, null)));
        f.put("statement", "x".repeat(10_000));
        assertEquals(Map.of("statement", "policy.error.tooLong"), problems(check(f, null)));
        f.put("statement", "\uD83D\uDE00".repeat(4_000)); // 4,000 characters, 8,000 UTF-16 units
        assertNotNull(check(f, null).policy());
    }

    @Test
    void citationsAreBoundedInLengthAndNumber() {
        Map<String, String> f = form(Decision.SHARES);
        f.put("citations", "x".repeat(10_000));
        assertEquals(Map.of("citations", "policy.error.citation.tooLong"), problems(check(f, null)));
        f.put("citations", "ok\n" + "y".repeat(301));
        assertEquals(List.of(300, 2, 301L), check(f, null).problems().get(0).args());
        f.put("citations", String.join("\n", java.util.Collections.nCopies(10_000, "z")) + "\nw");
        assertNotNull(check(f, null).policy(), "repeats count once");
        f.put("citations", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "Code § " + i)
                .collect(Collectors.joining("\n")));
        assertEquals(Map.of("citations", "policy.error.citations.tooMany"), problems(check(f, null)));
    }

    @Test
    void everyCellNeedsAKnownDecisionEachAtItsOwnCell() {
        Map<String, String> f = form(Decision.SHARES);
        String missing = PolicyForm.cell(RequestedItem.RELEASE_DATE_TIME, LegalProcess.JUDICIAL);
        String unknown = PolicyForm.cell(RequestedItem.COURT_DATES, LegalProcess.NONE);
        String huge = PolicyForm.cell(RequestedItem.BOOKING_RECORD, LegalProcess.ADMINISTRATIVE_SUBPOENA);
        f.remove(missing);
        f.put(unknown, "MAYBE");
        f.put(huge, "S".repeat(10_000));
        PolicyForm.Checked checked = check(f, null);
        assertNull(checked.policy());
        assertEquals(Map.of(missing, "policy.error.cell", unknown, "policy.error.cellUnknown",
                huge, "policy.error.cellUnknown"), problems(checked));
        PolicyForm read = PolicyForm.read(Map.of(unknown, List.of("shares")));
        for (Decision d : Decision.values()) {
            assertTrue(!read.chosen(RequestedItem.COURT_DATES, LegalProcess.NONE, d), "no radio for a bad value");
        }
    }

    @Test
    void anEffectiveDateIsADateNotInTheFutureNorBeforeTheCurrentVersions() {
        PolicyVersion current = PolicyEvaluationTest.version(Matrix.all(Decision.SHARES), List.of());
        Map<String, String> f = form(Decision.SHARES);
        f.put("effectiveOn", "2026-02-30");
        assertEquals(Map.of("effectiveOn", "policy.error.effectiveOn.date"), problems(check(f, current)));
        f.put("effectiveOn", "9".repeat(10_000));
        assertEquals(Map.of("effectiveOn", "policy.error.effectiveOn.date"), problems(check(f, current)));
        f.put("effectiveOn", "2026-11-03");
        assertEquals(Map.of("effectiveOn", "policy.error.effectiveOn.future"), problems(check(f, current)));
        f.put("effectiveOn", "2025-12-31");
        assertEquals(Map.of("effectiveOn", "policy.error.effectiveOn.beforeCurrent"), problems(check(f, current)));
        f.put("effectiveOn", "3/1/2026");
        assertEquals(LocalDate.of(2026, 3, 1), check(f, current).policy().effectiveOn());
    }

    @Test
    void theFormStartsFromTheCurrentVersionAndAnUnreadableBaseIsStale() {
        var rules = Matrix.all(Decision.SHARES);
        rules.get(RequestedItem.COURT_DATES).put(LegalProcess.NONE, Decision.PUBLIC_ONLY);
        PolicyForm f = PolicyForm.of(PolicyEvaluationTest.version(rules, List.of("A", "B")));
        assertEquals("A\nB", f.citations());
        assertEquals(2, f.basedOn());
        assertTrue(f.chosen(RequestedItem.COURT_DATES, LegalProcess.NONE, Decision.PUBLIC_ONLY));
        assertEquals(0, PolicyForm.of(null).basedOn());
        assertEquals(-1, PolicyForm.read(Map.of("basedOn", List.of("2x"))).basedOn());
        assertEquals(-1, PolicyForm.read(Map.of()).basedOn());
    }
}
