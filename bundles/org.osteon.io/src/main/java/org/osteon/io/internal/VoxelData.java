package org.osteon.io.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipException;

import org.osteon.core.InvalidInputException;

/**
 * Reading and writing blocks of scalar voxels for the raw-data formats, with the checks and messages they
 * share: "file X is truncated: expected N bytes of voxel data, found M".
 */
public final class VoxelData {

    /** Values converted per chunk (keeps the transfer buffer small for large volumes). */
    private static final int CHUNK = 1 << 16;

    /**
     * Deflate (gzip, zlib) cannot compress better than about 1032 : 1; a header that announces more data than
     * that from a compressed file is truncated or corrupt, and is refused before a huge array is allocated.
     */
    public static final long MAX_DEFLATE_RATIO = 1100;

    private VoxelData() {
    }

    /** Something to write values from: {@code index} runs over the voxels in file order. */
    public interface Source {
        void put(ByteBuffer buf, int index);
    }

    /**
     * Reads {@code count} values of {@code type} in {@code order} into {@code data} starting at {@code offset};
     * {@code expected} and {@code alreadyFound} only shape the truncation message (the byte count the whole
     * file should hold, and how many earlier parts delivered).
     */
    public static void read(InputStream in, ScalarType type, ByteOrder order, float[] data, int offset, int count,
            String file, long expected, long alreadyFound) throws IOException {
        int bpv = type.bytes();
        byte[] chunk = new byte[Math.max(1, Math.min(count, CHUNK)) * bpv];
        ByteBuffer buf = ByteBuffer.wrap(chunk).order(order);
        long found = alreadyFound;
        for (int start = 0; start < count; start += CHUNK) {
            int values = Math.min(CHUNK, count - start);
            int want = values * bpv;
            int got;
            try {
                got = readFully(in, chunk, 0, want);
            } catch (ZipException e) {
                throw new InvalidInputException(file + " holds a corrupt compressed data stream (" + e.getMessage()
                        + "); expected " + expected + " bytes of voxel data", e);
            }
            found += got;
            if (got < want) {
                throw truncated(file, expected, found);
            }
            for (int i = 0; i < values; i++) {
                data[offset + start + i] = type.decode(buf, i * bpv);
            }
        }
    }

    /** The message for voxel data that ends early. */
    public static InvalidInputException truncated(String file, long expected, long found) {
        return new InvalidInputException("file " + file + " is truncated: expected " + expected
                + " bytes of voxel data, found " + found);
    }

    /** Reads up to {@code len} bytes; fewer only at the end of the stream (a cut gzip stream counts as an end). */
    public static int readFully(InputStream in, byte[] b, int off, int len) throws IOException {
        int total = 0;
        try {
            while (total < len) {
                int n = in.read(b, off + total, len - total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
        } catch (EOFException e) {
            // GZIPInputStream and InflaterInputStream report a cut stream this way; the caller reports the count
        }
        return total;
    }

    /** Skips up to {@code n} bytes by reading them (works on decompressing streams); returns how many. */
    public static long skip(InputStream in, long n) throws IOException {
        byte[] scratch = new byte[(int) Math.max(1, Math.min(n, 8192))];
        long done = 0;
        while (done < n) {
            int got = readFully(in, scratch, 0, (int) Math.min(scratch.length, n - done));
            if (got == 0) {
                break;
            }
            done += got;
        }
        return done;
    }

    /** Writes {@code count} values from {@code source} as {@code bpv}-byte values in {@code order}. */
    public static void write(OutputStream out, int count, int bpv, ByteOrder order, Source source) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(Math.max(1, Math.min(count, CHUNK)) * bpv).order(order);
        for (int start = 0; start < count; start += CHUNK) {
            int end = Math.min(count, start + CHUNK);
            buf.clear();
            for (int i = start; i < end; i++) {
                source.put(buf, i);
            }
            out.write(buf.array(), 0, buf.position());
        }
    }

    /** What writes the content of one file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file under a temporary name beside the target and moves it into place when complete, so that an
     * interrupted write never leaves a file that looks finished; an existing file is replaced.
     */
    public static void writeAtomically(Path file, Content content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = Files.createTempFile(parent, "." + file.getFileName(), ".part");
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                content.writeTo(out);
            }
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** Shortest text that parses back to exactly {@code v} (no locale, '.' as decimal separator). */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Bytes of a whole value block, refusing grids whose byte count overflows a long. */
    public static long byteCount(long voxels, int bpv) {
        return Math.multiplyExact(voxels, (long) bpv);
    }

    /**
     * Reads {@code count} values written as text (separated by white space, commas or semicolons) into
     * {@code data} from {@code offset}; a value that is not a number of {@code type} is reported with its
     * position.
     */
    public static void readText(InputStream in, ScalarType type, float[] data, int offset, int count, String file)
            throws IOException {
        StringBuilder token = new StringBuilder();
        int n = 0;
        while (n < count) {
            int c = in.read();
            boolean separator = c < 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';'
                    || c == '\f';
            if (!separator) {
                if (token.length() > 64) {
                    throw new InvalidInputException(file + " has text voxel data with a value longer than 64 characters"
                            + " at value " + (n + 1) + "; expected numbers separated by white space");
                }
                token.append((char) c);
                continue;
            }
            if (token.length() > 0) {
                try {
                    data[offset + n] = type.parse(token.toString());
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new InvalidInputException(file + " has text voxel value " + (n + 1) + " '" + token
                            + "', which is not a valid " + type.label() + " number", e);
                }
                n++;
                token.setLength(0);
            }
            if (c < 0) {
                break;
            }
        }
        if (n < count) {
            throw new InvalidInputException("file " + file + " is truncated: expected " + count
                    + " text voxel values, found " + n);
        }
    }
}
