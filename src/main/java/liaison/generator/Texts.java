package liaison.generator;

import java.util.SplittableRandom;

/** The words of generated requests, messages and answers: a few invented templates with varying parts. */
final class Texts {
    private static final String[] OPENINGS = {"Our office is investigating", "We are requesting information about",
        "Please confirm the custody status of", "This office has an open case concerning",
        "We ask for the scheduled release of"};
    private static final String[] REASONS = {"who is believed to be held on local charges",
        "who was booked after a traffic stop", "who may be released on bond this week",
        "whose court date is expected to move", "who was transferred between facilities"};
    private static final String[] CLOSINGS = {"Please reply through the portal.",
        "A copy of the booking record would help.", "Thank you for your assistance.",
        "Contact the filing officer with any question.", "The request is limited to the items listed."};
    private static final String[] MESSAGES = {"Could you confirm the subject's date of birth?",
        "The date of birth is confirmed as given.", "We are checking the booking system and will answer shortly.",
        "The subject was moved to another housing unit; the answer follows.", "Reviewed with the supervisor."};

    private Texts() {
    }

    static String narrative(SplittableRandom r, String subject, String agency, String type) {
        return OPENINGS[r.nextInt(OPENINGS.length)] + " " + subject + ", " + REASONS[r.nextInt(REASONS.length)]
                + " at " + agency + ". " + (type.equals("ADMINISTRATIVE_SUBPOENA")
                ? "This administrative subpoena asks for the items listed by the return date. " : "")
                + CLOSINGS[r.nextInt(CLOSINGS.length)];
    }

    static String message(SplittableRandom r) {
        return MESSAGES[r.nextInt(MESSAGES.length)];
    }

    static String summary(SplittableRandom r) {
        return r.nextBoolean() ? "Records searched; the items held are provided." : "Answered from the booking system.";
    }

    static String itemValue(SplittableRandom r, String item) {
        return switch (item) {
            case "CUSTODY_STATUS" -> r.nextBoolean() ? "In custody" : "Released";
            case "BOND_BAIL" -> "$" + (500 * (1 + r.nextInt(40)));
            case "COURT_DATES" -> "Hearing set; see the court's calendar";
            default -> "On file";
        };
    }
}
