package liaison.notifications;

/** A person to be told: their account, the address mail goes to, and the time zone they read times in. */
record Recipient(long id, String email, String timeZone) {
}
