package liaison.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where sign-in may end: by the first GET route matching the path and its roles. */
class DestinationsTest {
    private static final List<Route> TABLE = List.of(
            Route.get("/requests/new", ctx -> { }, Role.REQUESTER),
            Route.get("/requests/{id}", ctx -> { }, Role.REQUESTER, Role.CLERK),
            Route.get("/queue", ctx -> { }, Role.CLERK),
            Route.get("/profile", ctx -> { }, Role.SIGNED_IN));
    private final Destinations destinations = new Destinations(() -> TABLE);

    @Test
    void aPageOfThePersonsRolesOpens() {
        User clerk = user(Role.CLERK);
        assertTrue(destinations.mayOpen(clerk, "/queue"));
        assertTrue(destinations.mayOpen(clerk, "/requests/12?tab=timeline"));
        assertTrue(destinations.mayOpen(clerk, "/profile"));
    }

    @Test
    void aPageOfOtherRolesAnUnknownPathOrAnotherSiteDoesNot() {
        User clerk = user(Role.CLERK);
        assertFalse(destinations.mayOpen(clerk, "/requests/new"), "the first matching route decides");
        assertFalse(destinations.mayOpen(user(Role.REQUESTER), "/queue"));
        assertFalse(destinations.mayOpen(clerk, "/nowhere"));
        assertFalse(destinations.mayOpen(clerk, "/requests/"));
        assertFalse(destinations.mayOpen(clerk, "//evil.example/queue"));
    }

    private static User user(Role role) {
        return new User() {
            public long id() {
                return 1;
            }

            public Long agencyId() {
                return 1L;
            }

            public String email() {
                return "someone@example.test";
            }

            public ZoneId zone() {
                return ZoneId.of("UTC");
            }

            public Set<Role> roles() {
                return Set.of(role);
            }

            public boolean ofLocalAgency() {
                return true;
            }
        };
    }
}
