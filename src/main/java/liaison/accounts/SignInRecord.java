package liaison.accounts;

/** The little sign-in needs to know about an account; the hash never leaves the accounts package. */
public record SignInRecord(long id, String passwordHash, boolean active) {
}
