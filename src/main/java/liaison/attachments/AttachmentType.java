package liaison.attachments;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import liaison.system.Messages;

/**
 * The kinds of file a request may carry (DESIGN.md §7), each known by its first bytes: the name and the browser's
 * declared type are never trusted, so a program renamed {@code .pdf} is still refused.
 */
public enum AttachmentType {
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final List<String> extensions;
    private final byte[] magic;

    AttachmentType(String contentType, List<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String label() {
        return Messages.label(this);
    }

    public String contentType() {
        return contentType;
    }

    /** The file name extensions of the type, in lower case, the usual one first. */
    List<String> extensions() {
        return extensions;
    }

    /** The type whose signature the content starts with, if any. */
    public static Optional<AttachmentType> detect(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.startsOf(content)).findFirst();
    }

    /** The type stored under this content type, for reading rows back. */
    public static Optional<AttachmentType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }

    private boolean startsOf(byte[] content) {
        return content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
