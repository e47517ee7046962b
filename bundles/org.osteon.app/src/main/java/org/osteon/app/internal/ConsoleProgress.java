package org.osteon.app.internal;

import java.io.PrintStream;

import org.osteon.core.progress.ProgressMonitor;

/**
 * Progress drawn on the console: a bar redrawn in place on a terminal, one line per task and per quarter
 * otherwise (log files, CI).
 */
public final class ConsoleProgress implements ProgressMonitor {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean interactive;
    private String task = "";
    private String sub = "";
    private int total = -1;
    private int done;
    private int lastQuarter = -1;
    private long startNanos;
    private int lastLength;
    private volatile boolean canceled;

    public ConsoleProgress(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    public void cancel() {
        canceled = true;
    }

    @Override
    public synchronized void begin(String taskName, int totalWork) {
        finishLine();
        task = taskName == null ? "" : taskName;
        sub = "";
        total = totalWork;
        done = 0;
        lastQuarter = -1;
        startNanos = System.nanoTime();
        if (!interactive) {
            out.println(task + (total > 0 ? " (" + total + " units)" : ""));
        }
        draw();
    }

    @Override
    public synchronized void worked(int units) {
        done += units;
        draw();
    }

    @Override
    public synchronized void subTask(String name) {
        sub = name == null ? "" : name;
        if (!interactive && !sub.isEmpty()) {
            out.println("  " + sub);
        }
        draw();
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public synchronized void done() {
        // a cancelled task ends where it stopped, not at a 100% it never reached
        if (total > 0 && !canceled) {
            done = total;
        }
        draw();
        finishLine();
    }

    /** The bar text, e.g. "[3/4] features: regions [==========>         ] 34% 12.0 s". */
    static String render(String task, String sub, int total, int done, double seconds) {
        StringBuilder sb = new StringBuilder(task);
        if (!sub.isEmpty()) {
            sb.append(" - ").append(sub);
        }
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, Math.round((double) WIDTH * done / total));
            sb.append(" [").append("=".repeat(Math.max(0, filled - 1))).append(filled > 0 ? ">" : "")
                    .append(" ".repeat(WIDTH - filled)).append("] ")
                    .append(Math.min(100, (int) (100L * done / total))).append('%');
        }
        sb.append(String.format(" %.1f s", seconds));
        return sb.toString();
    }

    private void draw() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (interactive) {
            String line = render(task, sub, total, done, seconds);
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
            out.flush();
        } else if (total > 0) {
            int quarter = (int) (4L * done / total);
            if (quarter > lastQuarter && quarter > 0) {
                lastQuarter = quarter;
                out.println("  " + Math.min(100, 25 * quarter) + "% " + String.format("%.1f s", seconds));
            }
        }
    }

    private void finishLine() {
        if (interactive && lastLength > 0) {
            out.println();
            lastLength = 0;
        }
    }
}
