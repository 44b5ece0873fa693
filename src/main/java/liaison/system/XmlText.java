package liaison.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters text typed into the portal may hold: those XML 1.0 can carry (its {@code Char} production), since
 * what is stored ends up in documents such as the certified answer's PDF, which is rendered from XHTML. The forms
 * refuse anything else with a message at the field (the person sees what they typed and can fix it, rather than
 * have it changed behind their back); documents leave out whatever was stored before the forms refused it.
 */
public final class XmlText {
    private static final Pattern REFERENCE = Pattern.compile("&#([0-9]{1,8}|[xX][0-9a-fA-F]{1,8});");

    private XmlText() {
    }

    /**
     * Whether the text may be stored: every character one XML can carry (no NUL or other C0 control, no U+FFFE or
     * U+FFFF, no lone surrogate); in a {@code multiline} field tab and line breaks too, in a one-line field not
     * them nor DEL.
     */
    public static boolean storable(String text, boolean multiline) {
        return text.codePoints().allMatch(cp -> multiline ? xmlChar(cp) : xmlChar(cp) && cp >= 0x20 && cp != 0x7F);
    }

    /** The text without the characters XML cannot carry, for rendering what is already stored. */
    public static String strip(String text) {
        if (text.codePoints().allMatch(XmlText::xmlChar)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::xmlChar).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * A rendered XML document without the characters XML cannot carry, whether written as they are or as character
     * references ({@code &#0;}: how Thymeleaf escapes some of them). Text typed as "&#0;" was escaped to
     * {@code &amp;#0;}, which this leaves alone.
     */
    public static String stripDocument(String xml) {
        return REFERENCE.matcher(strip(xml)).replaceAll(m -> {
            String digits = m.group(1);
            int cp;
            try {
                cp = digits.startsWith("x") || digits.startsWith("X") ? Integer.parseInt(digits.substring(1), 16)
                        : Integer.parseInt(digits);
            } catch (NumberFormatException tooLarge) {
                cp = -1;
            }
            return xmlChar(cp) ? Matcher.quoteReplacement(m.group()) : "";
        });
    }

    /** XML 1.0 §2.2: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
