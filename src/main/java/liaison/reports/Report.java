package liaison.reports;

import java.util.List;

/**
 * A report as the page and the CSV show it: for whom and over which days, then sections, each with its key figures
 * and its charts (each chart with its table). The page and the export read the same object, so they show the same
 * numbers.
 */
public record Report(String heading, String period, List<Section> sections) {

    /** One part of a report: a local agency's work, a federal office's, or sign-ins. */
    public record Section(String id, String heading, List<Figure> figures, List<Chart> charts) {
    }

    /** A key figure: a count, a percentage, a number of days, or "fewer than 5". */
    public record Figure(String label, String value) {
    }
}
