package liaison.bench;

/** One row of the benchmark's fortunes table (read by the Thymeleaf template, so public). */
public record Fortune(int id, String message) {
}
