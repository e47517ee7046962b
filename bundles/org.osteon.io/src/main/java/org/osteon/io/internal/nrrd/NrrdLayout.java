package org.osteon.io.internal.nrrd;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.io.internal.Frames;
import org.osteon.io.internal.ScalarType;

/**
 * What a {@link NrrdHeader} says about the voxels: type, byte order, encoding, grid, geometry in RAS+, where
 * the data lies (attached, or detached files relative to the header) and how much to skip before it.
 *
 * @param type      scalar type
 * @param order     byte order (little-endian when the file needs none: one-byte types, text)
 * @param encoding  raw, gzip, bzip2, text or hex
 * @param size      grid of the (first) 3D volume read
 * @param geometry  placement in RAS+
 * @param volumes   number of 3D volumes along a fourth axis (1 for 2D and 3D files)
 * @param dataFiles the detached data files in order; empty for attached data
 * @param lineSkip  lines to skip at the start of each data file (before decompression)
 * @param byteSkip  bytes to skip after the line skip (raw: in the file; compressed: after decompression);
 *                  -1 = the data is the last bytes of the file
 * @param tags      facts for {@code osteon info}
 */
public record NrrdLayout(ScalarType type, ByteOrder order, Encoding encoding, GridSize size, Geometry geometry,
        long volumes, List<Path> dataFiles, long lineSkip, long byteSkip, Map<String, String> tags) {

    /** The data encodings a NRRD file may declare. */
    public enum Encoding {
        RAW, GZIP, BZIP2, TEXT, HEX;

        public boolean compressed() {
            return this == GZIP || this == BZIP2;
        }
    }

    private static final Pattern VECTOR = Pattern.compile("\\(([^()]*)\\)|none", Pattern.CASE_INSENSITIVE);

    /**
     * Interprets a header; {@code headerFile} is the header's path (detached data files are relative to its
     * folder). Throws InvalidInputException naming the file and the field for anything missing, malformed or
     * unsupported.
     */
    public static NrrdLayout of(NrrdHeader h, Path headerFile) {
        String file = headerFile.toString();
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("NRRD version", "NRRD000" + h.version());
        ScalarType type = type(h, file);
        tags.put("type", h.fields().get("type"));
        Encoding encoding = encoding(h, file);
        tags.put("encoding", h.fields().get("encoding"));
        int dimension = (int) integer(h, "dimension", file, 1, 16);
        if (dimension < 2 || dimension > 4) {
            throw new InvalidInputException(file + " has NRRD " + h.where("dimension") + " = " + dimension
                    + ", which is not supported; expected 2, 3 or 4 (a 4D file gives its first 3D volume)");
        }
        long[] sizes = numbers(h, "sizes", file, dimension, true);
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        String endian = h.fields().get("endian");
        if (endian != null) {
            switch (endian.toLowerCase(Locale.ROOT)) {
                case "little" -> order = ByteOrder.LITTLE_ENDIAN;
                case "big" -> order = ByteOrder.BIG_ENDIAN;
                default -> throw new InvalidInputException(file + " has NRRD " + h.where("endian") + " = '"
                        + NrrdHeader.printable(endian) + "'; expected 'little' or 'big'");
            }
            tags.put("endian", endian.toLowerCase(Locale.ROOT));
        } else if (type.bytes() > 1 && encoding != Encoding.TEXT) {
            throw new InvalidInputException(file + " has no NRRD field 'endian'; expected 'endian: little' or"
                    + " 'endian: big' for " + type.label() + " data in " + encoding.name().toLowerCase(Locale.ROOT)
                    + " encoding");
        }
        String[] kinds = list(h, "kinds", dimension, file);
        checkKinds(kinds, dimension, file, h);
        String space = h.fields().get("space");
        double[] signs = Frames.ras();
        int spaceDim = 0;
        if (space != null) {
            String s = space.toLowerCase(Locale.ROOT);
            switch (s) {
                case "right-anterior-superior", "ras" -> signs = Frames.ras();
                case "left-anterior-superior", "las" -> signs = new double[] {-1, 1, 1};
                case "left-posterior-superior", "lps" -> signs = Frames.lps();
                case "scanner-xyz", "3d-right-handed", "3d-left-handed" -> tags.put("frame",
                        "space '" + space + "' names no patient frame; coordinates are taken as RAS+ unchanged");
                default -> throw new InvalidInputException(file + " has NRRD " + h.where("space") + " = '"
                        + NrrdHeader.printable(space) + "', which is not supported; expected right-anterior-superior,"
                        + " left-anterior-superior, left-posterior-superior (or RAS, LAS, LPS), scanner-xyz,"
                        + " 3D-right-handed or 3D-left-handed (time-varying spaces are not supported)");
            }
            spaceDim = 3;
            tags.put("space", space);
        }
        if (h.fields().containsKey("space dimension")) {
            if (space != null) {
                throw new InvalidInputException(file + " gives both NRRD fields 'space' and 'space dimension';"
                        + " expected only one of them");
            }
            spaceDim = (int) integer(h, "space dimension", file, 1, 16);
            if (spaceDim < 2 || spaceDim > 3) {
                throw new InvalidInputException(file + " has NRRD " + h.where("space dimension") + " = " + spaceDim
                        + "; expected 2 or 3");
            }
            tags.put("space dimension", spaceDim + " (no named frame: coordinates are taken as RAS+ unchanged)");
        }
        Geometry geometry = spaceDim > 0 ? spaceGeometry(h, file, dimension, spaceDim, signs)
                : spacingGeometry(h, file, dimension);
        if (h.fields().containsKey("space units")) {
            tags.put("space units", h.fields().get("space units"));
        }
        long nz = dimension >= 3 ? sizes[2] : 1;
        if (sizes[0] > Integer.MAX_VALUE || sizes[1] > Integer.MAX_VALUE || nz > Integer.MAX_VALUE
                || sizes[0] * sizes[1] > Integer.MAX_VALUE || sizes[0] * sizes[1] * nz > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(file + " has NRRD " + h.where("sizes") + " = " + h.fields().get("sizes")
                    + "; volumes are limited to 2^31 voxels");
        }
        GridSize size = new GridSize((int) sizes[0], (int) sizes[1], (int) nz);
        long volumes = dimension == 4 ? sizes[3] : 1;
        if (volumes > Long.MAX_VALUE / 8 / size.voxelCount()) {
            throw new InvalidInputException(file + " has NRRD " + h.where("sizes") + " = " + h.fields().get("sizes")
                    + ", more data than any file can hold; expected a 4th size that fits a 64-bit byte count");
        }
        if (volumes > 1) {
            tags.put("volumes", volumes + " along axis 4 (the first is read)");
        }
        long lineSkip = h.fields().containsKey("line skip") ? integer(h, "line skip", file, 0, Long.MAX_VALUE) : 0;
        long byteSkip = h.fields().containsKey("byte skip") ? integer(h, "byte skip", file, -1, Long.MAX_VALUE) : 0;
        if (byteSkip == -1 && encoding != Encoding.RAW) {
            throw new InvalidInputException(file + " has NRRD " + h.where("byte skip") + " = -1 with encoding "
                    + h.fields().get("encoding") + "; 'byte skip: -1' (data at the end) needs raw encoding");
        }
        List<Path> dataFiles = dataFiles(h, headerFile);
        tags.put("data", dataFiles.isEmpty() ? "attached" : "detached: " + dataFiles.size() + " file(s), first "
                + dataFiles.get(0).getFileName());
        return new NrrdLayout(type, order, encoding, size, geometry, volumes, dataFiles, lineSkip, byteSkip, tags);
    }

    /** Number of voxels in the whole file (all volumes). */
    public long totalVoxels() {
        return (long) size.voxelCount() * volumes;
    }

    private static ScalarType type(NrrdHeader h, String file) {
        String t = h.field("type").orElseThrow(() -> missing(file, "type", "e.g. 'type: short'"));
        String n = t.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        return switch (n) {
            case "signed char", "int8", "int8_t" -> ScalarType.INT8;
            case "uchar", "unsigned char", "uint8", "uint8_t" -> ScalarType.UINT8;
            case "short", "short int", "signed short", "signed short int", "int16", "int16_t" -> ScalarType.INT16;
            case "ushort", "unsigned short", "unsigned short int", "uint16", "uint16_t" -> ScalarType.UINT16;
            case "int", "signed int", "int32", "int32_t" -> ScalarType.INT32;
            case "uint", "unsigned int", "uint32", "uint32_t" -> ScalarType.UINT32;
            case "longlong", "long long", "long long int", "signed long long", "signed long long int", "int64",
                    "int64_t" -> ScalarType.INT64;
            case "ulonglong", "unsigned long long", "unsigned long long int", "uint64", "uint64_t" -> ScalarType.UINT64;
            case "float" -> ScalarType.FLOAT32;
            case "double" -> ScalarType.FLOAT64;
            case "block" -> throw new InvalidInputException(file + " has NRRD " + h.where("type")
                    + " = block, which is not supported; expected a scalar type (int8 to uint64, float, double)");
            default -> throw new InvalidInputException(file + " has NRRD " + h.where("type") + " = '"
                    + NrrdHeader.printable(t) + "', which is not a NRRD type; expected a scalar type such as"
                    + " 'unsigned char', 'short', 'int', 'float' or 'double'");
        };
    }

    private static Encoding encoding(NrrdHeader h, String file) {
        String e = h.field("encoding").orElseThrow(() -> missing(file, "encoding", "e.g. 'encoding: raw'"));
        return switch (e.toLowerCase(Locale.ROOT).strip()) {
            case "raw" -> Encoding.RAW;
            case "gzip", "gz" -> Encoding.GZIP;
            case "bzip2", "bz2" -> Encoding.BZIP2;
            case "text", "txt", "ascii" -> Encoding.TEXT;
            case "hex" -> Encoding.HEX;
            default -> throw new InvalidInputException(file + " has NRRD " + h.where("encoding") + " = '"
                    + NrrdHeader.printable(e) + "', which is not supported; expected raw, gzip, bzip2, text or hex");
        };
    }

    private static void checkKinds(String[] kinds, int dimension, String file, NrrdHeader h) {
        if (kinds == null) {
            return;
        }
        for (int i = 0; i < Math.min(3, dimension); i++) {
            String k = kinds[i].toLowerCase(Locale.ROOT);
            if (!(k.equals("domain") || k.equals("space") || k.equals("time") || k.equals("???") || k.equals("none")
                    || k.equals("scalar"))) {
                throw new InvalidInputException(file + " has NRRD " + h.where("kinds") + " with kind '" + kinds[i]
                        + "' on axis " + (i + 1) + ": per-voxel vectors, colours and tensors are not supported;"
                        + " expected scalar images (kind domain or space on the first 2 or 3 axes)");
            }
        }
    }

    private static Geometry spaceGeometry(NrrdHeader h, String file, int dimension, int spaceDim, double[] signs) {
        String dirs = h.field("space directions").orElse(null);
        double[][] vectors = new double[dimension][];
        if (dirs != null) {
            Matcher m = VECTOR.matcher(dirs);
            int axis = 0;
            int end = 0;
            while (m.find()) {
                if (!dirs.substring(end, m.start()).isBlank() || axis >= dimension) {
                    throw badDirections(h, file, dimension, spaceDim);
                }
                end = m.end();
                if (m.group(1) != null) {
                    vectors[axis] = vector(m.group(1), spaceDim, h, "space directions", file);
                }
                axis++;
            }
            if (axis != dimension || !dirs.substring(end).isBlank()) {
                throw badDirections(h, file, dimension, spaceDim);
            }
        } else {
            double[] spacings = spacings(h, file, dimension);
            for (int i = 0; i < Math.min(dimension, spaceDim); i++) {
                vectors[i] = new double[3];
                vectors[i][i] = spacings[i];
            }
        }
        for (int i = 0; i < Math.min(3, dimension); i++) {
            if (vectors[i] == null) {
                throw new InvalidInputException(file + " has NRRD " + h.where("space directions") + " with 'none' for"
                        + " axis " + (i + 1) + "; expected a direction vector for each of the first "
                        + Math.min(3, dimension) + " axes (non-spatial axes are supported only as axis 4)");
            }
        }
        if (dimension == 4 && vectors[3] != null) {
            throw new InvalidInputException(file + " has four spatial axes in NRRD " + h.where("space directions")
                    + "; expected 'none' for the fourth (a 4D file gives its first 3D volume)");
        }
        double[] origin = new double[3];
        if (h.fields().containsKey("space origin")) {
            String o = h.fields().get("space origin").strip();
            if (!o.startsWith("(") || !o.endsWith(")")) {
                throw new InvalidInputException(file + " has NRRD " + h.where("space origin") + " = '"
                        + NrrdHeader.printable(o) + "'; expected a vector such as (0,0,0)");
            }
            origin = vector(o.substring(1, o.length() - 1), spaceDim, h, "space origin", file);
        }
        double[] axis3 = dimension >= 3 ? vectors[2] : Frames.normal(vectors[0], vectors[1]);
        double[] axes = new double[9];
        for (int r = 0; r < 3; r++) {
            axes[3 * r] = vectors[0][r];
            axes[3 * r + 1] = vectors[1][r];
            axes[3 * r + 2] = axis3[r];
        }
        Geometry g = Frames.geometry(axes, origin, signs);
        if (g == null) {
            throw new InvalidInputException(file + " has NRRD " + h.where(dirs != null ? "space directions" : "spacings")
                    + " or space origin with a zero-length or non-finite vector; expected finite, non-zero axis vectors");
        }
        return g;
    }

    private static InvalidInputException badDirections(NrrdHeader h, String file, int dimension, int spaceDim) {
        return new InvalidInputException(file + " has NRRD " + h.where("space directions") + " = '"
                + NrrdHeader.printable(h.fields().get("space directions")) + "'; expected " + dimension
                + " entries, each a vector of " + spaceDim + " numbers such as (1,0" + (spaceDim == 3 ? ",0" : "")
                + ") or 'none'");
    }

    /** A vector of {@code spaceDim} numbers, returned as 3 components (z = 0 for 2D spaces). */
    private static double[] vector(String inner, int spaceDim, NrrdHeader h, String field, String file) {
        String[] parts = inner.split(",");
        if (parts.length != spaceDim) {
            throw new InvalidInputException(file + " has NRRD " + h.where(field) + " with vector (" + NrrdHeader.printable(
                    inner) + "); expected " + spaceDim + " comma-separated numbers (the space dimension)");
        }
        double[] v = new double[3];
        for (int i = 0; i < spaceDim; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file + " has NRRD " + h.where(field) + " with '" + NrrdHeader.printable(
                        parts[i].strip()) + "', which is not a number", e);
            }
            if (!Double.isFinite(v[i])) {
                throw new InvalidInputException(file + " has NRRD " + h.where(field) + " with the non-finite value "
                        + parts[i].strip() + "; expected finite numbers");
            }
        }
        return v;
    }

    /** Without a space: spacings (1 where missing or not positive), origin 0, identity directions. */
    private static Geometry spacingGeometry(NrrdHeader h, String file, int dimension) {
        if (h.fields().containsKey("space directions") || h.fields().containsKey("space origin")) {
            throw new InvalidInputException(file + " has NRRD 'space directions' or 'space origin' without 'space' or"
                    + " 'space dimension'; expected one of them to say which space the vectors are in");
        }
        double[] sp = spacings(h, file, dimension);
        return Geometry.of(sp[0], sp[1], dimension >= 3 ? sp[2] : 1);
    }

    private static double[] spacings(NrrdHeader h, String file, int dimension) {
        double[] sp = {1, 1, 1};
        String[] s = list(h, "spacings", dimension, file);
        if (s == null) {
            return sp;
        }
        for (int i = 0; i < Math.min(3, dimension); i++) {
            try {
                double v = s[i].equalsIgnoreCase("nan") ? 1 : Math.abs(Double.parseDouble(s[i]));
                sp[i] = v > 0 && Double.isFinite(v) ? v : 1;
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file + " has NRRD " + h.where("spacings") + " with '"
                        + NrrdHeader.printable(s[i]) + "', which is not a number; expected one spacing per axis (nan"
                        + " for non-spatial axes)", e);
            }
        }
        return sp;
    }

    private static String[] list(NrrdHeader h, String field, int dimension, String file) {
        String v = h.fields().get(field);
        if (v == null) {
            return null;
        }
        String[] parts = v.strip().split("\\s+");
        if (parts.length != dimension) {
            throw new InvalidInputException(file + " has NRRD " + h.where(field) + " = '" + NrrdHeader.printable(v)
                    + "' with " + parts.length + " entries; expected " + dimension + " (the dimension)");
        }
        return parts;
    }

    private static long[] numbers(NrrdHeader h, String field, String file, int count, boolean positive) {
        String v = h.field(field).orElseThrow(() -> missing(file, field, "one value per axis"));
        String[] parts = list(h, field, count, file);
        long[] n = new long[count];
        for (int i = 0; i < count; i++) {
            try {
                n[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file + " has NRRD " + h.where(field) + " = '" + NrrdHeader.printable(v)
                        + "'; expected " + count + " integers", e);
            }
            if (positive && n[i] < 1) {
                throw new InvalidInputException(file + " has NRRD " + h.where(field) + " = '" + NrrdHeader.printable(v)
                        + "'; expected positive sizes");
            }
        }
        return n;
    }

    private static long integer(NrrdHeader h, String field, String file, long min, long max) {
        String v = h.field(field).orElseThrow(() -> missing(file, field, "an integer"));
        long n;
        try {
            n = Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file + " has NRRD " + h.where(field) + " = '" + NrrdHeader.printable(v)
                    + "'; expected an integer", e);
        }
        if (n < min || n > max) {
            throw new InvalidInputException(file + " has NRRD " + h.where(field) + " = " + n + "; expected " + min
                    + (max == Long.MAX_VALUE ? " or more" : " to " + max));
        }
        return n;
    }

    private static InvalidInputException missing(String file, String field, String expected) {
        return new InvalidInputException(file + " has no NRRD field '" + field + "'; expected " + expected);
    }

    /**
     * The detached data files: one name, {@code LIST} followed by names, or a printf-style pattern
     * {@code fmt min max step [subdim]}; relative names are resolved against the header's folder.
     */
    private static List<Path> dataFiles(NrrdHeader h, Path headerFile) {
        String file = headerFile.toString();
        String v = h.fields().get("data file");
        if (v == null) {
            return List.of();
        }
        Path folder = headerFile.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        String[] parts = v.strip().split("\\s+");
        try {
            if (parts[0].equalsIgnoreCase("LIST")) {
                if (h.dataList().isEmpty()) {
                    throw new InvalidInputException(file + " has NRRD " + h.where("data file")
                            + " = LIST but no file names after it; expected one data file name per line");
                }
                for (String name : h.dataList()) {
                    files.add(folder.resolve(name).normalize());
                }
            } else if (parts.length >= 4 && parts[0].contains("%")) {
                long min = Long.parseLong(parts[1]);
                long max = Long.parseLong(parts[2]);
                long step = Long.parseLong(parts[3]);
                if (step == 0 || (max - min) / step < 0 || (max - min) / step > 100000) {
                    throw new InvalidInputException(file + " has NRRD " + h.where("data file") + " = '"
                            + NrrdHeader.printable(v) + "'; expected 'format min max step' with a step that goes from"
                            + " min to max in at most 100000 files");
                }
                for (long i = min; step > 0 ? i <= max : i >= max; i += step) {
                    files.add(folder.resolve(String.format(Locale.ROOT, parts[0], i)).normalize());
                }
            } else {
                files.add(folder.resolve(v.strip()).normalize());
            }
        } catch (NumberFormatException | java.util.IllegalFormatException | java.nio.file.InvalidPathException e) {
            throw new InvalidInputException(file + " has NRRD " + h.where("data file") + " = '" + NrrdHeader.printable(v)
                    + "' (" + e.getMessage() + "); expected a file name, LIST, or 'format min max step'", e);
        }
        return files;
    }
}
