package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which characters may be stored, and what documents leave out of what was stored before. */
class XmlTextTest {
    @Test
    void onlyWhatXmlCarriesMayBeStoredAndLineBreaksOnlyInMultiLineFields() {
        for (String bad : new String[] {"\u0000", "\u0001", "\u0008", "\u000B", "\u001F", "\uFFFE", "\uFFFF",
                "\uD800", "x\uDC00"}) {
            assertFalse(XmlText.storable("a" + bad + "b", true), () -> Integer.toHexString(bad.codePointAt(0)));
            assertFalse(XmlText.storable("a" + bad + "b", false));
        }
        assertTrue(XmlText.storable("line\r\n\tline", true));
        assertFalse(XmlText.storable("line\nline", false));
        assertFalse(XmlText.storable("tab\there", false));
        assertFalse(XmlText.storable("del\u007F", false));
        assertTrue(XmlText.storable("José Ñúñez § 9-131 — \uD83D\uDE00 \uFFFD", false), "any real character");
    }

    @Test
    void documentsLeaveOutRawAndEscapedCharactersXmlCannotCarry() {
        assertEquals("ab\tc\n", XmlText.strip("a\u0000b\t\uFFFFc\n\uD800"));
        assertEquals("<p>ab</p>", XmlText.stripDocument("<p>a&#0;b&#x1;&#xFFFF;&#99999999;</p>"));
        assertEquals("<p>&#233;&#x9;&amp;#0;</p>", XmlText.stripDocument("<p>&#233;&#x9;&amp;#0;</p>"),
                "allowed references stay, and so does text typed as \"&#0;\"");
    }
}
