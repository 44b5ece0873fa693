package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.http.NotFoundResponse;
import org.junit.jupiter.api.Test;

class PathsTest {
    @Test
    void aPositiveNumberIsAnId() {
        assertEquals(42L, Paths.positive("42", Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, Paths.positive(Long.toString(Long.MAX_VALUE), Long.MAX_VALUE));
        assertEquals(Integer.MAX_VALUE, Paths.positive(Integer.toString(Integer.MAX_VALUE), Integer.MAX_VALUE));
    }

    @Test
    void anythingElseNamesNothing() {
        for (String raw : new String[] {"", "0", "-1", "+1", "abc", "1e3", " 1", "9223372036854775808",
                "99999999999999999999", "٣"}) {
            assertThrows(NotFoundResponse.class, () -> Paths.positive(raw, Long.MAX_VALUE), raw);
        }
        assertThrows(NotFoundResponse.class, () -> Paths.positive("2147483648", Integer.MAX_VALUE));
    }
}
