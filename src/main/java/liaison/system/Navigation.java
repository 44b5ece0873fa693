package liaison.system;

import java.util.List;

/** The header's links, by role: each person sees only where they may go. */
public final class Navigation {
    public record Item(String label, String href, Role role) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("nav.requests", "/requests", Role.REQUESTER),
            new Item("nav.approvals", "/requests", Role.APPROVER),
            new Item("nav.queue", "/queue", Role.CLERK),
            new Item("nav.agencyAccounts", "/agency/accounts", Role.AGENCY_ADMIN),
            new Item("nav.agencyPolicy", "/agency/policy", Role.AGENCY_ADMIN),
            new Item("nav.disclosures", "/disclosures", Role.CLERK),
            new Item("nav.disclosures", "/disclosures", Role.AGENCY_ADMIN),
            new Item("nav.system", "/system", Role.SYSTEM_ADMIN),
            new Item("nav.systemAccounts", "/system/accounts", Role.SYSTEM_ADMIN),
            new Item("nav.audit", "/system/audit", Role.SYSTEM_ADMIN),
            new Item("nav.outbox", "/system/outbox", Role.SYSTEM_ADMIN),
            // reports (issue 12): each sees their agency's, a system admin the portal's
            new Item("nav.reports", "/reports", Role.REQUESTER),
            new Item("nav.reports", "/reports", Role.APPROVER),
            new Item("nav.reports", "/reports", Role.CLERK),
            new Item("nav.reports", "/reports", Role.AGENCY_ADMIN),
            new Item("nav.reports", "/reports", Role.SYSTEM_ADMIN),
            // for everyone signed in (Role.SIGNED_IN): whom requests go to, and what each shares
            new Item("nav.directory", "/agencies", Role.SIGNED_IN));

    /** Pages about what a local agency holds: an admin of a federal office has none. */
    private static final java.util.Set<String> LOCAL_AGENCY_ONLY = java.util.Set.of("/disclosures", "/agency/policy");

    private Navigation() {
    }

    /** Links for the account's roles, one per address. */
    public static List<Item> itemsFor(User account) {
        return ITEMS.stream().filter(i -> i.role() == Role.SIGNED_IN || account.has(i.role()))
                .filter(i -> !LOCAL_AGENCY_ONLY.contains(i.href()) || account.ofLocalAgency())
                .filter(distinctHref()).toList();
    }

    /** Whether the header shows the search box: to everyone who reads requests (search.SearchModule's roles). */
    public static boolean searches(User account) {
        return account.has(Role.REQUESTER) || account.has(Role.APPROVER) || account.has(Role.CLERK);
    }

    /** Where a person lands after signing in: the home of their first role in {@link Role#HELD} order. */
    public static String homeOf(User account) {
        return Role.HELD.stream().filter(account::has).findFirst()
                .flatMap(role -> ITEMS.stream().filter(i -> i.role() == role).findFirst())
                .map(Item::href).orElse("/profile");
    }

    private static java.util.function.Predicate<Item> distinctHref() {
        var seen = new java.util.HashSet<String>();
        return item -> seen.add(item.href());
    }
}
