package liaison.requests;

import java.util.Map;
import liaison.accounts.Account;

/**
 * A part of a request's page that another feature adds (its files, its enforcement, its answer's certification),
 * so that the page knows no feature built on requests. The page asks each section which of its forms the viewer
 * may use, then what it shows.
 */
public interface RequestSection {

    /** The section's forms this viewer may use on this request, by name (keys of the page's {@code can}). */
    default Map<String, Boolean> can(Account viewer, Request r) {
        return Map.of();
    }

    /** Puts what the section shows on the page's model; {@code can}: every form of the page the viewer may use. */
    void addTo(Map<String, Object> model, Account viewer, RequestView view, Map<String, Boolean> can);
}
