package liaison.disclosures;

/** What disclosed the information: the answer itself, or a release date amended after it. */
public enum Occasion {
    ANSWER,
    RELEASE_AMENDED
}
