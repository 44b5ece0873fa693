package liaison.attachments;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names as people sent them are only a label: this keeps the last path segment, drops control and
 * direction-changing characters (which can disguise an extension), gives the name the extension of the type found
 * in the bytes, and cuts the result to what the column holds.
 */
final class AttachmentNames {
    static final int MAX = 255;
    /** What reads as a file type at the end of a name ("html", "exe", "jpeg"); "v1.2" ends in a version. */
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,9}");

    private AttachmentNames() {
    }

    /** A name safe to store and show; "attachment" with the type's extension when nothing usable is left. */
    static String sanitize(String given, AttachmentType type) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(AttachmentNames::allowed).forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        if (clean.isBlank()) {
            clean = "attachment";
        }
        return cut(type == null ? clean : matching(clean, type));
    }

    /**
     * The name ending in an extension of the type: a PDF that also reads as HTML, sent as {@code page.html}, is
     * {@code page.pdf}, so no program opens it as what its name claims. Another extension is replaced; a name
     * without one gets one.
     */
    static String matching(String given, AttachmentType type) {
        String trimmed = given.replaceFirst("[. ]+$", ""); // "report." has no extension, and its dot would double
        String name = trimmed.isEmpty() ? "attachment" : trimmed;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (type.extensions().contains(extension.toLowerCase(Locale.ROOT))) {
            return name;
        }
        String stem = dot > 0 && EXTENSION.matcher(extension).matches() ? name.substring(0, dot) : name;
        return stem + "." + type.extensions().get(0);
    }

    /** The name a stored file is served under: stored names from before {@link #matching} get their type's too. */
    static String served(AttachmentFile file) {
        return AttachmentType.ofContentType(file.contentType()).map(t -> cut(matching(file.fileName(), t)))
                .orElse(file.fileName());
    }

    /**
     * An ASCII stand-in for the header's plain {@code filename=}: quotes, backslashes and non-ASCII become "_".
     * Browsers that understand {@code filename*=} use the real name instead.
     */
    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }

    private static boolean allowed(int cp) {
        int type = Character.getType(cp);
        return !Character.isISOControl(cp) && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
    }

    /** At most {@link #MAX} characters, never splitting a surrogate pair, keeping the extension where it fits. */
    private static String cut(String name) {
        if (name.codePointCount(0, name.length()) <= MAX) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = ext.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX - ext.codePointCount(0, ext.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + ext;
    }
}
