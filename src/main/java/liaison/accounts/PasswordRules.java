package liaison.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import liaison.system.Messages;

/**
 * What a new password must be (NIST SP 800-63B): 12 to 128 characters of any kind, no composition rules, not on
 * the shipped blocklist of common and breached passwords (compared in lower case), and not containing the name
 * part of the account's e-mail address. Used wherever a password is chosen: change password, invite, reset.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Name parts shorter than this would refuse too much ("al" in "always..."), so they are not checked. */
    private static final int MIN_NAME_PART = 3;
    private static final String BLOCKLIST = "/accounts/common-passwords.txt";

    private final Messages messages;
    private final Set<String> blocklist;

    public PasswordRules(Messages messages) {
        this.messages = messages;
        this.blocklist = load();
    }

    /** Why this password may not be used by the account with this e-mail address, or empty when it may. */
    public Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of(messages.get("password.error.required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(messages.get("password.error.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(messages.get("password.error.tooLong", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (blocklist.contains(lower)) {
            return Optional.of(messages.get("password.error.common"));
        }
        if (containsNamePart(lower, email)) {
            return Optional.of(messages.get("password.error.containsEmail"));
        }
        return Optional.empty();
    }

    /** How many passwords the blocklist holds (the issue asks for at least 10,000). */
    public int blocklistSize() {
        return blocklist.size();
    }

    /** The local part as written ("jane.doe") and without its separators ("janedoe"). */
    private static boolean containsNamePart(String lowerPassword, String email) {
        if (email == null) {
            return false;
        }
        int at = email.indexOf('@');
        String name = (at < 0 ? email : email.substring(0, at)).trim().toLowerCase(Locale.ROOT);
        String joined = name.replaceAll("[._+\\-]", "");
        return (name.length() >= MIN_NAME_PART && lowerPassword.contains(name))
                || (joined.length() >= MIN_NAME_PART && lowerPassword.contains(joined));
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream(BLOCKLIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing password blocklist " + BLOCKLIST);
            }
            Set<String> words = new HashSet<>(65_536);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
