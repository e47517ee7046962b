package org.osteon.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples the process's resident memory (Linux /proc/self/status VmRSS, which counts native tensors as well
 * as the Java heap) every 20 ms while a step runs and keeps the peak.
 */
public final class MemorySampler implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private MemorySampler() {
        peak = residentBytes();
        thread = new Thread(() -> {
            while (running) {
                long now = residentBytes();
                if (now > peak) {
                    peak = now;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "osteon-memory-sampler");
        thread.setDaemon(true);
    }

    public static MemorySampler start() {
        MemorySampler s = new MemorySampler();
        s.thread.start();
        return s;
    }

    /** Peak resident bytes seen so far; -1 where /proc is not available. */
    public long peakBytes() {
        long now = residentBytes();
        return Math.max(peak, now);
    }

    /** Current resident bytes, or -1. */
    public static long residentBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    String[] f = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(f[0]) * 1024L;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
