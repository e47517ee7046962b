package org.osteon.io.internal.metaimage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.io.internal.HeaderLines;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.io.internal.Frames;
import org.osteon.io.internal.ScalarType;

/**
 * A MetaImage header (ITK MetaIO, {@code .mha}/{@code .mhd}): {@code Key = Value} lines up to and including
 * {@code ElementDataFile}, interpreted into type, byte order, compression, grid, geometry (converted from ITK's
 * LPS+ to RAS+) and where the data lies.
 *
 * @param fields      key (as written) to value, in file order
 * @param type        element type
 * @param order       byte order of binary data
 * @param binary      false for ASCII data ({@code BinaryData = False})
 * @param compressed  zlib-compressed data ({@code CompressedData = True})
 * @param compressedSize {@code CompressedDataSize}, or -1 when not given
 * @param headerSize  {@code HeaderSize}: bytes to skip in each data file (-1 = data at its end; 0 default)
 * @param size        grid of the (first) 3D volume
 * @param volumes     volumes along a fourth dimension (1 for NDims 2 and 3)
 * @param geometry    placement in RAS+
 * @param dataFiles   detached data files in order; empty for LOCAL data
 * @param dataStart   byte offset just after the header (where LOCAL data starts)
 */
public record MetaImageHeader(Map<String, String> fields, ScalarType type, ByteOrder order, boolean binary,
        boolean compressed, long compressedSize, long headerSize, GridSize size, long volumes, Geometry geometry,
        List<Path> dataFiles, long dataStart) {

    /** Headers longer than this are refused (a binary file that happened to start like a header). */
    public static final int MAX_HEADER_BYTES = 1 << 20;

    /** True when the first bytes look like a MetaImage header: an "ObjectType =" or "NDims =" line first. */
    public static boolean looksLikeHeader(byte[] first, int length) {
        String s = new String(first, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
        int eq = s.indexOf('=');
        if (eq < 0) {
            return false;
        }
        String key = s.substring(0, eq).strip();
        return key.equals("ObjectType") || key.equals("NDims");
    }

    /** Reads and interprets the header at the start of {@code in}, leaving the stream just after it. */
    public static MetaImageHeader read(InputStream in, Path headerFile) throws IOException {
        String file = headerFile.toString();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<String> list = new ArrayList<>();
        long[] position = {0};
        int number = 0;
        boolean inList = false;
        while (true) {
            String line = line(in, position, file);
            number++;
            if (line == null) {
                break;
            }
            if (inList) {
                if (!line.isBlank()) {
                    list.add(line.strip());
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(file + " has a bad MetaImage header line " + number + " '"
                        + printable(line) + "'; expected 'Key = Value'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            fields.put(key, value);
            lines.put(key.toLowerCase(Locale.ROOT), number);
            if (key.equalsIgnoreCase("ElementDataFile")) {
                if (value.toUpperCase(Locale.ROOT).startsWith("LIST")) {
                    inList = true;
                    continue;
                }
                break;
            }
        }
        return interpret(fields, lines, list, headerFile, position[0]);
    }

    private static String line(InputStream in, long[] position, String file) throws IOException {
        return HeaderLines.next(in, position, MAX_HEADER_BYTES, () -> file + " has a MetaImage header longer than "
                + MAX_HEADER_BYTES + " bytes without an ElementDataFile line; expected 'Key = Value' lines ending with"
                + " ElementDataFile");
    }

    private static MetaImageHeader interpret(Map<String, String> raw, Map<String, Integer> lines, List<String> list,
            Path headerFile, long dataStart) {
        String file = headerFile.toString();
        Fields f = new Fields(raw, lines, file);
        String object = f.get("ObjectType");
        if (object != null && !object.equalsIgnoreCase("Image")) {
            throw f.bad("ObjectType", "Image (other MetaIO objects are not images)");
        }
        String dataFile = f.get("ElementDataFile");
        if (dataFile == null) {
            throw new InvalidInputException(file + " has no MetaImage field ElementDataFile; expected a header that ends"
                    + " with 'ElementDataFile = LOCAL' or the name of the data file");
        }
        int ndims = (int) f.integer("NDims", 1, 16);
        if (ndims < 2 || ndims > 4) {
            throw f.bad("NDims", "2, 3 or 4 (a 4D image gives its first 3D volume)");
        }
        long[] dims = f.integers("DimSize", ndims);
        for (long d : dims) {
            if (d < 1) {
                throw f.bad("DimSize", ndims + " positive sizes");
            }
        }
        long nz = ndims >= 3 ? dims[2] : 1;
        if (dims[0] > Integer.MAX_VALUE || dims[1] > Integer.MAX_VALUE || nz > Integer.MAX_VALUE
                || dims[0] * dims[1] > Integer.MAX_VALUE || dims[0] * dims[1] * nz > Integer.MAX_VALUE - 8) {
            throw f.bad("DimSize", "a grid of at most 2^31 voxels");
        }
        GridSize size = new GridSize((int) dims[0], (int) dims[1], (int) nz);
        long volumes = ndims == 4 ? dims[3] : 1;
        if (volumes > Long.MAX_VALUE / 8 / size.voxelCount()) {
            throw f.bad("DimSize", "a 4th size that fits a 64-bit byte count");
        }
        String channels = f.get("ElementNumberOfChannels");
        if (channels != null && f.integer("ElementNumberOfChannels", 1, Integer.MAX_VALUE) != 1) {
            throw new InvalidInputException(file + " has MetaImage ElementNumberOfChannels = " + channels
                    + " (line " + lines.get("elementnumberofchannels") + "); multi-channel (vector, colour) images"
                    + " are not supported, expected 1");
        }
        ScalarType type = type(f);
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        String msb = f.get("BinaryDataByteOrderMSB") != null ? "BinaryDataByteOrderMSB"
                : f.get("ElementByteOrderMSB") != null ? "ElementByteOrderMSB" : null;
        if (msb != null && f.bool(msb)) {
            order = ByteOrder.BIG_ENDIAN;
        }
        boolean binary = f.get("BinaryData") == null || f.bool("BinaryData");
        boolean compressed = f.get("CompressedData") != null && f.bool("CompressedData");
        long compressedSize = f.get("CompressedDataSize") != null ? f.integer("CompressedDataSize", 0, Long.MAX_VALUE)
                : -1;
        long headerSize = f.get("HeaderSize") != null ? f.integer("HeaderSize", -1, Long.MAX_VALUE) : 0;
        if (headerSize == -1 && (compressed || !binary)) {
            throw f.bad("HeaderSize", "-1 (data at the end of the file) only with uncompressed binary data");
        }
        Geometry geometry = geometry(f, ndims);
        List<Path> dataFiles = dataFiles(f, dataFile, list, headerFile);
        return new MetaImageHeader(raw, type, order, binary, compressed, compressedSize, headerSize, size, volumes,
                geometry, dataFiles, dataStart);
    }

    private static ScalarType type(Fields f) {
        String t = f.get("ElementType");
        if (t == null) {
            throw new InvalidInputException(f.file + " has no MetaImage field ElementType; expected e.g."
                    + " 'ElementType = MET_SHORT'");
        }
        return switch (t.toUpperCase(Locale.ROOT)) {
            case "MET_CHAR" -> ScalarType.INT8;
            case "MET_UCHAR" -> ScalarType.UINT8;
            case "MET_SHORT" -> ScalarType.INT16;
            case "MET_USHORT" -> ScalarType.UINT16;
            case "MET_INT", "MET_LONG" -> ScalarType.INT32;
            case "MET_UINT", "MET_ULONG" -> ScalarType.UINT32;
            case "MET_LONG_LONG" -> ScalarType.INT64;
            case "MET_ULONG_LONG" -> ScalarType.UINT64;
            case "MET_FLOAT" -> ScalarType.FLOAT32;
            case "MET_DOUBLE" -> ScalarType.FLOAT64;
            default -> throw f.bad("ElementType", "a scalar type: MET_CHAR, MET_UCHAR, MET_SHORT, MET_USHORT, MET_INT,"
                    + " MET_UINT, MET_LONG, MET_ULONG, MET_LONG_LONG, MET_ULONG_LONG, MET_FLOAT or MET_DOUBLE"
                    + " (array and vector types are not supported)");
        };
    }

    /**
     * Spacing from ElementSpacing (else ElementSize, else 1), origin from Offset/Position/Origin and directions
     * from TransformMatrix/Rotation/Orientation, whose consecutive groups of NDims numbers are the world
     * directions of the index axes (as ITK writes them); all in LPS+, converted to RAS+.
     */
    private static Geometry geometry(Fields f, int ndims) {
        int n = Math.min(ndims, 3);
        double[] spacing = {1, 1, 1};
        String spacingKey = f.get("ElementSpacing") != null ? "ElementSpacing"
                : f.get("ElementSize") != null ? "ElementSize" : null;
        if (spacingKey != null) {
            double[] s = f.reals(spacingKey, ndims);
            for (int i = 0; i < n; i++) {
                if (!(s[i] > 0)) {
                    throw f.bad(spacingKey, "positive spacings");
                }
                spacing[i] = s[i];
            }
        }
        double[] origin = new double[3];
        for (String key : new String[] {"Offset", "Position", "Origin"}) {
            if (f.get(key) != null) {
                double[] o = f.reals(key, ndims);
                System.arraycopy(o, 0, origin, 0, n);
                break;
            }
        }
        double[][] cols = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        for (String key : new String[] {"TransformMatrix", "Rotation", "Orientation"}) {
            if (f.get(key) != null) {
                double[] m = f.reals(key, ndims * ndims);
                for (int c = 0; c < n; c++) {
                    cols[c] = new double[3];
                    for (int r = 0; r < n; r++) {
                        cols[c][r] = m[c * ndims + r];
                    }
                }
                if (n == 2) {
                    cols[2] = Frames.normal(cols[0], cols[1]);
                }
                break;
            }
        }
        double[] axes = new double[9];
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < 3; r++) {
                axes[3 * r + c] = cols[c][r] * spacing[c];
            }
        }
        Geometry g = Frames.geometry(axes, origin, Frames.lps());
        if (g == null) {
            throw new InvalidInputException(f.file + " has a MetaImage TransformMatrix, spacing or offset with a"
                    + " zero-length or non-finite axis; expected finite direction cosines and spacings");
        }
        return g;
    }

    private static List<Path> dataFiles(Fields f, String value, List<String> list, Path headerFile) {
        Path folder = headerFile.toAbsolutePath().getParent();
        if (value.equalsIgnoreCase("LOCAL")) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        String[] parts = value.split("\\s+");
        try {
            if (parts[0].equalsIgnoreCase("LIST")) {
                if (list.isEmpty()) {
                    throw f.bad("ElementDataFile", "file names on the lines after 'ElementDataFile = LIST'");
                }
                for (String name : list) {
                    files.add(folder.resolve(name).normalize());
                }
            } else if (parts.length >= 4 && parts[0].contains("%")) {
                long min = Long.parseLong(parts[1]);
                long max = Long.parseLong(parts[2]);
                long step = Long.parseLong(parts[3]);
                if (step == 0 || (max - min) / step < 0 || (max - min) / step > 100000) {
                    throw f.bad("ElementDataFile", "'format min max step' with a step going from min to max in at most"
                            + " 100000 files");
                }
                for (long i = min; step > 0 ? i <= max : i >= max; i += step) {
                    files.add(folder.resolve(String.format(Locale.ROOT, parts[0], i)).normalize());
                }
            } else {
                files.add(folder.resolve(value).normalize());
            }
        } catch (NumberFormatException | java.util.IllegalFormatException | java.nio.file.InvalidPathException e) {
            throw f.bad("ElementDataFile", "LOCAL, a file name, LIST, or 'format min max step'");
        }
        return files;
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (b.length() >= 60) {
                b.append("...");
                break;
            }
            b.append(c >= 32 && c < 127 ? c : '?');
        }
        return b.toString();
    }

    /** Case-insensitive look-up of header fields, with messages that name the field and its line. */
    private record Fields(Map<String, String> raw, Map<String, Integer> lines, String file) {

        String get(String key) {
            for (Map.Entry<String, String> e : raw.entrySet()) {
                if (e.getKey().equalsIgnoreCase(key)) {
                    return e.getValue();
                }
            }
            return null;
        }

        InvalidInputException bad(String key, String expected) {
            Integer line = lines.get(key.toLowerCase(Locale.ROOT));
            return new InvalidInputException(file + " has MetaImage " + key + " = '" + printable(String.valueOf(get(key)))
                    + "'" + (line == null ? "" : " (line " + line + ")") + "; expected " + expected);
        }

        long integer(String key, long min, long max) {
            if (get(key) == null) {
                throw new InvalidInputException(file + " has no MetaImage field " + key + "; expected an integer");
            }
            long v;
            try {
                v = Long.parseLong(get(key).strip());
            } catch (NumberFormatException e) {
                throw bad(key, "an integer");
            }
            if (v < min || v > max) {
                throw bad(key, "an integer from " + min + (max == Long.MAX_VALUE ? " up" : " to " + max));
            }
            return v;
        }

        long[] integers(String key, int count) {
            String v = get(key);
            if (v == null) {
                throw new InvalidInputException(file + " has no MetaImage field " + key + "; expected " + count
                        + " integers");
            }
            String[] parts = v.strip().split("\\s+");
            if (parts.length < count) {
                throw bad(key, count + " integers (one per dimension)");
            }
            long[] n = new long[count];
            for (int i = 0; i < count; i++) {
                try {
                    n[i] = Long.parseLong(parts[i]);
                } catch (NumberFormatException e) {
                    throw bad(key, count + " integers (one per dimension)");
                }
            }
            return n;
        }

        double[] reals(String key, int count) {
            String[] parts = get(key).strip().split("\\s+");
            if (parts.length < count) {
                throw bad(key, count + " numbers");
            }
            double[] d = new double[count];
            for (int i = 0; i < count; i++) {
                try {
                    d[i] = Double.parseDouble(parts[i]);
                } catch (NumberFormatException e) {
                    throw bad(key, count + " numbers");
                }
                if (!Double.isFinite(d[i])) {
                    throw bad(key, count + " finite numbers");
                }
            }
            return d;
        }

        boolean bool(String key) {
            String v = get(key).strip();
            if (v.equalsIgnoreCase("True") || v.equals("1")) {
                return true;
            }
            if (v.equalsIgnoreCase("False") || v.equals("0")) {
                return false;
            }
            throw bad(key, "True or False");
        }
    }
}
