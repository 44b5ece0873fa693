package liaison.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/** Which failures are a browser gone away (logged quietly) and which are the portal's own (logged as errors). */
class ErrorPagesTest {
    @Test
    void aConnectionClosedDuringADownloadIsTheClientGone() {
        // as the audit log's CSV export meets it when the download is cancelled
        EofException pipe = new EofException(new IOException("Broken pipe"));
        assertTrue(ErrorPages.clientGone(new UncheckedIOException(pipe)));
        assertTrue(ErrorPages.clientGone(pipe));
    }

    @Test
    void theOtherFailuresAreStillErrors() {
        assertFalse(ErrorPages.clientGone(new UncheckedIOException(new IOException("No space left on device"))));
        assertFalse(ErrorPages.clientGone(new IllegalStateException(new SQLException("Deadlock found", "40001"))));
        assertFalse(ErrorPages.clientGone(new NullPointerException()));
    }
}
