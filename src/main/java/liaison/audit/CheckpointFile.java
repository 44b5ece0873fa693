package liaison.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The checkpoint file outside the database: one {@link Checkpoint#line()} per checkpoint, appended and flushed to
 * disk as each is signed; lines starting with {@code #} are comments. Copy it anywhere: {@code verify-audit} takes
 * any such file.
 */
public final class CheckpointFile {
    private static final String HEADER = """
            # Liaison audit checkpoints, one a line: v1 <seq> <head hash> <signed at, UTC> <key id> <Ed25519 signature>
            # The signature, Base64, is over "liaison-audit-checkpoint v1 <seq> <head hash> <signed at>".
            # Verify with: java -jar liaison.jar verify-audit --checkpoints <this file>
            """;

    private final Path path;

    public CheckpointFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    synchronized void append(Checkpoint checkpoint) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            boolean fresh = !Files.exists(path);
            try (FileChannel out = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                String text = (fresh ? HEADER : "") + checkpoint.line() + "\n";
                out.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's lines as read: each a checkpoint or a problem; none when the file does not exist. */
    public List<Line> read() {
        if (!Files.exists(path)) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    lines.add(new Line(number, Checkpoint.parse(text)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** A line of the file: its number, and the checkpoint on it (null when the line is not one). */
    public record Line(int number, Checkpoint checkpoint) {
    }
}
