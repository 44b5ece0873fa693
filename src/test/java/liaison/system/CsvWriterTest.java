package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV of every export: RFC 4180 quoting, CRLF, UTF-8 text kept, and no cell a spreadsheet would run. */
class CsvWriterTest {

    static String csv(List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out)) {
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
        return out.toString();
    }

    static List<List<String>> parse(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
            rows.add(r.toList());
        }
        return rows;
    }

    @Test
    void plainCellsAreWrittenAsTheyAreWithCrlfLineEnds() throws IOException {
        assertEquals("Tracking number,State\r\nLIA-2026-000001,Submitted\r\n",
                csv(List.of(List.of("Tracking number", "State"), List.of("LIA-2026-000001", "Submitted"))));
    }

    @Test
    void commasQuotesAndNewlinesAreQuotedAndReadBackWhole() throws IOException {
        List<String> row = List.of("Gárcia, José", "He said \"no\"", "line one\nline two", "a\r\nb", "");
        String text = csv(List.of(row));
        assertEquals("\"Gárcia, José\",\"He said \"\"no\"\"\",\"line one\nline two\",\"a\r\nb\",\r\n", text);
        assertEquals(List.of(row), parse(text));
    }

    @Test
    void aNullCellIsEmpty() throws IOException {
        assertEquals("a,,c\r\n", csv(List.of(Arrays.asList("a", null, "c"))));
    }

    @Test
    void everyFormulaStartIsNeutralisedWithASingleQuote() throws IOException {
        for (String cell : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\")")) {
            assertEquals("'" + cell, CsvWriter.neutralise(cell), cell);
            assertEquals(List.of(List.of("'" + cell)), parse(csv(List.of(List.of(cell)))), "written: " + cell);
        }
    }

    @Test
    void onlyTheFirstCharacterCountsAndNeutralisingTwiceChangesNothing() {
        assertEquals("a=1", CsvWriter.neutralise("a=1"));
        assertEquals("1-2", CsvWriter.neutralise("1-2"));
        assertEquals(" =1", CsvWriter.neutralise(" =1"));
        assertEquals("'=1", CsvWriter.neutralise(CsvWriter.neutralise("=1")));
        assertEquals("", CsvWriter.neutralise(null));
        assertEquals("", CsvWriter.neutralise(""));
    }

    @Test
    void unicodeIsKeptAsUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> row = List.of("José María Gárcia-Núñez", "Łódź", "東京", "8 U.S.C. § 1225(d)", "🙂");
        try (CsvWriter csv = new CsvWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            csv.row(row);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(row), parse(text));
        assertTrue(Arrays.equals(String.join(",", row).concat("\r\n").getBytes(StandardCharsets.UTF_8),
                bytes.toByteArray()));
    }

    @Test
    void longExportsReachTheWriterBeforeTheyEnd() throws IOException {
        StringWriter sink = new StringWriter();
        int[] flushes = {0};
        java.io.Writer counting = new java.io.FilterWriter(sink) {
            @Override
            public void flush() throws IOException {
                flushes[0]++;
                super.flush();
            }
        };
        CsvWriter csv = new CsvWriter(counting);
        for (int i = 0; i < CsvWriter.FLUSH_EVERY * 3; i++) {
            csv.row(List.of(String.valueOf(i)));
        }
        assertEquals(3, flushes[0], "flushed every " + CsvWriter.FLUSH_EVERY + " rows");
        csv.close();
        assertTrue(sink.toString().endsWith("1499\r\n"));
    }
}
