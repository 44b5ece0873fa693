package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import liaison.support.TestApp;
import org.junit.jupiter.api.Test;

/** The route table declares which routes take files and how large; Uploads applies it before the access check. */
class RouteTableTest {

    @Test
    void theRoutesThatTakeFilesDeclareTheirLimitInTheTable() {
        try (TestApp app = TestApp.start()) {
            Map<String, Long> uploads = app.app.routes().stream().filter(r -> r.maxUpload() > 0)
                    .collect(Collectors.toMap(r -> r.method() + " " + r.path(), Route::maxUpload));
            long sixteenMegabytes = 16L * 1024 * 1024;
            assertEquals(Map.of("POST /requests/{id}/attachments", sixteenMegabytes,
                    "POST /requests/{id}/court-order", sixteenMegabytes,
                    "POST /verify", sixteenMegabytes), uploads);
        }
    }
}
