package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting, CRLF, formula neutralisation (OWASP "CSV injection"), flushing as it goes. */
class CsvWriterTest {

    private static String write(List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out)) {
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
        return out.toString();
    }

    @Test
    void cellsThatASpreadsheetWouldRunGetAQuote() {
        assertEquals("'=1+2", CsvWriter.neutralise("=1+2"));
        assertEquals("'+1", CsvWriter.neutralise("+1"));
        assertEquals("'-1", CsvWriter.neutralise("-1"));
        assertEquals("'@SUM(A1)", CsvWriter.neutralise("@SUM(A1)"));
        assertEquals("'\tx", CsvWriter.neutralise("\tx"));
        assertEquals("'\rx", CsvWriter.neutralise("\rx"));
        assertEquals("'=HYPERLINK(\"http://x\")", CsvWriter.neutralise("=HYPERLINK(\"http://x\")"));
        assertEquals("a=1", CsvWriter.neutralise("a=1"), "only the first character matters");
        assertEquals(" =1", CsvWriter.neutralise(" =1"));
        assertEquals("", CsvWriter.neutralise(null));
        assertEquals("", CsvWriter.neutralise(""));
    }

    @Test
    void quotingAndLineEndsFollowRfc4180() throws IOException {
        String csv = write(List.of(List.of("a", "b,c", "say \"hi\""), Arrays.asList("line\nbreak", null, "ü𝄞")));
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",,ü𝄞\r\n", csv);
    }

    @Test
    void anInjectionIsNeutralisedAndQuoted() throws IOException {
        assertEquals("'=cmd|' /C calc'!A0,\"'-2+3,4\"\r\n", write(List.of(List.of("=cmd|' /C calc'!A0", "-2+3,4"))));
    }

    @Test
    void itFlushesAsItGoes() throws IOException {
        int[] flushes = {0};
        StringWriter out = new StringWriter() {
            @Override
            public void flush() {
                flushes[0]++;
                super.flush();
            }
        };
        CsvWriter csv = new CsvWriter(out);
        for (int i = 0; i < 250; i++) {
            csv.row(List.of(String.valueOf(i)));
        }
        assertEquals(2, flushes[0], "every 100 rows, before the end");
        assertTrue(out.toString().startsWith("0\r\n1\r\n"));
        csv.close();
        assertTrue(out.toString().endsWith("249\r\n"));
    }
}
