package org.osteon.io.internal.dicom.codec;

import org.osteon.core.InvalidInputException;

/**
 * A decoder for the JPEG processes DICOM uses (ITU-T T.81 | ISO/IEC 10918-1): Huffman-coded sequential DCT
 * with 8- or 12-bit samples (SOF0 baseline, SOF1 extended; processes 1, 2 and 4) and Huffman-coded lossless
 * (SOF3, process 14, predictors 1 to 7, point transform, restart intervals). Progressive, hierarchical and
 * arithmetic-coded streams are refused with a message saying so.
 *
 * <p>It is written by hand because no ImageIO plugin on Maven Central decodes 12-bit DCT streams (the JDK's
 * reader and TwelveMonkeys 3.14 both refuse them), and one parser for all three processes keeps the error
 * handling in one place. The inverse DCT reproduces the IJG library's accurate integer transform
 * ({@code jidctint.c}, "ISLOW", with its 8- and 12-bit scaling), and subsampled chroma is upsampled like
 * libjpeg's default ("fancy", triangular filter for 2:1 horizontally and 2:1 both ways; replication for other
 * ratios), so decoded values match libjpeg-based tools (dcmtk, GDCM, the JDK) exactly. Samples are
 * returned as decoded: no colour transform, no level shift beyond the one JPEG defines.
 *
 * <p>Every read is bounds-checked: a truncated or corrupt stream ends in an {@link InvalidInputException}
 * naming the source and the offset, never in an index or arithmetic exception.
 */
final class JpegDecoder {

    /** Zig-zag position to natural (row-major) position of an 8 x 8 block (T.81 figure A.6). */
    private static final int[] NATURAL_ORDER = {
            0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6,
            7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31,
            39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

    /** Frames above this many samples are refused before allocation (a corrupt header could ask for more). */
    private static final long MAX_SAMPLES = 1L << 28;

    private final byte[] data;
    private final FrameFormat expected;
    private final String source;

    private int pos;
    private final int[][] quantTables = new int[4][];
    private final HuffmanTable[] dcTables = new HuffmanTable[4];
    private final HuffmanTable[] acTables = new HuffmanTable[4];
    private int restartInterval;

    private boolean frameSeen;
    private boolean lossless;
    private int precision;
    private int rows;
    private int columns;
    private Component[] components;
    private int maxH;
    private int maxV;
    private int mcusPerLine;
    private int mcusPerColumn;

    private int bitBuffer;
    private int bitCount;

    JpegDecoder(byte[] data, FrameFormat expected, String source) {
        this.data = data;
        this.expected = expected;
        this.source = source;
    }

    /** One frame component: its sampling factors and its decoded plane, padded to whole MCUs. */
    private static final class Component {
        final int id;
        final int h;
        final int v;
        final int quantTable;
        int width;
        int height;
        int planeWidth;
        int planeHeight;
        int[] plane;
        boolean scanned;
        int dcPredictor;
        HuffmanTable dc;
        HuffmanTable ac;

        Component(int id, int h, int v, int quantTable) {
            this.id = id;
            this.h = h;
            this.v = v;
            this.quantTable = quantTable;
        }
    }

    /** Decodes the whole stream and returns the samples interleaved per pixel. */
    int[] decode() {
        if (data.length < 2 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != 0xD8) {
            throw corrupt(0, "a JPEG stream starts with the SOI marker FF D8, found " + hexStart());
        }
        pos = 2;
        boolean ended = false;
        while (!ended) {
            int marker = nextMarker();
            if (marker < 0) {
                break; // end of data: accepted below if every component was decoded (no EOI is tolerated)
            }
            switch (marker) {
                case 0xD8 -> throw corrupt(pos - 2, "a second SOI marker inside the frame");
                case 0xD9 -> ended = true;
                case 0xC0, 0xC1 -> readFrameHeader(false);
                case 0xC3 -> readFrameHeader(true);
                case 0xC2 -> throw unsupported("progressive DCT (SOF2)");
                case 0xC5, 0xC6, 0xC7 -> throw unsupported(String.format("hierarchical JPEG (SOF%d)", marker - 0xC0));
                case 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF ->
                    throw unsupported(String.format("arithmetic coding (SOF%d)", marker - 0xC0));
                case 0xC4 -> readHuffmanTables();
                case 0xDB -> readQuantizationTables();
                case 0xDD -> readRestartInterval();
                case 0xDA -> readScan();
                case 0xDC -> throw unsupported("a DNL marker (image height given after the first scan)");
                case 0x01, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7 -> {
                    // standalone markers outside a scan carry nothing
                }
                default -> skipSegment();
            }
        }
        if (!frameSeen) {
            throw corrupt(pos, "no frame header (SOF0, SOF1 or SOF3) before the end of the stream");
        }
        for (Component c : components) {
            if (!c.scanned) {
                throw corrupt(pos, "the stream ends before component " + c.id + " was decoded (truncated?)");
            }
        }
        return interleave();
    }

    // ---- markers and segments

    /** The next marker code after {@code pos}, skipping fill bytes and stray data; -1 at the end of data. */
    private int nextMarker() {
        int at = JpegMarkers.nextMarkerCode(data, pos);
        if (at < 0) {
            pos = data.length;
            return -1;
        }
        pos = at + 1;
        return data[at] & 0xFF;
    }

    /** The segment length at {@code pos}; returns the offset just past the segment and moves past the length. */
    private int segmentEnd() {
        if (pos + 2 > data.length) {
            throw truncated(pos, "a segment length");
        }
        int length = u16(pos);
        if (length < 2) {
            throw corrupt(pos, "segment length " + length + " is below the minimum of 2");
        }
        int end = pos + length;
        if (end > data.length) {
            throw truncated(pos, "a segment of " + length + " bytes");
        }
        pos += 2;
        return end;
    }

    private void skipSegment() {
        pos = segmentEnd();
    }

    private int u8(int at, int end) {
        if (at >= end) {
            throw corrupt(at, "segment is shorter than its content needs");
        }
        return data[at] & 0xFF;
    }

    private int u16(int at) {
        return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
    }

    private int u16(int at, int end) {
        if (at + 2 > end) {
            throw corrupt(at, "segment is shorter than its content needs");
        }
        return u16(at);
    }

    private void readQuantizationTables() {
        int end = segmentEnd();
        while (pos < end) {
            int pqTq = u8(pos++, end);
            int pq = pqTq >> 4;
            int tq = pqTq & 15;
            if (pq > 1 || tq > 3) {
                throw corrupt(pos - 1, "quantization table header " + pqTq + " (precision 0 or 1, id 0 to 3)");
            }
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
                int q = pq == 0 ? u8(pos++, end) : u16(pos, end);
                if (pq == 1) {
                    pos += 2;
                }
                table[NATURAL_ORDER[k]] = q;
            }
            quantTables[tq] = table;
        }
    }

    private void readHuffmanTables() {
        int end = segmentEnd();
        while (pos < end) {
            int tcTh = u8(pos++, end);
            int tc = tcTh >> 4;
            int th = tcTh & 15;
            if (tc > 1 || th > 3) {
                throw corrupt(pos - 1, "Huffman table header " + tcTh + " (class 0 or 1, id 0 to 3)");
            }
            int[] counts = new int[17];
            int total = 0;
            for (int l = 1; l <= 16; l++) {
                counts[l] = u8(pos++, end);
                total += counts[l];
            }
            if (total > 256) {
                throw corrupt(pos, "Huffman table with " + total + " codes (at most 256)");
            }
            int[] values = new int[total];
            for (int i = 0; i < total; i++) {
                values[i] = u8(pos++, end);
            }
            HuffmanTable table = HuffmanTable.build(counts, values);
            if (table == null) {
                throw corrupt(pos, "Huffman table whose code lengths do not form a valid code");
            }
            (tc == 0 ? dcTables : acTables)[th] = table;
        }
    }

    private void readRestartInterval() {
        int end = segmentEnd();
        restartInterval = u16(pos, end);
        pos = end;
    }

    private void readFrameHeader(boolean isLossless) {
        int start = pos - 2;
        if (frameSeen) {
            throw corrupt(start, "a second frame header; one frame per DICOM frame is expected");
        }
        int end = segmentEnd();
        precision = u8(pos, end);
        rows = u16(pos + 1, end);
        columns = u16(pos + 3, end);
        int count = u8(pos + 5, end);
        pos += 6;
        lossless = isLossless;
        if (isLossless ? precision < 2 || precision > 16 : precision != 8 && precision != 12) {
            throw corrupt(start, "sample precision " + precision + " bits ("
                    + (isLossless ? "lossless JPEG allows 2 to 16" : "DCT JPEG allows 8 or 12") + ")");
        }
        if (rows == 0) {
            throw unsupported("a frame of height 0 (height defined by a DNL marker)");
        }
        if (count < 1 || count > 4) {
            throw corrupt(start, count + " components in the frame header (1 to 4)");
        }
        FrameDecoders.checkHeader("JPEG", rows, columns, count, precision, expected, source);
        components = new Component[count];
        for (int i = 0; i < count; i++) {
            int id = u8(pos, end);
            int hv = u8(pos + 1, end);
            int tq = u8(pos + 2, end);
            pos += 3;
            int h = hv >> 4;
            int v = hv & 15;
            if (h < 1 || h > 4 || v < 1 || v > 4 || tq > 3) {
                throw corrupt(start, "component " + id + " has sampling factors " + h + "x" + v
                        + " and quantization table " + tq + " (factors 1 to 4, table 0 to 3)");
            }
            for (int j = 0; j < i; j++) {
                if (components[j].id == id) {
                    throw corrupt(start, "component id " + id + " appears twice in the frame header");
                }
            }
            components[i] = new Component(id, h, v, tq);
            maxH = Math.max(maxH, h);
            maxV = Math.max(maxV, v);
        }
        int unit = isLossless ? 1 : 8;
        mcusPerLine = ceilDiv(columns, unit * maxH);
        mcusPerColumn = ceilDiv(rows, unit * maxV);
        long total = 0;
        for (Component c : components) {
            if (maxH % c.h != 0 || maxV % c.v != 0) {
                throw unsupported("sampling factors " + c.h + "x" + c.v + " that do not divide the largest ones "
                        + maxH + "x" + maxV);
            }
            if (isLossless && (c.h != maxH || c.v != maxV)) {
                throw unsupported("subsampled components in a lossless stream");
            }
            c.width = ceilDiv(columns * c.h, maxH);
            c.height = ceilDiv(rows * c.v, maxV);
            c.planeWidth = mcusPerLine * c.h * unit;
            c.planeHeight = mcusPerColumn * c.v * unit;
            total += (long) c.planeWidth * c.planeHeight;
        }
        if (total > MAX_SAMPLES) {
            throw unsupported("a frame of " + total + " samples");
        }
        for (Component c : components) {
            c.plane = new int[c.planeWidth * c.planeHeight];
        }
        frameSeen = true;
    }

    // ---- scans

    private void readScan() {
        int start = pos - 2;
        if (!frameSeen) {
            throw corrupt(start, "a scan (SOS) before the frame header");
        }
        int end = segmentEnd();
        int count = u8(pos++, end);
        if (count < 1 || count > components.length) {
            throw corrupt(start, count + " components in a scan of a " + components.length + "-component frame");
        }
        Component[] scan = new Component[count];
        for (int i = 0; i < count; i++) {
            int id = u8(pos, end);
            int tables = u8(pos + 1, end);
            pos += 2;
            Component c = null;
            for (Component candidate : components) {
                if (candidate.id == id) {
                    c = candidate;
                }
            }
            if (c == null) {
                throw corrupt(start, "the scan names component " + id + ", which the frame header lacks");
            }
            for (int j = 0; j < i; j++) {
                if (scan[j] == c) {
                    throw corrupt(start, "the scan names component " + id + " twice");
                }
            }
            int td = tables >> 4;
            int ta = tables & 15;
            if (td > 3 || ta > 3) {
                throw corrupt(start, "Huffman table ids " + td + "/" + ta + " (0 to 3)");
            }
            c.dc = dcTables[td];
            c.ac = acTables[ta];
            if (c.dc == null || (!lossless && c.ac == null)) {
                throw corrupt(start, "the scan uses a Huffman table that was not defined (DC " + td + ", AC " + ta
                        + ")");
            }
            if (!lossless && quantTables[c.quantTable] == null) {
                throw corrupt(start, "component " + id + " uses quantization table " + c.quantTable
                        + ", which was not defined");
            }
            scan[i] = c;
        }
        int ss = u8(pos, end);
        int se = u8(pos + 1, end);
        int ahAl = u8(pos + 2, end);
        pos = end;
        if (count > 1) {
            int blocks = 0;
            for (Component c : scan) {
                blocks += c.h * c.v;
            }
            if (blocks > 10) {
                throw corrupt(start, "an interleaved scan with " + blocks + " blocks per MCU (at most 10)");
            }
        }
        bitBuffer = 0;
        bitCount = 0;
        if (lossless) {
            if (ss < 1 || ss > 7 || (ahAl >> 4) != 0 || (ahAl & 15) >= precision) {
                throw corrupt(start, "lossless scan parameters: predictor " + ss + ", point transform "
                        + (ahAl & 15) + " (predictor 1 to 7, point transform below the precision)");
            }
            decodeLosslessScan(scan, ss, ahAl & 15);
        } else {
            if (ss != 0 || se != 63 || ahAl != 0) {
                throw corrupt(start, "scan parameters Ss=" + ss + " Se=" + se + " Ah/Al=" + ahAl
                        + " of a progressive scan in a sequential frame (expected 0, 63, 0)");
            }
            decodeDctScan(scan);
        }
        for (Component c : scan) {
            c.scanned = true;
        }
    }

    private void decodeDctScan(Component[] scan) {
        int[] block = new int[64];
        int[] workspace = new int[64];
        for (Component c : scan) {
            c.dcPredictor = 0;
        }
        int mcusX;
        int mcusY;
        if (scan.length == 1) {
            mcusX = ceilDiv(scan[0].width, 8);
            mcusY = ceilDiv(scan[0].height, 8);
        } else {
            mcusX = mcusPerLine;
            mcusY = mcusPerColumn;
        }
        int total = mcusX * mcusY;
        int todo = restartInterval;
        for (int mcu = 0; mcu < total; mcu++) {
            if (restartInterval > 0) {
                if (todo == 0) {
                    processRestart();
                    for (Component c : scan) {
                        c.dcPredictor = 0;
                    }
                    todo = restartInterval;
                }
                todo--;
            }
            int mx = mcu % mcusX;
            int my = mcu / mcusX;
            if (scan.length == 1) {
                Component c = scan[0];
                decodeBlock(c, block);
                idct(block, quantTables[c.quantTable], workspace, c.plane, (my * 8) * c.planeWidth + mx * 8,
                        c.planeWidth);
            } else {
                for (Component c : scan) {
                    for (int by = 0; by < c.v; by++) {
                        for (int bx = 0; bx < c.h; bx++) {
                            decodeBlock(c, block);
                            int row = (my * c.v + by) * 8;
                            int col = (mx * c.h + bx) * 8;
                            idct(block, quantTables[c.quantTable], workspace, c.plane, row * c.planeWidth + col,
                                    c.planeWidth);
                        }
                    }
                }
            }
        }
        pos = Math.min(pos, data.length);
    }

    /** Huffman-decodes one block's quantized coefficients into {@code block} (natural order). */
    private void decodeBlock(Component c, int[] block) {
        java.util.Arrays.fill(block, 0);
        int s = decodeHuffman(c.dc);
        if (s > 16) {
            throw corrupt(pos, "DC difference category " + s + " (at most 16)");
        }
        c.dcPredictor += receiveExtend(s);
        block[0] = c.dcPredictor;
        for (int k = 1; k < 64; k++) {
            int rs = decodeHuffman(c.ac);
            int r = rs >> 4;
            s = rs & 15;
            if (s == 0) {
                if (r != 15) {
                    break; // end of block
                }
                k += 15;
                continue;
            }
            k += r;
            if (k > 63) {
                throw corrupt(pos, "an AC coefficient run past the end of the 8 x 8 block");
            }
            block[NATURAL_ORDER[k]] = receiveExtend(s);
        }
    }

    private void decodeLosslessScan(Component[] scan, int predictor, int pointTransform) {
        int initial = 1 << (precision - pointTransform - 1);
        int todo = restartInterval;
        int startRow = 0;
        int startCol = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                if (restartInterval > 0) {
                    if (todo == 0) {
                        processRestart();
                        todo = restartInterval;
                        startRow = y;
                        startCol = x;
                    }
                    todo--;
                }
                for (Component c : scan) {
                    int w = c.planeWidth;
                    int[] p = c.plane;
                    int i = y * w + x;
                    int prediction;
                    if (y == startRow) {
                        prediction = x == startCol ? initial : p[i - 1];
                    } else if (x == 0) {
                        prediction = p[i - w];
                    } else {
                        int ra = p[i - 1];
                        int rb = p[i - w];
                        int rc = p[i - w - 1];
                        prediction = switch (predictor) {
                            case 1 -> ra;
                            case 2 -> rb;
                            case 3 -> rc;
                            case 4 -> ra + rb - rc;
                            case 5 -> ra + ((rb - rc) >> 1);
                            case 6 -> rb + ((ra - rc) >> 1);
                            default -> (ra + rb) >> 1;
                        };
                    }
                    int s = decodeHuffman(c.dc);
                    int diff;
                    if (s == 16) {
                        diff = 32768; // T.81 H.1.2.2: category 16 has no additional bits
                    } else if (s > 16) {
                        throw corrupt(pos, "lossless difference category " + s + " (at most 16)");
                    } else {
                        diff = receiveExtend(s);
                    }
                    p[i] = (prediction + diff) & 0xFFFF;
                }
            }
        }
        if (pointTransform > 0) {
            for (Component c : scan) {
                for (int i = 0; i < c.plane.length; i++) {
                    c.plane[i] <<= pointTransform;
                }
            }
        }
    }

    /** At a restart interval's end: drop the partial byte and expect the next RSTn marker. */
    private void processRestart() {
        bitBuffer = 0;
        bitCount = 0;
        if (pos + 1 < data.length && (data[pos] & 0xFF) == 0xFF) {
            int at = pos;
            while (at < data.length && (data[at] & 0xFF) == 0xFF) {
                at++;
            }
            if (at < data.length && (data[at] & 0xFF) >= 0xD0 && (data[at] & 0xFF) <= 0xD7) {
                pos = at + 1;
                return;
            }
        }
        throw corrupt(pos, "a restart marker (RSTn) was expected after " + restartInterval + " MCUs");
    }

    // ---- entropy-coded bits

    private int readBit() {
        if (bitCount == 0) {
            if (pos >= data.length) {
                throw truncated(pos, "entropy-coded data");
            }
            int b = data[pos] & 0xFF;
            if (b == 0xFF) {
                if (pos + 1 >= data.length) {
                    throw truncated(pos, "entropy-coded data");
                }
                int next = data[pos + 1] & 0xFF;
                if (next != 0) {
                    throw corrupt(pos, String.format("entropy-coded data ends early at marker FF %02X "
                            + "(truncated or corrupt stream)", next));
                }
                pos += 2;
            } else {
                pos++;
            }
            bitBuffer = b;
            bitCount = 8;
        }
        bitCount--;
        return (bitBuffer >> bitCount) & 1;
    }

    private int receive(int bits) {
        int v = 0;
        for (int i = 0; i < bits; i++) {
            v = (v << 1) | readBit();
        }
        return v;
    }

    /** T.81 F.2.2.1: {@code bits} additional bits as a signed difference. */
    private int receiveExtend(int bits) {
        if (bits == 0) {
            return 0;
        }
        int v = receive(bits);
        return v < (1 << (bits - 1)) ? v - (1 << bits) + 1 : v;
    }

    /** T.81 F.2.2.3 DECODE. */
    private int decodeHuffman(HuffmanTable table) {
        int code = readBit();
        int length = 1;
        while (code > table.maxCode[length]) {
            length++;
            if (length > 16) {
                throw corrupt(pos, "a bit sequence that is no Huffman code of the table in use");
            }
            code = (code << 1) | readBit();
        }
        int index = table.valuePointer[length] + code - table.minCode[length];
        if (index < 0 || index >= table.values.length) {
            throw corrupt(pos, "a bit sequence that is no Huffman code of the table in use");
        }
        return table.values[index];
    }

    /** A Huffman table in the form of T.81 F.2.2.3 (MAXCODE, MINCODE, VALPTR per code length). */
    private record HuffmanTable(int[] maxCode, int[] minCode, int[] valuePointer, int[] values) {

        /** Builds the decoding table (T.81 C.2 and F.2.2.3); null when the lengths do not form a prefix code. */
        static HuffmanTable build(int[] counts, int[] values) {
            int[] maxCode = new int[18];
            int[] minCode = new int[17];
            int[] valuePointer = new int[17];
            int code = 0;
            int k = 0;
            for (int l = 1; l <= 16; l++) {
                valuePointer[l] = k;
                minCode[l] = code;
                code += counts[l];
                k += counts[l];
                if (code > (1 << l)) {
                    return null;
                }
                maxCode[l] = counts[l] > 0 ? code - 1 : -1;
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE;
            return new HuffmanTable(maxCode, minCode, valuePointer, values);
        }
    }

    // ---- inverse DCT (IJG jidctint.c, "ISLOW")

    private static final int CONST_BITS = 13;
    private static final int FIX_0_298631336 = 2446;
    private static final int FIX_0_390180644 = 3196;
    private static final int FIX_0_541196100 = 4433;
    private static final int FIX_0_765366865 = 6270;
    private static final int FIX_0_899976223 = 7373;
    private static final int FIX_1_175875602 = 9633;
    private static final int FIX_1_501321110 = 12299;
    private static final int FIX_1_847759065 = 15137;
    private static final int FIX_1_961570560 = 16069;
    private static final int FIX_2_053119869 = 16819;
    private static final int FIX_2_562915447 = 20995;
    private static final int FIX_3_072711026 = 25172;

    private static int descale(int x, int n) {
        return (x + (1 << (n - 1))) >> n;
    }

    /**
     * Dequantizes and inverse-transforms one block into {@code out} at {@code offset} (row stride
     * {@code stride}), adding the level shift 2^(P-1) and clamping to 0..2^P-1.
     */
    private void idct(int[] coef, int[] quant, int[] ws, int[] out, int offset, int stride) {
        int pass1Bits = precision == 8 ? 2 : 1;
        int center = 1 << (precision - 1);
        int max = (1 << precision) - 1;
        // Pass 1: columns.
        for (int col = 0; col < 8; col++) {
            if (coef[8 + col] == 0 && coef[16 + col] == 0 && coef[24 + col] == 0 && coef[32 + col] == 0
                    && coef[40 + col] == 0 && coef[48 + col] == 0 && coef[56 + col] == 0) {
                int dc = (coef[col] * quant[col]) << pass1Bits;
                for (int r = 0; r < 8; r++) {
                    ws[r * 8 + col] = dc;
                }
                continue;
            }
            int z2 = coef[16 + col] * quant[16 + col];
            int z3 = coef[48 + col] * quant[48 + col];
            int z1 = (z2 + z3) * FIX_0_541196100;
            int tmp2 = z1 + z3 * -FIX_1_847759065;
            int tmp3 = z1 + z2 * FIX_0_765366865;
            z2 = coef[col] * quant[col];
            z3 = coef[32 + col] * quant[32 + col];
            int tmp0 = (z2 + z3) << CONST_BITS;
            int tmp1 = (z2 - z3) << CONST_BITS;
            int tmp10 = tmp0 + tmp3;
            int tmp13 = tmp0 - tmp3;
            int tmp11 = tmp1 + tmp2;
            int tmp12 = tmp1 - tmp2;
            tmp0 = coef[56 + col] * quant[56 + col];
            tmp1 = coef[40 + col] * quant[40 + col];
            tmp2 = coef[24 + col] * quant[24 + col];
            tmp3 = coef[8 + col] * quant[8 + col];
            int[] odd = oddPart(tmp0, tmp1, tmp2, tmp3);
            int shift = CONST_BITS - pass1Bits;
            ws[col] = descale(tmp10 + odd[3], shift);
            ws[56 + col] = descale(tmp10 - odd[3], shift);
            ws[8 + col] = descale(tmp11 + odd[2], shift);
            ws[48 + col] = descale(tmp11 - odd[2], shift);
            ws[16 + col] = descale(tmp12 + odd[1], shift);
            ws[40 + col] = descale(tmp12 - odd[1], shift);
            ws[24 + col] = descale(tmp13 + odd[0], shift);
            ws[32 + col] = descale(tmp13 - odd[0], shift);
        }
        // Pass 2: rows.
        int shift = CONST_BITS + pass1Bits + 3;
        for (int row = 0; row < 8; row++) {
            int w = row * 8;
            int o = offset + row * stride;
            int z2 = ws[w + 2];
            int z3 = ws[w + 6];
            int z1 = (z2 + z3) * FIX_0_541196100;
            int tmp2 = z1 + z3 * -FIX_1_847759065;
            int tmp3 = z1 + z2 * FIX_0_765366865;
            int tmp0 = (ws[w] + ws[w + 4]) << CONST_BITS;
            int tmp1 = (ws[w] - ws[w + 4]) << CONST_BITS;
            int tmp10 = tmp0 + tmp3;
            int tmp13 = tmp0 - tmp3;
            int tmp11 = tmp1 + tmp2;
            int tmp12 = tmp1 - tmp2;
            int[] odd = oddPart(ws[w + 7], ws[w + 5], ws[w + 3], ws[w + 1]);
            out[o] = clamp(descale(tmp10 + odd[3], shift) + center, max);
            out[o + 7] = clamp(descale(tmp10 - odd[3], shift) + center, max);
            out[o + 1] = clamp(descale(tmp11 + odd[2], shift) + center, max);
            out[o + 6] = clamp(descale(tmp11 - odd[2], shift) + center, max);
            out[o + 2] = clamp(descale(tmp12 + odd[1], shift) + center, max);
            out[o + 5] = clamp(descale(tmp12 - odd[1], shift) + center, max);
            out[o + 3] = clamp(descale(tmp13 + odd[0], shift) + center, max);
            out[o + 4] = clamp(descale(tmp13 - odd[0], shift) + center, max);
        }
    }

    private final int[] oddResult = new int[4];

    /** The odd part of jidctint.c; returns tmp0..tmp3 in a reused array. */
    private int[] oddPart(int tmp0, int tmp1, int tmp2, int tmp3) {
        int z1 = tmp0 + tmp3;
        int z2 = tmp1 + tmp2;
        int z3 = tmp0 + tmp2;
        int z4 = tmp1 + tmp3;
        int z5 = (z3 + z4) * FIX_1_175875602;
        tmp0 *= FIX_0_298631336;
        tmp1 *= FIX_2_053119869;
        tmp2 *= FIX_3_072711026;
        tmp3 *= FIX_1_501321110;
        z1 *= -FIX_0_899976223;
        z2 *= -FIX_2_562915447;
        z3 *= -FIX_1_961570560;
        z4 *= -FIX_0_390180644;
        z3 += z5;
        z4 += z5;
        oddResult[0] = tmp0 + z1 + z3;
        oddResult[1] = tmp1 + z2 + z4;
        oddResult[2] = tmp2 + z2 + z3;
        oddResult[3] = tmp3 + z1 + z4;
        return oddResult;
    }

    private static int clamp(int v, int max) {
        return v < 0 ? 0 : Math.min(v, max);
    }

    // ---- output

    /**
     * Interleaves the component planes per pixel, upsampling subsampled components to full size. As in
     * libjpeg (jdsample.c), the triangular filter is used only for components more than 2 samples wide.
     */
    private int[] interleave() {
        int n = components.length;
        int[] out = new int[rows * columns * n];
        for (int k = 0; k < n; k++) {
            Component c = components[k];
            int fx = maxH / c.h;
            int fy = maxV / c.v;
            if (fx == 1 && fy == 1) {
                for (int y = 0; y < rows; y++) {
                    for (int x = 0; x < columns; x++) {
                        out[(y * columns + x) * n + k] = c.plane[y * c.planeWidth + x];
                    }
                }
            } else if (fx == 2 && fy == 1 && c.width > 2) {
                int[] line = new int[2 * c.width];
                for (int y = 0; y < rows; y++) {
                    fancyH2(c.plane, y * c.planeWidth, c.width, line);
                    for (int x = 0; x < columns; x++) {
                        out[(y * columns + x) * n + k] = line[x];
                    }
                }
            } else if (fx == 2 && fy == 2 && c.width > 2) {
                int[] line = new int[2 * c.width];
                for (int y = 0; y < rows; y++) {
                    int inRow = y >> 1;
                    int other = (y & 1) == 0 ? Math.max(inRow - 1, 0) : Math.min(inRow + 1, c.height - 1);
                    fancyH2V2(c.plane, inRow * c.planeWidth, other * c.planeWidth, c.width, line);
                    for (int x = 0; x < columns; x++) {
                        out[(y * columns + x) * n + k] = line[x];
                    }
                }
            } else {
                for (int y = 0; y < rows; y++) {
                    for (int x = 0; x < columns; x++) {
                        out[(y * columns + x) * n + k] = c.plane[(y / fy) * c.planeWidth + x / fx];
                    }
                }
            }
        }
        return out;
    }

    /** libjpeg's h2v1_fancy_upsample (jdsample.c): triangular filter, 3/4 nearer + 1/4 further sample. */
    private static void fancyH2(int[] p, int at, int width, int[] line) {
        if (width == 1) {
            line[0] = p[at];
            line[1] = p[at];
            return;
        }
        int o = 0;
        line[o++] = p[at];
        line[o++] = (p[at] * 3 + p[at + 1] + 2) >> 2;
        for (int i = 1; i < width - 1; i++) {
            int v = p[at + i] * 3;
            line[o++] = (v + p[at + i - 1] + 1) >> 2;
            line[o++] = (v + p[at + i + 1] + 2) >> 2;
        }
        int v = p[at + width - 1];
        line[o++] = (v * 3 + p[at + width - 2] + 1) >> 2;
        line[o] = v;
    }

    /** libjpeg's h2v2_fancy_upsample: vertical 3/4 + 1/4 with the nearer other row, then horizontal. */
    private static void fancyH2V2(int[] p, int near, int far, int width, int[] line) {
        if (width == 1) {
            int sum = p[near] * 3 + p[far];
            line[0] = (sum * 4 + 8) >> 4;
            line[1] = (sum * 4 + 7) >> 4;
            return;
        }
        int o = 0;
        int thisSum = p[near] * 3 + p[far];
        int nextSum = p[near + 1] * 3 + p[far + 1];
        line[o++] = (thisSum * 4 + 8) >> 4;
        line[o++] = (thisSum * 3 + nextSum + 7) >> 4;
        int lastSum = thisSum;
        thisSum = nextSum;
        for (int i = 2; i < width; i++) {
            nextSum = p[near + i] * 3 + p[far + i];
            line[o++] = (thisSum * 3 + lastSum + 8) >> 4;
            line[o++] = (thisSum * 3 + nextSum + 7) >> 4;
            lastSum = thisSum;
            thisSum = nextSum;
        }
        line[o++] = (thisSum * 3 + lastSum + 8) >> 4;
        line[o] = (thisSum * 4 + 7) >> 4;
    }

    // ---- helpers

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private String hexStart() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(2, data.length); i++) {
            s.append(String.format("%02X ", data[i] & 0xFF));
        }
        return s.isEmpty() ? "no bytes" : s.toString().trim();
    }

    private InvalidInputException corrupt(int offset, String what) {
        return new InvalidInputException(source + ": corrupt JPEG stream in the pixel data at byte " + offset
                + " of the frame: " + what);
    }

    private InvalidInputException truncated(int offset, String what) {
        return new InvalidInputException(source + ": the JPEG stream in the pixel data is truncated at byte "
                + offset + " of " + data.length + " (expected " + what + ")");
    }

    private InvalidInputException unsupported(String what) {
        return new InvalidInputException(source + ": the JPEG stream in the pixel data uses " + what
                + ", which is not supported; expected baseline or extended sequential DCT (SOF0/SOF1, 8 or "
                + "12 bit, Huffman) or lossless (SOF3, Huffman)");
    }
}
