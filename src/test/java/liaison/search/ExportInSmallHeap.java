package liaison.search;

import java.io.Writer;
import java.time.Clock;
import java.util.Map;
import liaison.accounts.Account;
import liaison.accounts.AccountDao;
import liaison.audit.AuditLog;
import liaison.system.Database;
import liaison.system.Messages;

/**
 * Run by {@link SearchExportMemoryTest} in a JVM of its own with a small heap: exports a name search of the account
 * given, as the route does, into a writer that only counts, and prints what it counted. Arguments: JDBC URL, user,
 * password, account email, name searched.
 */
public final class ExportInSmallHeap {
    private ExportInSmallHeap() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.connect(args[0], args[1], args[2])) {
            Clock clock = Clock.systemUTC();
            Messages messages = new Messages();
            Search search = new Search(db.jdbi(), new AuditLog(db.jdbi(), clock), clock, messages);
            AccountDao accounts = db.jdbi().onDemand(AccountDao.class);
            Account viewer = accounts.find(accounts.signInRecord(args[3]).orElseThrow().id()).orElseThrow();
            SearchForm form = new SearchForm(Map.of("name", args[4])::get, messages, viewer.zone(),
                    search.otherAgencies(viewer));
            Counting out = new Counting();
            long rows = search.export(viewer, form.criteria(), "127.0.0.1", out);
            System.out.println("rows=" + rows + " lines=" + out.lines + " chars=" + out.chars + " maxHeap="
                    + Runtime.getRuntime().maxMemory());
        }
    }

    /** Counts what is written and keeps none of it. */
    static final class Counting extends Writer {
        long lines;
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
