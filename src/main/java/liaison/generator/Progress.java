package liaison.generator;

import java.io.PrintStream;

/** A progress bar on one line (stderr): done of total, the rate and the time left, redrawn at most twice a second. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDrawn;

    Progress(PrintStream out, long total) {
        this.out = out;
        this.total = total;
    }

    synchronized void at(long done) {
        long now = System.nanoTime();
        if (done < total && now - lastDrawn < 500_000_000L) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        out.printf("\r[%s%s] %3d%% %,d/%,d requests  %,.0f/s  %s left   ", "#".repeat(filled),
                " ".repeat(WIDTH - filled), total == 0 ? 100 : done * 100 / total, done, total, rate, clock(left));
        if (done >= total) {
            out.printf("%n");
        }
        out.flush();
    }

    private static String clock(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
