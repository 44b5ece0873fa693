package liaison.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import org.junit.jupiter.api.Test;

/** The bases a clerk can choose for a withheld item, and how a chosen basis reads on the request. */
class AnswerGuideTest {
    static final PolicyVersion NYC = PolicyEvaluationTest.version(Matrix.all(Decision.DOES_NOT_SHARE),
            List.of("NYC Admin. Code § 9-131", "Executive Order 99"));

    static AnswerGuide guide(PolicyVersion p) {
        return new AnswerGuide(p, LegalProcess.ADMINISTRATIVE_SUBPOENA, Map.of());
    }

    @Test
    void theChoicesAreTheCitationsThenAdministrativeProcessThenOther() {
        List<AnswerGuide.Choice> choices = guide(NYC).choices();
        assertEquals(List.of("CITATION-1", "CITATION-2", "ADMINISTRATIVE", "OTHER"),
                choices.stream().map(AnswerGuide.Choice::value).toList());
        assertEquals("NYC Admin. Code § 9-131", choices.get(0).label());
        assertEquals(List.of("ADMINISTRATIVE", "OTHER"),
                guide(null).choices().stream().map(AnswerGuide.Choice::value).toList());
    }

    @Test
    void aPostedChoiceNamesItsBasisAndAnythingElseNone() {
        AnswerGuide g = guide(NYC);
        assertEquals(new Basis(Basis.Kind.CITATION, "Executive Order 99", "note"), g.basis("CITATION-2", "note"));
        assertEquals(new Basis(Basis.Kind.ADMINISTRATIVE, null, null), g.basis("ADMINISTRATIVE", null));
        assertEquals(new Basis(Basis.Kind.OTHER, null, "mine"), g.basis("OTHER", "mine"));
        for (String bad : List.of("CITATION-3", "CITATION-0", "CITATION-", "citation-1", "NYC Admin. Code § 9-131",
                "x".repeat(10_000), "")) {
            assertNull(g.basis(bad, "note"), bad);
        }
        assertNull(guide(null).basis("CITATION-1", null));
    }

    @Test
    void aBasisReadsAsItsCitationOrProcessWithTheClerksText() {
        assertEquals("NYC Admin. Code § 9-131 \u2014 release dates need a warrant",
                new Basis(Basis.Kind.CITATION, "NYC Admin. Code § 9-131", "release dates need a warrant").text());
        assertEquals("NYC Admin. Code § 9-131", new Basis(Basis.Kind.CITATION, "NYC Admin. Code § 9-131", null).text());
        assertEquals("Administrative, not judicial, process", new Basis(Basis.Kind.ADMINISTRATIVE, null, " ").text());
        assertEquals("Sealed record", new Basis(Basis.Kind.OTHER, null, "Sealed record").text());
    }

    @Test
    void theVersionIdTheFormCarries() {
        assertEquals("7", guide(NYC).versionId());
        assertEquals("", guide(null).versionId());
        assertEquals(Reading.DOES_NOT_SHARE, guide(NYC).reading(RequestedItem.BOOKING_RECORD));
    }
}
