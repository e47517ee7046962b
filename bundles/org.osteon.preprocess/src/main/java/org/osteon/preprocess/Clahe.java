package org.osteon.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.osteon.core.InvalidInputException;

/**
 * Contrast-limited adaptive histogram equalisation, equal value for value to OpenCV's
 * {@code cv::createCLAHE(clipLimit, Size(tilesX, tilesY))->apply} on 8-bit and 16-bit grey images
 * (OpenCV's {@code modules/imgproc/src/clahe.cpp}, CPU path):
 * <ol>
 * <li>When the width or height is not a multiple of the tile count, the image used for the tile histograms is
 * padded at the right by {@code tilesX - width % tilesX} columns and at the bottom by
 * {@code tilesY - height % tilesY} rows with reflect-101 (both, even when only one side is not divisible).</li>
 * <li>Each tile's histogram has 256 bins (8-bit) or 65536 bins (16-bit). The clip limit in counts is
 * {@code max(1, (int) (clipLimit * tileArea / bins))} (0 disables clipping); the excess is spread as
 * {@code excess / bins} to every bin and the remainder one count each to bins {@code 0, step, 2 step, ...}
 * with {@code step = max(bins / remainder, 1)}.</li>
 * <li>The tile's look-up table is the cumulative histogram times {@code (bins - 1) / tileArea} in float,
 * rounded half to even.</li>
 * <li>Each pixel blends the tables of the four nearest tile centres bilinearly in float, in OpenCV's order of
 * operations, and the result is rounded half to even.</li>
 * </ol>
 * Work is split over tiles and then rows on {@code threads} threads (the calling one and a pool of this instance
 * kept between calls); the result does not depend on the count. An instance may be shared between threads.
 */
public final class Clahe {

    private final double clipLimit;
    private final int tilesX;
    private final int tilesY;
    private final int threads;
    private volatile ForkJoinPool pool;

    /**
     * @param clipLimit contrast limit relative to a flat histogram (OpenCV's clipLimit); 0 = no limit
     * @param tilesX    tiles across (columns)
     * @param tilesY    tiles down (rows)
     * @param threads   worker threads, at least 1
     */
    public Clahe(double clipLimit, int tilesX, int tilesY, int threads) {
        if (!(clipLimit >= 0) || Double.isInfinite(clipLimit)) {
            throw new InvalidInputException("CLAHE clip limit " + clipLimit + " is not valid: expected a finite number >= 0");
        }
        if (tilesX < 1 || tilesY < 1) {
            throw new InvalidInputException("CLAHE tile grid " + tilesX + "x" + tilesY + " is not valid: expected at least 1x1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.clipLimit = clipLimit;
        this.tilesX = tilesX;
        this.tilesY = tilesY;
        this.threads = threads;
    }

    /** With as many threads as the machine has processors. */
    public Clahe(double clipLimit, int tilesX, int tilesY) {
        this(clipLimit, tilesX, tilesY, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Equalises a grey image of {@code bits} 8 (values 0..255) or 16 (values 0..65535), row-major.
     *
     * @return a new array of the same size and range
     */
    public int[] apply(int[] pixels, int width, int height, int bits) {
        if (bits != 8 && bits != 16) {
            throw new IllegalArgumentException("CLAHE works on 8- or 16-bit images, not " + bits + "-bit");
        }
        if (pixels.length != (long) width * height || width < 1 || height < 1) {
            throw new IllegalArgumentException("expected " + width + " x " + height + " pixels, got " + pixels.length);
        }
        int top = bits == 8 ? 255 : 65535;
        int bins = top + 1;
        boolean divisible = width % tilesX == 0 && height % tilesY == 0;
        int extW = divisible ? width : width + tilesX - width % tilesX;
        int extH = divisible ? height : height + tilesY - height % tilesY;
        int[] colOf = reflect101(extW, width);
        int[] rowOf = reflect101(extH, height);
        int tileW = extW / tilesX;
        int tileH = extH / tilesY;
        int tileArea = tileW * tileH;
        float lutScale = (float) (bins - 1) / tileArea;
        int limit = 0;
        if (clipLimit > 0) {
            limit = Math.max((int) (clipLimit * tileArea / bins), 1);
        }
        char[] lut = new char[tilesX * tilesY * bins];
        int clip = limit;
        try {
            parallel(tilesX * tilesY, new ThreadLocalHistogram(bins), (k, hist) -> tileLut(pixels, width, colOf, rowOf, k,
                    tileW, tileH, hist, clip, lutScale, lut));
        } catch (ArrayIndexOutOfBoundsException e) {
            // every pixel lands in some tile's histogram, so a value outside 0..top shows up here: name it
            for (int i = 0; i < pixels.length; i++) {
                if (pixels[i] < 0 || pixels[i] > top) {
                    throw new InvalidInputException("CLAHE of a " + bits + "-bit image needs values 0.." + top
                            + ", got " + pixels[i] + " at pixel (" + i % width + ", " + i / width + ")");
                }
            }
            throw e;
        }
        int[] out = new int[pixels.length];
        interpolate(pixels, out, width, height, tileW, tileH, lut, bins);
        return out;
    }

    private void tileLut(int[] src, int width, int[] colOf, int[] rowOf, int k, int tileW, int tileH, int[] hist,
            int limit, float lutScale, char[] lut) {
        int bins = hist.length;
        int tx = k % tilesX;
        int ty = k / tilesX;
        int x0 = tx * tileW;
        int y0 = ty * tileH;
        boolean inside = x0 + tileW <= width && y0 + tileH <= rowOf.length && y0 + tileH <= src.length / width;
        for (int y = y0; y < y0 + tileH; y++) {
            int row = rowOf[y] * width;
            if (inside) {
                for (int i = row + x0, end = row + x0 + tileW; i < end; i++) {
                    hist[src[i]]++;
                }
            } else {
                for (int x = x0; x < x0 + tileW; x++) {
                    hist[src[row + colOf[x]]]++;
                }
            }
        }
        int batch = 0;
        int residual = 0;
        int step = 1;
        if (limit > 0) {
            int clipped = 0;
            for (int i = 0; i < bins; i++) {
                if (hist[i] > limit) {
                    clipped += hist[i] - limit;
                    hist[i] = limit;
                }
            }
            // OpenCV adds clipped / bins to every bin, then one more to bins 0, step, 2 step, ... (residual of
            // them): done here inside the cumulative sum, which also clears the histogram for the next tile
            batch = clipped / bins;
            residual = clipped - batch * bins;
            step = residual == 0 ? 1 : Math.max(bins / residual, 1);
        }
        int base = k * bins;
        int sum = 0;
        int nextExtra = residual > 0 ? 0 : Integer.MAX_VALUE;
        for (int i = 0; i < bins; i++) {
            sum += hist[i] + batch;
            hist[i] = 0;
            if (i == nextExtra) {
                sum++;
                nextExtra = --residual > 0 ? i + step : Integer.MAX_VALUE;
            }
            // sum <= tile area, so the product stays within [0, bins - 1]: only the rounding remains
            lut[base + i] = (char) Math.rint(sum * lutScale);
        }
    }

    private void interpolate(int[] src, int[] dst, int width, int height, int tileW, int tileH, char[] lut, int bins) {
        // per column: the two tile tables and their weights, as OpenCV precomputes them
        int[] ind1 = new int[width];
        int[] ind2 = new int[width];
        float[] xa = new float[width];
        float[] xa1 = new float[width];
        float invTw = 1.0f / tileW;
        for (int x = 0; x < width; x++) {
            float txf = x * invTw - 0.5f;
            int tx1 = (int) Math.floor(txf);
            int tx2 = tx1 + 1;
            xa[x] = txf - tx1;
            xa1[x] = 1.0f - xa[x];
            ind1[x] = Math.max(tx1, 0) * bins;
            ind2[x] = Math.min(tx2, tilesX - 1) * bins;
        }
        // column segments over which both tile tables stay the same, so the inner loop adds constant offsets
        int[] segStart = new int[width + 1];
        int segments = 0;
        for (int x = 0; x < width; x++) {
            if (x == 0 || ind1[x] != ind1[x - 1] || ind2[x] != ind2[x - 1]) {
                segStart[segments++] = x;
            }
        }
        segStart[segments] = width;
        int segCount = segments;
        float invTh = 1.0f / tileH;
        int chunk = Math.max(1, (height + 4 * threads - 1) / (4 * threads));
        int chunks = (height + chunk - 1) / chunk;
        parallel(chunks, null, (c, unused) -> {
            for (int y = c * chunk; y < Math.min(height, (c + 1) * chunk); y++) {
                float tyf = y * invTh - 0.5f;
                int ty1 = (int) Math.floor(tyf);
                int ty2 = ty1 + 1;
                float ya = tyf - ty1;
                float ya1 = 1.0f - ya;
                int plane1 = Math.max(ty1, 0) * tilesX * bins;
                int plane2 = Math.min(ty2, tilesY - 1) * tilesX * bins;
                int row = y * width;
                for (int k = 0; k < segCount; k++) {
                    int from = segStart[k];
                    int to = segStart[k + 1];
                    int b11 = plane1 + ind1[from];
                    int b12 = plane1 + ind2[from];
                    int b21 = plane2 + ind1[from];
                    int b22 = plane2 + ind2[from];
                    for (int x = from; x < to; x++) {
                        int v = src[row + x];
                        float a1 = xa1[x];
                        float a = xa[x];
                        float res = (lut[b11 + v] * a1 + lut[b12 + v] * a) * ya1 + (lut[b21 + v] * a1 + lut[b22 + v] * a) * ya;
                        // a convex combination of table values: within [0, top], only the rounding remains
                        dst[row + x] = (int) Math.rint(res);
                    }
                }
            }
        });
    }

    /** For each index of a padded axis of length {@code ext}, the source index under BORDER_REFLECT_101. */
    private static int[] reflect101(int ext, int len) {
        int[] map = new int[ext];
        for (int p = 0; p < ext; p++) {
            int q = p;
            if (len == 1) {
                q = 0;
            } else {
                while (q < 0 || q >= len) {
                    q = q < 0 ? -q : 2 * len - 2 - q;
                }
            }
            map[p] = q;
        }
        return map;
    }

    /** A per-thread scratch histogram for the tile pass. */
    private record ThreadLocalHistogram(int bins) {
    }

    private interface Task {
        void run(int index, int[] scratch);
    }

    /** Runs task(0..count-1) on up to {@code threads} threads, each with its own scratch histogram. */
    private void parallel(int count, ThreadLocalHistogram scratch, Task task) {
        int n = Math.min(threads, count);
        AtomicInteger next = new AtomicInteger();
        IntConsumer worker = w -> {
            int[] hist = scratch == null ? null : new int[scratch.bins()];
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                task.run(i, hist);
            }
        };
        if (n <= 1) {
            worker.accept(0);
            return;
        }
        // the workers of this instance's pool are kept between calls (thread start-up would cost more than a
        // tile pass); the calling thread works too
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int t = 1; t < n; t++) {
            int id = t;
            helpers.add(pool().submit(() -> worker.accept(id)));
        }
        worker.accept(0);
        for (ForkJoinTask<?> h : helpers) {
            h.join();
        }
    }

    private ForkJoinPool pool() {
        ForkJoinPool p = pool;
        if (p == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = new ForkJoinPool(threads - 1);
                }
                p = pool;
            }
        }
        return p;
    }
}
