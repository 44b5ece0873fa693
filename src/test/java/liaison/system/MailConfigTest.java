package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import liaison.notifications.Mailer;
import org.junit.jupiter.api.Test;

/** The mail server and the portal's public address, from LIAISON_SMTP_* and LIAISON_BASE_URL. */
class MailConfigTest {

    @Test
    void noMailServerByDefault() {
        Config c = Config.from(Map.of());
        assertEquals(Optional.empty(), c.smtp().host());
        assertEquals(587, c.smtp().port());
        assertEquals("", c.smtp().user());
        assertEquals("liaison@localhost", c.smtp().from());
        assertTrue(Mailer.of(c.smtp()).isEmpty(), "links are shown to the administrator instead");
        assertEquals("http://localhost:7070", c.baseUrl());
    }

    @Test
    void theMailServerIsConfigured() {
        Config c = Config.from(Map.of("LIAISON_SMTP_HOST", "smtp.example.gov", "LIAISON_SMTP_PORT", "2525",
                "LIAISON_SMTP_USER", "liaison", "LIAISON_SMTP_PASSWORD", "s3cret",
                "LIAISON_SMTP_FROM", "Liaison <no-reply@example.gov>"));
        assertEquals(Optional.of("smtp.example.gov"), c.smtp().host());
        assertEquals(2525, c.smtp().port());
        assertEquals("s3cret", c.smtp().password());
        assertTrue(Mailer.of(c.smtp()).isPresent());
        assertFalse(c.smtp().toString().contains("s3cret"), "the password stays out of logs");
    }

    @Test
    void theBaseUrlFollowsThePortAndLosesATrailingSlash() {
        assertEquals("http://localhost:8081", Config.from(Map.of("LIAISON_PORT", "8081")).baseUrl());
        assertEquals("https://liaison.example.gov",
                Config.from(Map.of("LIAISON_BASE_URL", "https://liaison.example.gov/")).baseUrl());
        assertTrue(Config.from(Map.of("LIAISON_SMTP_HOST", " ")).smtp().host().isEmpty());
    }

    @Test
    void aMailPortThatIsNoNumberStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of("LIAISON_SMTP_PORT", "smtp")));
    }
}
