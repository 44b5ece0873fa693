package liaison.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Evaluating a policy: every item × legal process × decision, and how each reads for people. */
class PolicyEvaluationTest {

    static PolicyVersion version(Map<RequestedItem, Map<LegalProcess, Decision>> rules, List<String> citations) {
        return new PolicyVersion(7, 3, 2, "Statement", citations, LocalDate.of(2026, 1, 1), "Admin",
                Instant.parse("2026-01-01T12:00:00Z"), rules);
    }

    /** Every cell of a matrix set to one decision, except one cell set to another: only that cell reads so. */
    @TestFactory
    Stream<DynamicTest> everyItemUnderEveryProcessEvaluatesToItsOwnDecision() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RequestedItem item : RequestedItem.values()) {
            for (LegalProcess process : LegalProcess.values()) {
                for (Decision decision : Decision.values()) {
                    tests.add(DynamicTest.dynamicTest(item + " × " + process + " → " + decision, () -> {
                        Decision background = decision == Decision.SHARES ? Decision.DOES_NOT_SHARE : Decision.SHARES;
                        var rules = Matrix.all(background);
                        rules.get(item).put(process, decision);
                        PolicyVersion p = version(rules, List.of("Code § 1"));
                        for (RequestedItem i : RequestedItem.values()) {
                            for (LegalProcess lp : LegalProcess.values()) {
                                Decision expected = i == item && lp == process ? decision : background;
                                assertEquals(Optional.of(expected), p.decision(i, lp), i + " × " + lp);
                                assertEquals(expected, p.cell(i, lp));
                            }
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void aSharedCellReadsSharedAndAPublicOneReadsPublicOnly() {
        for (LegalProcess process : LegalProcess.values()) {
            assertEquals(Reading.SHARES, version(Matrix.all(Decision.SHARES), List.of())
                    .reading(RequestedItem.BOOKING_RECORD, process));
            assertEquals(Reading.PUBLIC_ONLY, version(Matrix.all(Decision.PUBLIC_ONLY), List.of())
                    .reading(RequestedItem.BOOKING_RECORD, process));
            assertEquals(Reading.DOES_NOT_SHARE, version(Matrix.all(Decision.DOES_NOT_SHARE), List.of("c"))
                    .reading(RequestedItem.BOOKING_RECORD, process));
        }
    }

    @Test
    void aWithheldCellNamesTheWeakestProcessThatWouldShareIt() {
        var rules = Matrix.all(Decision.DOES_NOT_SHARE);
        rules.get(RequestedItem.RELEASE_DATE_TIME).put(LegalProcess.JUDICIAL, Decision.SHARES);
        rules.get(RequestedItem.CUSTODY_STATUS).put(LegalProcess.ADMINISTRATIVE_SUBPOENA, Decision.SHARES);
        rules.get(RequestedItem.CUSTODY_STATUS).put(LegalProcess.JUDICIAL, Decision.SHARES);
        rules.get(RequestedItem.COURT_DATES).put(LegalProcess.JUDICIAL, Decision.PUBLIC_ONLY);
        PolicyVersion p = version(rules, List.of("NYC Admin. Code § 9-131"));

        // the NYC DOC line of the filing form: release dates only with a judicial warrant or court order
        assertEquals(Reading.JUDICIAL_ONLY, p.reading(RequestedItem.RELEASE_DATE_TIME, LegalProcess.NONE));
        assertEquals(Reading.JUDICIAL_ONLY, p.reading(RequestedItem.RELEASE_DATE_TIME,
                LegalProcess.ADMINISTRATIVE_SUBPOENA));
        assertEquals(Reading.SHARES, p.reading(RequestedItem.RELEASE_DATE_TIME, LegalProcess.JUDICIAL));
        assertEquals(Reading.WITH_SUBPOENA, p.reading(RequestedItem.CUSTODY_STATUS, LegalProcess.NONE));
        assertEquals(Reading.SHARES, p.reading(RequestedItem.CUSTODY_STATUS, LegalProcess.ADMINISTRATIVE_SUBPOENA));
        // public only under a court order is no full sharing: nothing would change the answer
        assertEquals(Reading.DOES_NOT_SHARE, p.reading(RequestedItem.COURT_DATES, LegalProcess.NONE));
        assertEquals(Reading.PUBLIC_ONLY, p.reading(RequestedItem.COURT_DATES, LegalProcess.JUDICIAL));
    }

    @Test
    void whatSuggestsWithholding() {
        assertTrue(Reading.JUDICIAL_ONLY.suggestsWithholding());
        assertTrue(Reading.WITH_SUBPOENA.suggestsWithholding());
        assertTrue(Reading.DOES_NOT_SHARE.suggestsWithholding());
        assertFalse(Reading.SHARES.suggestsWithholding());
        assertFalse(Reading.PUBLIC_ONLY.suggestsWithholding());
        assertFalse(Reading.NOT_STATED.suggestsWithholding());
        assertFalse(Reading.NO_POLICY.suggestsWithholding());
    }

    @Test
    void anItemTheVersionHasNoRowForIsNotStatedAndNoPolicyIsNoPolicy() {
        var rules = new EnumMap<RequestedItem, Map<LegalProcess, Decision>>(Matrix.all(Decision.SHARES));
        rules.remove(RequestedItem.CRIMINAL_HISTORY);
        PolicyVersion p = version(rules, List.of());
        assertEquals(Optional.empty(), p.decision(RequestedItem.CRIMINAL_HISTORY, LegalProcess.JUDICIAL));
        assertEquals(Reading.NOT_STATED, p.reading(RequestedItem.CRIMINAL_HISTORY, LegalProcess.JUDICIAL));
        assertEquals(Reading.NO_POLICY, Reading.of(null, RequestedItem.CRIMINAL_HISTORY, LegalProcess.NONE));
    }

    @Test
    void aPolicyWithholdsAnythingWhenOneCellDoesNotShare() {
        assertFalse(version(Matrix.all(Decision.SHARES), List.of()).withholdsAnything());
        assertFalse(version(Matrix.all(Decision.PUBLIC_ONLY), List.of()).withholdsAnything());
        var rules = Matrix.all(Decision.SHARES);
        rules.get(RequestedItem.EMERGENCY_CONTACTS).put(LegalProcess.NONE, Decision.DOES_NOT_SHARE);
        assertTrue(version(rules, List.of("c")).withholdsAnything());
    }

    @Test
    void aPublishedVersionCannotBeChangedThroughTheMapItWasMadeFrom() {
        var rules = Matrix.all(Decision.SHARES);
        PolicyVersion p = version(rules, List.of());
        rules.get(RequestedItem.BOOKING_RECORD).put(LegalProcess.NONE, Decision.DOES_NOT_SHARE);
        assertEquals(Decision.SHARES, p.cell(RequestedItem.BOOKING_RECORD, LegalProcess.NONE));
    }
}
