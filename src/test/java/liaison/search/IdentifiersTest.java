package liaison.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Identifiers compared as V20's generated columns store them. */
class IdentifiersTest {
    @Test
    void anANumberIsItsDigitsWithoutLeadingZerosHoweverWritten() {
        for (String written : new String[] {"A012345678", "a-012-345-678", "A 012 345 678", "012345678", "12345678",
                " A-12345678 "}) {
            assertEquals("12345678", Identifiers.aNumberKey(written), written);
        }
    }

    @Test
    void aTrackingNumberIsFoundByItsOwnNumberOrWithoutItsPrefix() {
        assertEquals("123", Identifiers.trackingSerial(" 000123 "));
        assertEquals("123", Identifiers.trackingSerial("123"));
        assertNull(Identifiers.trackingSerial("000"), "zeros alone are no number");
        assertNull(Identifiers.trackingSerial("12a"));
        assertNull(Identifiers.trackingSerial("1".repeat(100_000)));
        assertEquals("LIA-2026-000123", Identifiers.trackingNumberOfYear("2026-000123"));
        assertNull(Identifiers.trackingNumberOfYear("26-000123"));
    }

    @Test
    void fullTextTermsAreWhatTheIndexHolds() {
        assertEquals("+custody +release", Terms.required("custody, the release", "", ""));
        assertEquals("+Garc* +Núñez*", Terms.required("Garc Núñez", "", "*"));
        assertEquals("+s14_custody_m* +s14_release_m*", Terms.scoped(14, "custody; at the release", FiledMonths.EVERY));
        assertEquals(List.of("jo", "de"), Terms.unindexed(List.of("jo", "Quintal", "de")));
    }

    @Test
    void textThatIsNotAnANumberHasNoANumberKey() {
        assertNull(Identifiers.aNumberKey("B-123"));
        assertNull(Identifiers.aNumberKey("A0000"), "zeros alone name nobody");
        assertNull(Identifiers.aNumberKey("A1234567890"), "ten digits");
        assertNull(Identifiers.aNumberKey("1".repeat(100_000)));
    }

    @Test
    void otherIdentifiersAreTheirLettersAndDigits() {
        assertEquals("DEMONY0103", Identifiers.key("DEMO-NY-0103"));
        assertEquals("nyc901", Identifiers.key(" nyc 9-0-1 "));
        assertNull(Identifiers.key("-- %"));
    }

    @Test
    void trackingNumbersAreReadInAnyCase() {
        assertEquals("LIA-2026-000123", Identifiers.trackingNumber(" lia-2026-000123 "));
        assertNull(Identifiers.trackingNumber("LIA-2026-123"));
    }

    @Test
    void fullTextKeepsWordsOnly() {
        assertEquals("foo bar exact phrase", Terms.fullText("+foo -bar \"exact phrase\"*"));
        assertEquals("", Terms.fullText("*"));
        assertEquals("Gárcia Núñez", Terms.fullText("Gárcia-Núñez"));
    }
}
