package liaison.requests;

/** A requested item and, once answered, how. */
public record ItemAnswer(RequestedItem item, Disposition disposition, String answerValue, String basis) {
}
