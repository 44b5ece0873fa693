package liaison.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * One chart of a report with its numbers: horizontal bars drawn as SVG on the server (templates/reports/chart.html)
 * and, beside them, the table that is the chart's accessible form and the rows of its CSV export. Each row's first
 * cell names it; {@code value} is what its bar measures. A chart with {@code note} shows that note in place of bars
 * (too few requests, nothing in the range).
 */
public record Chart(String id, String caption, List<String> headers, List<Row> rows, String note) {
    /** The drawing's width in SVG units; labels take the left part, bars the rest. */
    public static final int WIDTH = 640;
    public static final int LABEL_WIDTH = 230;
    public static final int BAR_SPACE = 330;
    public static final int ROW_HEIGHT = 28;
    private static final int LABEL_CHARS = 32;

    /** One row: its cells as the table shows them, and its bar. */
    public record Row(List<String> cells, long value, int barWidth, int y) {
        public String label() {
            String label = cells.get(0);
            return label.length() > LABEL_CHARS ? label.substring(0, LABEL_CHARS - 1) + "\u2026" : label;
        }

        /** Where the bar's number is written: just past its end. */
        public int valueX() {
            return LABEL_WIDTH + barWidth + 6;
        }

        /** The baseline of the row's texts. */
        public int textY() {
            return y + ROW_HEIGHT / 2 + 5;
        }

        /** The top of the row's bar. */
        public int barY() {
            return y + 4;
        }
    }

    /** A cell of the table with its column's header (each cell's data-label); the first names the row. */
    public record Cell(String label, String text, boolean first) {
    }

    /**
     * The row's cells, each with its column's header: read by a plain path in the template, where indexing the
     * headers by the iteration's index went to OGNL for every cell (a fifth of the system admin's report in the
     * profile, bench/PROFILES.md).
     */
    public List<Cell> cells(Row row) {
        List<Cell> cells = new ArrayList<>(row.cells().size());
        for (int i = 0; i < row.cells().size(); i++) {
            cells.add(new Cell(headers.get(i), row.cells().get(i), i == 0));
        }
        return cells;
    }

    public int width() {
        return WIDTH;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int height() {
        return rows.size() * ROW_HEIGHT + 8;
    }

    public boolean drawn() {
        return note == null && rows.stream().anyMatch(r -> r.value() > 0);
    }

    /** Collects rows, then scales the bars to the largest value. */
    static final class Builder {
        private final String id;
        private final String caption;
        private final List<String> headers;
        private final List<List<String>> cells = new ArrayList<>();
        private final List<Long> values = new ArrayList<>();
        private String note;

        Builder(String id, String caption, List<String> headers) {
            this.id = id;
            this.caption = caption;
            this.headers = List.copyOf(headers);
        }

        Builder row(long value, List<String> rowCells) {
            if (rowCells.size() != headers.size()) {
                throw new IllegalArgumentException("a row needs a cell per column: " + rowCells);
            }
            cells.add(List.copyOf(rowCells));
            values.add(value);
            return this;
        }

        Builder note(String text) {
            this.note = text;
            return this;
        }

        Chart build() {
            long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                long v = values.get(i);
                int width = max == 0 ? 0 : (int) Math.max(v > 0 ? 2 : 0, Math.round((double) BAR_SPACE * v / max));
                rows.add(new Row(cells.get(i), v, width, i * ROW_HEIGHT + 4));
            }
            return new Chart(id, caption, headers, List.copyOf(rows), note);
        }
    }
}
