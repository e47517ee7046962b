package org.osteon.io.internal.dicom.codec;

import org.osteon.core.InvalidInputException;

/**
 * A JPEG-LS decoder (ITU-T T.87 | ISO/IEC 14495-1), written for this bundle: the DICOM transfer syntaxes
 * 1.2.840.10008.1.2.4.80 (lossless) and .81 (near-lossless). No Java JPEG-LS decoder is published on Maven
 * Central.
 *
 * <p>What it decodes: SOF55 frames of 2 to 16 bits per sample, one or more components, every interleave mode
 * (none, line, sample), NEAR 0 (lossless) and NEAR &gt; 0 (near-lossless), default or preset coding
 * parameters (LSE id 1: MAXVAL, T1, T2, T3, RESET), regular mode with the 365 contexts, their bias
 * correction and the limited-length Golomb codes, run mode with its two run-interruption contexts.
 * Refused with a message: mapping tables (LSE id 2/3, a table index in the scan), oversize dimensions
 * (LSE id 4), point transforms, restart intervals and the HP colour transforms, none of which DICOM's
 * JPEG-LS files use. Samples are returned interleaved per pixel, as coded (no colour transform).
 *
 * <p>Every read is bounds-checked and every loop is bounded by the frame size, so a corrupt or truncated
 * stream ends in an {@link InvalidInputException} naming the source.
 */
final class JpegLsDecoder {

    /** Run length order J[RUNindex] (T.87 A.7.1.2). */
    private static final int[] J = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9,
            10, 11, 12, 13, 14, 15};
    private static final long MAX_SAMPLES = 1L << 28;
    private static final int MIN_C = -128;
    private static final int MAX_C = 127;

    private final byte[] data;
    private final FrameFormat expected;
    private final String source;
    private int pos;

    // frame
    private int precision;
    private int rows;
    private int columns;
    private int[] componentIds;
    private int[][] planes;
    private boolean[] decoded;
    // preset parameters from LSE (0: default)
    private int presetMaxVal;
    private int presetT1;
    private int presetT2;
    private int presetT3;
    private int presetReset;
    private int restartInterval;

    // scan parameters
    private int maxVal;
    private int near;
    private int range;
    private int qbpp;
    private int limit;
    private int t1;
    private int t2;
    private int t3;
    private int reset;
    private int quant;

    // regular mode contexts
    private final int[] ctxA = new int[365];
    private final int[] ctxB = new int[365];
    private final int[] ctxC = new int[365];
    private final int[] ctxN = new int[365];
    // run interruption contexts, index 0: RItype 0, index 1: RItype 1
    private final int[] runA = new int[2];
    private final int[] runN = new int[2];
    private final int[] runNn = new int[2];
    private int runIndex;

    // bit reader over the scan's entropy-coded segment
    private long cache;
    private int count;
    private int bitPos;
    private int scanEnd;
    private boolean afterFF;
    private int padBits;

    JpegLsDecoder(byte[] data, FrameFormat expected, String source) {
        this.data = data;
        this.expected = expected;
        this.source = source;
    }

    /** Decodes the whole stream and returns the samples interleaved per pixel. */
    int[] decode() {
        if (data.length < 2 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != 0xD8) {
            throw corrupt(0, "a JPEG-LS stream starts with the SOI marker FF D8");
        }
        pos = 2;
        boolean ended = false;
        while (!ended) {
            int marker = nextMarker();
            if (marker < 0) {
                break;
            }
            switch (marker) {
                case 0xD9 -> ended = true;
                case 0xF7 -> readFrameHeader();
                case 0xF8 -> readPresets();
                case 0xDA -> readScan();
                case 0xDD -> readRestartInterval();
                case 0xD8 -> throw corrupt(pos - 2, "a second SOI marker inside the frame");
                case 0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF ->
                    throw corrupt(pos - 2, String.format("a JPEG (T.81) frame header FF %02X in a JPEG-LS stream", marker));
                case 0xE8 -> checkApp8();
                default -> skipSegment();
            }
        }
        if (planes == null) {
            throw corrupt(pos, "no JPEG-LS frame header (SOF55, FF F7) before the end of the stream");
        }
        for (int c = 0; c < decoded.length; c++) {
            if (!decoded[c]) {
                throw corrupt(pos, "the stream ends before component " + componentIds[c] + " was decoded (truncated?)");
            }
        }
        int n = componentIds.length;
        int pixels = rows * columns;
        if (n == 1) {
            return planes[0];
        }
        int[] out = new int[pixels * n];
        for (int c = 0; c < n; c++) {
            int[] p = planes[c];
            for (int i = 0; i < pixels; i++) {
                out[i * n + c] = p[i];
            }
        }
        return out;
    }

    // ---- markers and segments

    private int nextMarker() {
        int at = JpegMarkers.nextMarkerCode(data, pos);
        if (at < 0) {
            pos = data.length;
            return -1;
        }
        pos = at + 1;
        return data[at] & 0xFF;
    }

    /** Reads a segment length and checks that the segment fits; returns the end of the segment. */
    private int segmentEnd(String what) {
        need(2, what);
        int length = u16();
        if (length < 2 || pos - 2 + length > data.length) {
            throw corrupt(pos - 2, what + " declares " + length + " bytes, " + (data.length - pos + 2) + " remain");
        }
        return pos - 2 + length;
    }

    private void skipSegment() {
        pos = segmentEnd("a marker segment");
    }

    private void checkApp8() {
        int end = segmentEnd("an APP8 segment");
        if (end - pos >= 5 && data[pos] == 'm' && data[pos + 1] == 'r' && data[pos + 2] == 'f' && data[pos + 3] == 'x'
                && data[pos + 4] != 0) {
            throw unsupported("the HP colour transform (APP8 'mrfx' " + data[pos + 4] + ")");
        }
        pos = end;
    }

    private void readFrameHeader() {
        if (planes != null) {
            throw corrupt(pos - 2, "a second frame header");
        }
        int end = segmentEnd("the SOF55 segment");
        need(6, "the SOF55 segment");
        precision = data[pos++] & 0xFF;
        rows = u16();
        columns = u16();
        int n = data[pos++] & 0xFF;
        if (end - pos < 3 * n || n < 1) {
            throw corrupt(pos, "the SOF55 segment lists " + n + " components in " + (end - pos) + " bytes");
        }
        if (precision < 2 || precision > 16) {
            throw corrupt(pos, "sample precision " + precision + "; JPEG-LS allows 2 to 16 bits");
        }
        if (rows == 0) {
            throw unsupported("a frame without a height (Y = 0)");
        }
        FrameDecoders.checkHeader("JPEG-LS", rows, columns, n, precision, expected, source);
        if ((long) rows * columns * n > MAX_SAMPLES) {
            throw corrupt(pos, rows + " x " + columns + " x " + n + " samples is more than this decoder accepts");
        }
        componentIds = new int[n];
        for (int c = 0; c < n; c++) {
            componentIds[c] = data[pos] & 0xFF;
            int sampling = data[pos + 1] & 0xFF;
            if (sampling != 0x11) {
                throw unsupported("subsampled components (component " + componentIds[c] + " has sampling factors "
                        + (sampling >> 4) + "x" + (sampling & 15) + ")");
            }
            pos += 3;
        }
        planes = new int[n][rows * columns];
        decoded = new boolean[n];
        pos = end;
    }

    private void readPresets() {
        int end = segmentEnd("an LSE segment");
        need(1, "an LSE segment");
        int id = data[pos++] & 0xFF;
        switch (id) {
            case 1 -> {
                if (end - pos < 10) {
                    throw corrupt(pos, "the LSE preset parameters segment is too short");
                }
                presetMaxVal = u16();
                presetT1 = u16();
                presetT2 = u16();
                presetT3 = u16();
                presetReset = u16();
            }
            case 2, 3 -> throw unsupported("mapping tables (LSE id " + id + ")");
            case 4 -> throw unsupported("oversize image dimensions (LSE id 4)");
            default -> throw corrupt(pos - 1, "unknown LSE id " + id);
        }
        pos = end;
    }

    private void readRestartInterval() {
        int end = segmentEnd("the DRI segment");
        need(2, "the DRI segment");
        restartInterval = u16();
        if (restartInterval != 0) {
            throw unsupported("restart intervals (DRI " + restartInterval + ")");
        }
        pos = end;
    }

    private void readScan() {
        if (planes == null) {
            throw corrupt(pos - 2, "a scan before the frame header");
        }
        int end = segmentEnd("the SOS segment");
        need(1, "the SOS segment");
        int ns = data[pos++] & 0xFF;
        if (ns < 1 || ns > componentIds.length || end - pos != 2 * ns + 3) {
            throw corrupt(pos, "the SOS segment lists " + ns + " components in " + (end - pos) + " bytes");
        }
        int[] scan = new int[ns];
        for (int i = 0; i < ns; i++) {
            int id = data[pos] & 0xFF;
            int table = data[pos + 1] & 0xFF;
            pos += 2;
            scan[i] = -1;
            for (int c = 0; c < componentIds.length; c++) {
                if (componentIds[c] == id) {
                    scan[i] = c;
                }
            }
            if (scan[i] < 0) {
                throw corrupt(pos, "the scan names component " + id + ", which the frame does not have");
            }
            if (decoded[scan[i]]) {
                throw corrupt(pos, "component " + id + " is coded twice");
            }
            if (table != 0) {
                throw unsupported("mapping tables (table " + table + " for component " + id + ")");
            }
        }
        near = data[pos++] & 0xFF;
        int interleave = data[pos++] & 0xFF;
        int pointTransform = data[pos++] & 0x0F;
        if (pointTransform != 0) {
            throw unsupported("a point transform (" + pointTransform + ")");
        }
        if (interleave > 2) {
            throw corrupt(pos, "interleave mode " + interleave + "; expected 0, 1 or 2");
        }
        if (ns > 1 && interleave == 0) {
            throw corrupt(pos, "a scan of " + ns + " components without interleaving");
        }
        setParameters();
        startBits(pos);
        decodeLines(scan, ns > 1 && interleave == 2);
        if (padBits > count) {
            throw corrupt(scanEnd, "the coded data of the scan ends before its last sample (truncated?)");
        }
        for (int c : scan) {
            decoded[c] = true;
        }
        pos = scanEnd;
    }

    /** Coding parameters and context initialisation (T.87 A.2, C.2.4.1.1). */
    private void setParameters() {
        int defaultMax = (1 << precision) - 1;
        maxVal = presetMaxVal != 0 ? presetMaxVal : defaultMax;
        if (maxVal > defaultMax || maxVal < 1) {
            throw corrupt(pos, "MAXVAL " + maxVal + " does not fit " + precision + "-bit samples");
        }
        if (near > Math.min(255, maxVal / 2)) {
            throw corrupt(pos, "NEAR " + near + " is larger than MAXVAL/2 (" + maxVal / 2 + ")");
        }
        quant = 2 * near + 1;
        range = (maxVal + 2 * near) / quant + 1;
        qbpp = ceilLog2(range);
        int bpp = Math.max(2, ceilLog2(maxVal + 1));
        limit = 2 * (bpp + Math.max(8, bpp));
        int f1;
        int f2;
        int f3;
        if (maxVal >= 128) {
            int factor = (Math.min(maxVal, 4095) + 128) / 256;
            f1 = clamp(factor * (3 - 2) + 2 + 3 * near, near + 1);
            f2 = clamp(factor * (7 - 3) + 3 + 5 * near, f1);
            f3 = clamp(factor * (21 - 4) + 4 + 7 * near, f2);
        } else {
            int factor = 256 / (maxVal + 1);
            f1 = clamp(Math.max(2, 3 / factor + 3 * near), near + 1);
            f2 = clamp(Math.max(3, 7 / factor + 5 * near), f1);
            f3 = clamp(Math.max(4, 21 / factor + 7 * near), f2);
        }
        t1 = presetT1 != 0 ? presetT1 : f1;
        t2 = presetT2 != 0 ? presetT2 : f2;
        t3 = presetT3 != 0 ? presetT3 : f3;
        reset = presetReset != 0 ? presetReset : 64;
        if (t1 > t2 || t2 > t3 || reset < 3) {
            throw corrupt(pos, "preset thresholds T1 " + t1 + ", T2 " + t2 + ", T3 " + t3 + ", RESET " + reset
                    + " are not ordered");
        }
        int a = Math.max(2, (range + 32) / 64);
        for (int q = 0; q < 365; q++) {
            ctxA[q] = a;
            ctxB[q] = 0;
            ctxC[q] = 0;
            ctxN[q] = 1;
        }
        for (int i = 0; i < 2; i++) {
            runA[i] = a;
            runN[i] = 1;
            runNn[i] = 0;
        }
    }

    private int clamp(int value, int low) {
        return value > maxVal || value < low ? low : value;
    }

    private static int ceilLog2(int value) {
        int bits = 0;
        while ((1L << bits) < value) {
            bits++;
        }
        return bits;
    }

    // ---- the scan

    /**
     * Decodes the lines of a scan. Without sample interleaving each component's line is coded in turn (one
     * component, or line interleaved), each with its own run index; with sample interleaving the components of a
     * pixel are coded together and a run covers whole pixels.
     */
    private void decodeLines(int[] scan, boolean sampleInterleaved) {
        int ns = scan.length;
        int w = columns;
        // line buffers with one sample of padding on each side: index x + 1 holds column x
        int[][] prev = new int[ns][w + 2];
        int[][] cur = new int[ns][w + 2];
        int[] runIndices = new int[ns];
        for (int y = 0; y < rows; y++) {
            for (int i = 0; i < ns; i++) {
                int[] t = prev[i];
                prev[i] = cur[i];
                cur[i] = t;
                prev[i][w + 1] = prev[i][w];
                cur[i][0] = prev[i][1];
            }
            if (sampleInterleaved) {
                decodeSampleInterleavedLine(prev, cur);
            } else {
                for (int i = 0; i < ns; i++) {
                    runIndex = runIndices[i];
                    decodeLine(prev[i], cur[i]);
                    runIndices[i] = runIndex;
                }
            }
            for (int i = 0; i < ns; i++) {
                System.arraycopy(cur[i], 1, planes[scan[i]], y * w, w);
            }
        }
    }

    private void decodeLine(int[] prev, int[] cur) {
        int w = columns;
        int x = 1;
        int rb = prev[0];
        int rd = prev[1];
        while (x <= w) {
            int ra = cur[x - 1];
            int rc = rb;
            rb = rd;
            rd = prev[x + 1];
            int q = context(rd - rb, rb - rc, rc - ra);
            if (q != 0) {
                cur[x] = regular(q, ra, rb, rc);
                x++;
            } else {
                x += runMode(prev, cur, x, ra);
                rb = prev[x - 1];
                rd = prev[x];
            }
        }
    }

    private void decodeSampleInterleavedLine(int[][] prev, int[][] cur) {
        int ns = prev.length;
        int w = columns;
        int[] q = new int[ns];
        int x = 1;
        while (x <= w) {
            boolean run = true;
            for (int i = 0; i < ns; i++) {
                int ra = cur[i][x - 1];
                int rb = prev[i][x];
                int rc = prev[i][x - 1];
                int rd = prev[i][x + 1];
                q[i] = context(rd - rb, rb - rc, rc - ra);
                run &= q[i] == 0;
            }
            if (!run) {
                for (int i = 0; i < ns; i++) {
                    cur[i][x] = regular(q[i], cur[i][x - 1], prev[i][x], prev[i][x - 1]);
                }
                x++;
                continue;
            }
            // run mode over whole pixels: every component repeats the pixel to the left
            int length = runLength(w - x + 1);
            for (int k = 0; k < length; k++) {
                for (int i = 0; i < ns; i++) {
                    cur[i][x + k] = cur[i][x - 1];
                }
            }
            x += length;
            if (x > w) {
                continue;
            }
            for (int i = 0; i < ns; i++) {
                int ra = cur[i][x - 1];
                int rb = prev[i][x];
                int err = runInterruptionError(0);
                cur[i][x] = reconstruct(rb, rb < ra ? -err : err);
            }
            runIndex = Math.max(0, runIndex - 1);
            x++;
        }
    }

    /** The context number of three gradients, signed (T.87 A.3, A.4): 0 means run mode. */
    private int context(int d1, int d2, int d3) {
        return (quantize(d1) * 9 + quantize(d2)) * 9 + quantize(d3);
    }

    private int quantize(int d) {
        if (d <= -t3) {
            return -4;
        }
        if (d <= -t2) {
            return -3;
        }
        if (d <= -t1) {
            return -2;
        }
        if (d < -near) {
            return -1;
        }
        if (d <= near) {
            return 0;
        }
        if (d < t1) {
            return 1;
        }
        if (d < t2) {
            return 2;
        }
        if (d < t3) {
            return 3;
        }
        return 4;
    }

    /** One sample in regular mode (T.87 A.4 to A.6). */
    private int regular(int signedQ, int ra, int rb, int rc) {
        int sign = signedQ < 0 ? -1 : 1;
        int q = signedQ < 0 ? -signedQ : signedQ;
        int px;
        if (rc >= Math.max(ra, rb)) {
            px = Math.min(ra, rb);
        } else if (rc <= Math.min(ra, rb)) {
            px = Math.max(ra, rb);
        } else {
            px = ra + rb - rc;
        }
        px += sign * ctxC[q];
        if (px < 0) {
            px = 0;
        } else if (px > maxVal) {
            px = maxVal;
        }
        int n = ctxN[q];
        int k = 0;
        while ((n << k) < ctxA[q] && k < 24) {
            k++;
        }
        int mapped = golomb(k, limit);
        int err = (mapped & 1) == 0 ? mapped >> 1 : -((mapped + 1) >> 1);
        if (k == 0 && near == 0 && 2 * ctxB[q] <= -n) {
            err = -err - 1;
        }
        // context update and bias correction (A.6)
        ctxB[q] += err * quant;
        ctxA[q] += Math.abs(err);
        if (n == reset) {
            ctxA[q] >>= 1;
            ctxB[q] >>= 1;
            n >>= 1;
        }
        n++;
        ctxN[q] = n;
        if (ctxB[q] <= -n) {
            ctxB[q] += n;
            if (ctxC[q] > MIN_C) {
                ctxC[q]--;
            }
            if (ctxB[q] <= -n) {
                ctxB[q] = -n + 1;
            }
        } else if (ctxB[q] > 0) {
            ctxB[q] -= n;
            if (ctxC[q] < MAX_C) {
                ctxC[q]++;
            }
            if (ctxB[q] > 0) {
                ctxB[q] = 0;
            }
        }
        return reconstruct(px, sign * err);
    }

    /** Px + Errval (2 NEAR + 1), taken back into the range and clamped (A.4.5, A.5.2 inverted). */
    private int reconstruct(int px, int err) {
        int rx = px + err * quant;
        if (rx < -near) {
            rx += range * quant;
        } else if (rx > maxVal + near) {
            rx -= range * quant;
        }
        return rx < 0 ? 0 : rx > maxVal ? maxVal : rx;
    }

    /** Run mode on one component from column x (1-based): the run, then the interruption sample if any. */
    private int runMode(int[] prev, int[] cur, int x, int ra) {
        int w = columns;
        int length = runLength(w - x + 1);
        for (int k = 0; k < length; k++) {
            cur[x + k] = ra;
        }
        int end = x + length;
        if (end > w) {
            return length;
        }
        int rb = prev[end];
        int value;
        if (Math.abs(ra - rb) <= near) {
            value = reconstruct(ra, runInterruptionError(1));
        } else {
            int err = runInterruptionError(0);
            value = reconstruct(rb, rb < ra ? -err : err);
        }
        cur[end] = value;
        runIndex = Math.max(0, runIndex - 1);
        return length + 1;
    }

    /** The length of a run (A.7.1), at most {@code remaining} samples. */
    private int runLength(int remaining) {
        int length = 0;
        while (readBit() == 1) {
            int step = Math.min(1 << J[runIndex], remaining - length);
            length += step;
            if (step == 1 << J[runIndex]) {
                runIndex = Math.min(31, runIndex + 1);
            }
            if (length == remaining) {
                return length;
            }
        }
        if (J[runIndex] > 0) {
            length += readBits(J[runIndex]);
        }
        if (length >= remaining) {
            throw corrupt(bitPos, "a run of " + length + " samples goes past the end of the line (" + remaining
                    + " samples left)");
        }
        return length;
    }

    /** The error of a run-interruption sample (A.7.2), updating its context. */
    private int runInterruptionError(int type) {
        int a = runA[type];
        int n = runN[type];
        int temp = a + (n >> 1) * type;
        int k = 0;
        while ((n << k) < temp && k < 24) {
            k++;
        }
        int em = golomb(k, limit - J[runIndex] - 1);
        int t = em + type;
        int map = t & 1;
        int abs = (t + map) / 2;
        int err = (k != 0 || 2 * runNn[type] >= n) == (map == 1) ? -abs : abs;
        if (err < 0) {
            runNn[type]++;
        }
        runA[type] += (em + 1 - type) >> 1;
        if (n == reset) {
            runA[type] >>= 1;
            n >>= 1;
            runNn[type] >>= 1;
        }
        runN[type] = n + 1;
        return err;
    }

    /** A limited-length Golomb code (A.5.3): k low bits after a unary prefix, or an escape with qbpp bits. */
    private int golomb(int k, int codeLimit) {
        int maxPrefix = codeLimit - qbpp - 1;
        int prefix = unary(maxPrefix);
        if (prefix >= maxPrefix) {
            return readBits(qbpp) + 1;
        }
        return k == 0 ? prefix : (prefix << k) | readBits(k);
    }

    // ---- bits (T.87 A.1: after a 0xFF byte the next byte carries 7 bits)

    private void startBits(int start) {
        bitPos = start;
        scanEnd = start;
        while (scanEnd < data.length) {
            if ((data[scanEnd] & 0xFF) == 0xFF && scanEnd + 1 < data.length && (data[scanEnd + 1] & 0x80) != 0) {
                break;
            }
            scanEnd++;
        }
        cache = 0;
        count = 0;
        afterFF = false;
        padBits = 0;
    }

    /** Fills the cache to at least 56 bits (at most 63); past the end of the scan data, zero bits are counted. */
    private void fill() {
        while (count <= 55) {
            int b;
            int n;
            if (bitPos < scanEnd) {
                b = data[bitPos++] & 0xFF;
                n = afterFF ? 7 : 8;
                afterFF = b == 0xFF;
            } else {
                b = 0;
                n = 8;
                padBits += 8;
            }
            cache |= ((long) (b & ((1 << n) - 1))) << (64 - count - n);
            count += n;
        }
    }

    private int readBits(int n) {
        if (n == 0) {
            return 0;
        }
        if (count < n) {
            fill();
        }
        int v = (int) (cache >>> (64 - n));
        cache <<= n;
        count -= n;
        checkOverrun();
        return v;
    }

    private int readBit() {
        return readBits(1);
    }

    /** The number of 0 bits before the next 1 bit; more than {@code max} is corrupt. */
    private int unary(int max) {
        int zeros = 0;
        while (true) {
            if (count < 32) {
                fill();
            }
            int lz = Long.numberOfLeadingZeros(cache);
            if (lz < count) {
                zeros += lz;
                cache <<= lz + 1;
                count -= lz + 1;
                checkOverrun();
                if (zeros > max) {
                    throw corrupt(bitPos, "a Golomb code prefix of " + zeros + " bits; at most " + max + " allowed");
                }
                return zeros;
            }
            zeros += count;
            cache = 0;
            count = 0;
            if (zeros > max) {
                throw corrupt(bitPos, "a Golomb code prefix of more than " + max + " bits (truncated data?)");
            }
        }
    }

    private void checkOverrun() {
        if (padBits > count + 64) {
            throw corrupt(scanEnd, "the coded data of the scan ends before its last sample (truncated?)");
        }
    }

    // ---- helpers

    private void need(int bytes, String what) {
        if (pos + bytes > data.length) {
            throw corrupt(pos, what + " is truncated");
        }
    }

    private int u16() {
        int v = (data[pos] & 0xFF) << 8 | (data[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    private InvalidInputException corrupt(int at, String problem) {
        return new InvalidInputException(source + ": corrupt JPEG-LS stream at byte " + at + ": " + problem);
    }

    private InvalidInputException unsupported(String what) {
        return new InvalidInputException(source + ": the JPEG-LS stream uses " + what
                + ", which this decoder does not support");
    }
}
