package liaison.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows of a CSV export, written as they come (RFC 4180: quoted where needed, CRLF line ends), so that an export of
 * any length holds one row in memory at a time. Every cell is made safe for spreadsheets first ({@link #neutralise}),
 * and the output is flushed every {@value #FLUSH_EVERY} rows, so a long export reaches the reader as it is made.
 * Closing closes the writer given.
 */
public final class CsvWriter implements Closeable {
    static final int FLUSH_EVERY = 500;
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private final CSVPrinter printer;
    private int unflushed;

    public CsvWriter(Writer out) {
        this.out = out;
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One row; a null cell is written empty. */
    public void row(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(neutralise(cell));
        }
        printer.println();
        if (++unflushed >= FLUSH_EVERY) {
            out.flush();
            unflushed = 0;
        }
    }

    /**
     * A cell a spreadsheet reads as text, never as a formula (OWASP "CSV injection"): one starting with = + - @, a
     * tab or a carriage return gets a single quote in front. Null reads as empty.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
