package liaison.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for exports (issue 12), written row by row so an export of any size takes little memory: RFC 4180 quoting and
 * CRLF line ends (Apache Commons CSV), flushed every {@value #FLUSH_EVERY} rows so the download streams, and every cell
 * {@link #neutralise neutralised} so a spreadsheet never runs one as a formula. The caller writes the header row
 * first, as a row like the others. Closing closes {@code out}.
 */
public final class CsvWriter implements Closeable {
    static final int FLUSH_EVERY = 100;

    private final CSVPrinter printer;
    private int unflushed;

    public CsvWriter(Writer out) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One record; a null cell is written empty. */
    public void row(List<String> cells) throws IOException {
        for (String cell : cells) {
            printer.print(neutralise(cell));
        }
        printer.println();
        if (++unflushed >= FLUSH_EVERY) {
            printer.flush();
            unflushed = 0;
        }
    }

    /**
     * A cell a spreadsheet reads as text (OWASP "CSV injection"): one that starts with = + - @, a tab or a carriage
     * return gets a leading single quote; null becomes empty.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
