package liaison.generator;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * {@code generate --requests N [--seed S] [--append]}: fills the database with invented agencies, accounts and N
 * requests with their whole history (issue 14). Refuses a database that already holds requests unless
 * {@code --append}. Rows go in with LOAD DATA over three connections (one per group of tables) while the next
 * requests are made; four chunks are made and written in turn, so it runs in a small heap. The same seed, count and
 * day give the same data (only the bcrypt salt of the shared password differs).
 */
public final class Generate {
    public static final String COMMAND = "generate";
    private static final int CHUNK = 2_000;
    private static final int WRITERS = 3;
    /** From this many requests into empty tables, secondary indexes are built after the load rather than during. */
    private static final long REBUILD_FROM = 50_000;

    private Generate() {
    }

    /** Exit code: 0 done, 1 refused or failed, 2 wrong arguments. {@code passwordHash}: every account's. */
    public static int run(String[] args, DataSource data, Clock clock, String passwordHash, String totpSecret,
                          PrintStream out, PrintStream progress) {
        long requests = -1;
        long seed = 1;
        boolean append = false;
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--requests" -> requests = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--append" -> append = true;
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
        } catch (RuntimeException e) {
            requests = -1;
        }
        if (requests < 0) {
            out.println("Usage: generate --requests N [--seed S] [--append]");
            return 2;
        }
        try {
            return generate(data, clock.instant().truncatedTo(ChronoUnit.DAYS), requests, seed, append, passwordHash,
                    totpSecret, out, progress);
        } catch (SQLException | InterruptedException e) {
            out.println("Generation failed: " + e);
            return 1;
        }
    }

    private static int generate(DataSource data, Instant anchor, long total, long seed, boolean append,
                                String passwordHash, String totpSecret, PrintStream out, PrintStream progressOut)
            throws SQLException, InterruptedException {
        long begun = System.nanoTime();
        RequestMaker.Ids ids = new RequestMaker.Ids();
        AuditChain chain;
        World world;
        Indexes.Off off = new Indexes.Off(List.of(), List.of());
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(true);
            if (!append && count(c, "SELECT COUNT(*) FROM requests") > 0) {
                out.println("The database already holds requests: nothing generated. Add --append to add more.");
                return 1;
            }
            World.createIfAbsent(c, seed, anchor, passwordHash, totpSecret);
            world = World.read(c);
            ids.request = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM requests");
            ids.event = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM request_events");
            ids.disclosure = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM disclosures");
            ids.trackingBase = count(c, "SELECT NEXT VALUE FOR tracking_numbers");
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                r.next();
                chain = new AuditChain(r.getLong(1), r.getString(2));
            }
            if (!append && total >= REBUILD_FROM) {
                off = Indexes.takeOff(c);
            }
        }
        int done;
        try {
            done = load(data, anchor, total, seed, ids, chain, world, out, progressOut);
        } finally {
            if (!off.isEmpty()) {
                long started = System.nanoTime();
                progressOut.printf("Building %d indexes again...%n", off.indexes().size());
                Indexes.putBack(data, off);
                progressOut.printf("Indexes built in %.1f s.%n", (System.nanoTime() - started) / 1e9);
            }
        }
        if (done == 0) {
            analyze(data);
            // the whole time, the indexes built again and the tables measured included (the bench reads this line)
            double seconds = (System.nanoTime() - begun) / 1e9;
            out.printf("Generated %,d requests in %.1f s (%,.0f requests/s), seed %d.%n", total, seconds,
                    total / Math.max(1e-3, seconds), seed);
            printAccounts(out, world, totpSecret);
        }
        return done;
    }

    private static int load(DataSource data, Instant anchor, long total, long seed, RequestMaker.Ids ids,
                            AuditChain chain, World world, PrintStream out,
                            PrintStream progressOut) throws SQLException, InterruptedException {
        RequestMaker maker = new RequestMaker(seed, Math.max(1, total), anchor, world, ids, chain);
        Progress progress = new Progress(progressOut, total);
        List<Connection> connections = new ArrayList<>();
        List<ExecutorService> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Connection c = data.getConnection();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // rows are made consistent by construction: no need to check keys row by row
                s.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
            }
            connections.add(c);
            writers.add(Executors.newSingleThreadExecutor());
        }
        // the chunks in flight, used again once written: their buffers then stay at the size they grew to
        BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(WRITERS + 1);
        for (int k = 0; k < WRITERS + 1; k++) {
            free.add(new Chunk());
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicLong written = new AtomicLong();
        try {
            for (long i = 0; i < total && failure.get() == null; ) {
                Chunk chunk = free.take();
                chunk.requestCount = 0;
                for (long end = Math.min(total, i + CHUNK); i < end; i++) {
                    maker.make(i, chunk);
                }
                List<List<Batch>> groups = chunk.groups();
                AtomicLong left = new AtomicLong(groups.size());
                for (int g = 0; g < groups.size(); g++) {
                    List<Batch> group = groups.get(g);
                    Connection c = connections.get(g);
                    writers.get(g).execute(() -> {
                        try {
                            if (failure.get() == null) {
                                Chunk.write(group, c);
                            }
                        } catch (Exception e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            if (left.decrementAndGet() == 0) {
                                progress.at(written.addAndGet(chunk.requestCount));
                                free.add(chunk);
                            }
                        }
                    });
                }
            }
        } finally {
            for (ExecutorService w : writers) {
                w.shutdown();
                w.awaitTermination(1, TimeUnit.HOURS);
            }
            for (Connection c : connections) {
                c.close();
            }
        }
        if (failure.get() != null) {
            out.println("Generation failed: " + failure.get());
            return 1;
        }
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate("UPDATE audit_chain_head SET last_seq = " + chain.seq + ", last_hash = '" + chain.last
                    + "' WHERE id = 1");
            s.execute("SELECT SETVAL(tracking_numbers, " + (ids.trackingMax() + 1) + ")");
        }
        // the report counts and the search words, each made from the requests into a table of its own: side by side
        // on a connection each (at 1M requests each is a minute or more of the server's time)
        ExecutorService side = Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<Void> counts = side.submit(() -> {
                rebuild(data, liaison.reports.KeptCounts::rebuild);
                return null;
            });
            rebuild(data, liaison.search.SearchTexts::rebuild);
            counts.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof SQLException q ? q : new SQLException(e.getCause());
        } finally {
            side.shutdown();
        }
        return 0;
    }

    private static void printAccounts(PrintStream out, World world, String totpSecret) {
        out.println("Known accounts (password " + liaison.demo.DemoData.PASSWORD + ", authenticator key "
                + totpSecret + "):");
        out.println("  clerk       " + world.locals.get(0).staff().get(0).email() + "  (" + world.locals.get(0).name() + ")");
        out.println("  requester   " + world.offices.get(0).staff().get(0).email() + "  (" + world.offices.get(0).name() + ")");
        out.println("  approver    " + world.offices.get(0).approvers().get(0).email());
        out.println("  sysadmin    " + world.sysadmins.get(0).email());
    }

    /** A table made again from the loaded rows by one statement of its own. */
    private interface Rebuild {
        void run(Statement s) throws SQLException;
    }

    private static void rebuild(DataSource data, Rebuild rebuild) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            rebuild.run(s);
        }
    }

    /**
     * Has the server measure every table again. InnoDB keeps the row counts it measured when a table was empty, or
     * before a rebuild, until a tenth of it has changed and its background thread gets to it: the generated database
     * was read as empty for minutes (report_days, request_items, search_texts), and the optimiser chose to read all of
     * a report's kept rows by the first two columns of their key instead of the days asked for (17,590 rows for 3,530
     * at 10,000 requests). A sampled measure of each index: seconds at a million requests.
     */
    private static void analyze(DataSource data) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add("`" + r.getString(1) + "`");
                }
            }
            try (ResultSet r = s.executeQuery("ANALYZE TABLE " + String.join(", ", tables))) {
                while (r.next()) {
                    if ("error".equalsIgnoreCase(r.getString("Msg_type"))) {
                        throw new SQLException("ANALYZE TABLE " + r.getString("Table") + ": " + r.getString("Msg_text"));
                    }
                }
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
