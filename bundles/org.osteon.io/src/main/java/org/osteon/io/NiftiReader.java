package org.osteon.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.io.internal.NiftiHeader;
import org.osteon.io.internal.VoxelData;

/**
 * Reads NIfTI-1 and NIfTI-2 volumes: single files ({@code .nii}, and gzip-compressed {@code .nii.gz}; the
 * compression is recognised from the content, not the name) and header/image pairs ({@code .hdr} with
 * {@code .img} or {@code .img.gz} beside it; naming either file of the pair reads it). A pair whose header has
 * no NIfTI magic is read as ANALYZE 7.5.
 * <ul>
 * <li>Both byte orders, detected from {@code sizeof_hdr} (348 for NIfTI-1, 540 for NIfTI-2).</li>
 * <li>Datatypes uint8, int8, int16, uint16, int32, uint32, float32 and float64; other codes are refused with a
 * message naming the code.</li>
 * <li>{@code scl_slope}/{@code scl_inter} are applied (a slope of 0 means no scaling; ANALYZE files are not
 * scaled, their field is unused there).</li>
 * <li>Files with more than three dimensions (a 4D time series, a vector image): only the first 3D volume
 * is read and the rest of the file is not looked at.</li>
 * </ul>
 * <b>Geometry.</b> The returned {@link Geometry} holds the voxel-to-world mapping exactly as NIfTI
 * stores it: world coordinates in mm in NIfTI's RAS+ frame (+x towards the patient's right, +y anterior,
 * +z superior); nothing is converted to DICOM's LPS (that would negate x and y). With the affine A (3 x 4)
 * chosen below, {@code spacing[c]} is the length of column c of A's 3 x 3 part, {@code direction} column c
 * (row-major, {@code direction[3 * r + c]}) is that column divided by its length, and {@code origin} is A's
 * translation, i.e.
 * the world position of voxel (0, 0, 0). The affine is the sform when {@code sform_code > 0}, else the
 * qform (quaternion, with {@code qfac} from {@code pixdim[0]}) when {@code qform_code > 0}, else
 * diag({@code pixdim[1..3]}) with the origin at 0. A sheared sform gives non-orthogonal direction columns.
 * ANALYZE 7.5 headers have neither transform: pixdim only (their orientation field is not interpreted).
 * <p>
 * Problems are reported as {@link InvalidInputException}s naming the file: missing file (or the missing half
 * of a pair), not NIfTI (wrong {@code sizeof_hdr} or magic), truncated header or voxel data, corrupt gzip
 * stream, unsupported datatype.
 */
public final class NiftiReader implements VolumeReader {

    /** Voxels converted per chunk (keeps the transfer buffer small for large volumes). */
    private static final int CHUNK_VOXELS = 1 << 16;

    @Override
    public Volume read(Location location, Path base) throws IOException {
        return read(file(location, base));
    }

    /** Reads the first 3D volume of a .nii, .nii.gz, .hdr or .img (.img.gz) file. */
    public Volume read(Path file) throws IOException {
        return load(file).volume;
    }

    @Override
    public ImageInfo info(Location location, Path base) throws IOException {
        Loaded l = load(file(location, base));
        NiftiHeader h = l.header;
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("datatype", h.datatype() + " (" + NiftiHeader.datatypeName(h.datatype()) + ")");
        tags.put("byte order", h.order() == ByteOrder.BIG_ENDIAN ? "big-endian" : "little-endian");
        StringBuilder dims = new StringBuilder();
        for (int i = 1; i <= Math.max(1, Math.min(7, h.dim()[0])); i++) {
            dims.append(i > 1 ? " x " : "").append(h.dim()[i]);
        }
        tags.put("dim", dims.toString());
        long volumes = 1;
        for (int i = 4; i <= Math.min(7, h.dim()[0]); i++) {
            volumes *= Math.max(1, h.dim()[i]);
        }
        if (volumes > 1) {
            tags.put("volumes", volumes + " (the first is read)");
        }
        if (!h.analyze()) {
            tags.put("sform_code", h.sformCode() + " (" + NiftiHeader.xformName(h.sformCode()) + ")");
            tags.put("qform_code", h.qformCode() + " (" + NiftiHeader.xformName(h.qformCode()) + ")");
            tags.put("geometry from", h.sformCode() > 0 ? "sform" : h.qformCode() > 0 ? "qform" : "pixdim");
            tags.put("intent", h.intentCode() + (h.intentName().isEmpty() ? "" : " (" + h.intentName() + ")"));
            if (h.sclSlope() != 0 && Double.isFinite(h.sclSlope()) && (h.sclSlope() != 1 || h.sclInter() != 0)) {
                tags.put("scl_slope/scl_inter", h.sclSlope() + " / " + h.sclInter() + " (applied)");
            }
        } else {
            tags.put("geometry from", "pixdim (ANALYZE 7.5 has no transform)");
        }
        tags.put("descrip", h.descrip());
        tags.put("xyzt_units", Integer.toString(h.xyztUnits()));
        if (!l.dataFile.equals(l.headerFile)) {
            tags.put("files", l.headerFile.getFileName() + " + " + l.dataFile.getFileName());
        }
        String format = h.analyze() ? "ANALYZE 7.5" : "NIfTI-" + h.version();
        return ImageInfo.of(format, NiftiHeader.datatypeName(h.datatype()), l.volume, tags);
    }

    /** Recognises a NIfTI-1/2 header (plain or gzip-compressed) by its {@code sizeof_hdr} and magic. */
    @Override
    public boolean recognizes(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 12)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw) : raw;
            byte[] head = in.readNBytes(NiftiHeader.NIFTI2_SIZE);
            int size = head.length < 4 ? -1 : NiftiHeader.headerSize(head);
            if (size < 0 || head.length < size) {
                return false;
            }
            NiftiHeader h = NiftiHeader.parse(java.util.Arrays.copyOf(head, size));
            return h.singleFile() || h.headerImagePair();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private record Loaded(NiftiHeader header, Path headerFile, Path dataFile, Volume volume) {
    }

    private static Path file(Location location, Path base) {
        return location.file(base).orElseThrow(() -> new InvalidInputException("location '" + location
                + "' is not a file; the NIfTI reader reads .nii, .nii.gz and .hdr/.img files"));
    }

    private static String lower(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** The name without {@code suffix} (matched case-insensitively). */
    private static String stem(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    private static Loaded load(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new InvalidInputException("file " + file + " does not exist; expected a NIfTI volume (.nii, .nii.gz"
                    + " or a .hdr/.img pair)");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a folder; expected a NIfTI volume file (.nii or .nii.gz)");
        }
        Path headerFile = file;
        String name = lower(file);
        if (name.endsWith(".img") || name.endsWith(".img.gz")) {
            String stem = stem(file, name.endsWith(".img") ? ".img" : ".img.gz");
            headerFile = file.resolveSibling(stem + ".hdr");
            if (!Files.exists(headerFile)) {
                throw new InvalidInputException(file + " is the image file of a .hdr/.img pair, but its header "
                        + headerFile + " does not exist; expected both files side by side");
            }
        }
        NiftiHeader h;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(headerFile), 1 << 16)) {
            InputStream in = open(raw, headerFile);
            try {
                h = header(in, headerFile);
                if (h.singleFile()) {
                    if (!headerFile.equals(file)) {
                        throw new InvalidInputException(headerFile + " is a single-file " + "NIfTI-" + h.version()
                                + " (magic n+" + h.version() + "), not the header of " + file
                                + "; expected magic ni" + h.version() + " for a .hdr/.img pair");
                    }
                    Volume v = data(in, headerFile, h, h.version() == 1 ? NiftiHeader.NIFTI1_SIZE
                            : NiftiHeader.NIFTI2_SIZE, Files.size(headerFile), raw != in);
                    return new Loaded(h, headerFile, headerFile, v);
                }
            } catch (ZipException e) {
                throw new InvalidInputException(headerFile + " is not a valid gzip stream (" + e.getMessage()
                        + "); expected a gzip-compressed NIfTI file", e);
            }
        }
        String hname = lower(headerFile);
        boolean pairName = hname.endsWith(".hdr") || hname.endsWith(".hdr.gz");
        if (!h.headerImagePair() && !(h.analyze() && pairName)) {
            throw new InvalidInputException(headerFile + " is not a NIfTI file: magic is '" + printable(h.magic())
                    + "', expected '" + (h.version() == 1 ? "n+1" : "n+2") + "'"
                    + (h.version() == 1 ? " (or an ANALYZE 7.5 .hdr/.img pair)" : ""));
        }
        Path dataFile = file;
        if (dataFile.equals(headerFile)) {
            String stem = hname.endsWith(".hdr") ? stem(headerFile, ".hdr") : hname.endsWith(".hdr.gz")
                    ? stem(headerFile, ".hdr.gz") : hname.endsWith(".nii.gz") ? stem(headerFile, ".nii.gz")
                    : hname.endsWith(".nii") ? stem(headerFile, ".nii") : headerFile.getFileName().toString();
            dataFile = headerFile.resolveSibling(stem + ".img");
            if (!Files.exists(dataFile)) {
                Path gz = headerFile.resolveSibling(stem + ".img.gz");
                if (!Files.exists(gz)) {
                    throw new InvalidInputException(headerFile + " is the header of a .hdr/.img pair, but its image file "
                            + dataFile + " (or " + gz.getFileName() + ") does not exist; expected both files side by side");
                }
                dataFile = gz;
            }
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(dataFile), 1 << 16)) {
            InputStream in = open(raw, dataFile);
            try {
                Volume v = data(in, dataFile, h, 0, Files.size(dataFile), raw != in);
                return new Loaded(h, headerFile, dataFile, v);
            } catch (ZipException e) {
                throw new InvalidInputException(dataFile + " is not a valid gzip stream (" + e.getMessage()
                        + "); expected gzip-compressed NIfTI voxel data", e);
            }
        }
    }

    /** Opens the gzip layer when the content starts with the gzip magic bytes. */
    private static InputStream open(InputStream raw, Path file) throws IOException {
        raw.mark(4);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            try {
                // not buffered on top: a cut stream then reports every byte inflated before the cut
                return new GZIPInputStream(raw, 1 << 16);
            } catch (EOFException | ZipException e) {
                throw new InvalidInputException(file + " is not a valid gzip stream (" + e.getMessage()
                        + "); expected a gzip-compressed NIfTI file", e);
            }
        }
        if (lower(file).endsWith(".gz")) {
            byte[] first = new byte[4];
            raw.mark(4);
            int n = raw.readNBytes(first, 0, 4);
            raw.reset();
            if (n < 4 || NiftiHeader.headerSize(first) < 0 && !lower(file).endsWith(".img.gz")) {
                throw new InvalidInputException(file + " is not a valid gzip stream (it does not start with the gzip"
                        + " signature 1f 8b); expected a gzip-compressed NIfTI file");
            }
        }
        return raw;
    }

    /** Reads and decodes the header at the start of {@code in}. */
    private static NiftiHeader header(InputStream in, Path file) throws IOException {
        byte[] first = new byte[4];
        int n = VoxelData.readFully(in, first, 0, 4);
        int headerSize = n < 4 ? -1 : NiftiHeader.headerSize(first);
        if (headerSize < 0) {
            String found = n < 4 ? "the file has only " + n + " bytes"
                    : "sizeof_hdr is " + ByteBuffer.wrap(first).order(ByteOrder.LITTLE_ENDIAN).getInt()
                            + " (little-endian) / " + ByteBuffer.wrap(first).order(ByteOrder.BIG_ENDIAN).getInt()
                            + " (big-endian)";
            throw new InvalidInputException(file + " is not a NIfTI file: " + found
                    + "; expected sizeof_hdr 348 (NIfTI-1) or 540 (NIfTI-2)");
        }
        byte[] bytes = new byte[headerSize];
        System.arraycopy(first, 0, bytes, 0, 4);
        int got = 4 + VoxelData.readFully(in, bytes, 4, headerSize - 4);
        if (got < headerSize) {
            throw new InvalidInputException("file " + file + " is truncated: expected a " + headerSize
                    + "-byte NIfTI header, found " + got + " bytes");
        }
        return NiftiHeader.parse(bytes);
    }

    /**
     * Reads the voxels from {@code in}, which has delivered {@code consumed} bytes of the (decompressed) file
     * so far; {@code fileSize} and {@code compressed} let an impossible size be refused before allocating.
     */
    private static Volume data(InputStream in, Path file, NiftiHeader h, long consumed, long fileSize,
            boolean compressed) throws IOException {
        GridSize size = gridSize(h, file);
        int bpv = NiftiHeader.bytesPerVoxel(h.datatype());
        if (bpv < 0) {
            throw new InvalidInputException(file + " has NIfTI datatype code " + h.datatype() + " ("
                    + NiftiHeader.datatypeName(h.datatype()) + "), which is not supported; expected one of "
                    + NiftiHeader.supportedDatatypes());
        }
        Geometry geometry = h.analyze() ? geometry(withoutTransforms(h), file) : geometry(h, file);
        if (h.voxOffset() < consumed) {
            throw new InvalidInputException(file + " has vox_offset " + h.voxOffset() + "; a single-file NIfTI-"
                    + h.version() + " needs at least " + consumed);
        }
        long toSkip = h.voxOffset() - consumed;
        long expected = (long) size.voxelCount() * bpv;
        if (!compressed && fileSize - h.voxOffset() < expected) {
            throw VoxelData.truncated(file.toString(), expected, Math.max(0, fileSize - h.voxOffset()));
        }
        if (compressed && expected > fileSize * VoxelData.MAX_DEFLATE_RATIO) {
            throw new InvalidInputException("file " + file + " is truncated or corrupt: its header announces " + expected
                    + " bytes of voxel data, more than its " + fileSize + " compressed bytes can hold");
        }
        long skipped = VoxelData.skip(in, toSkip);
        if (skipped < toSkip) {
            throw VoxelData.truncated(file.toString(), expected, 0);
        }
        float[] data = readVoxels(in, file, size.voxelCount(), h.datatype(), bpv, h.order(), expected);
        if (!h.analyze()) {
            scale(data, h.sclSlope(), h.sclInter());
        }
        return new Volume(size, geometry, data);
    }

    /** The same header with both transform codes 0, so that the geometry comes from pixdim. */
    private static NiftiHeader withoutTransforms(NiftiHeader h) {
        return new NiftiHeader(h.version(), h.order(), h.dim(), h.datatype(), h.pixdim(), h.voxOffset(), h.sclSlope(),
                h.sclInter(), 0, 0, h.quatern(), h.qoffset(), h.srow(), h.magic(), h.bitpix(), h.intentCode(),
                h.intentName(), h.descrip(), h.xyztUnits());
    }
    private static GridSize gridSize(NiftiHeader h, Path file) {
        long[] dim = h.dim();
        if (dim[0] < 1 || dim[0] > 7) {
            throw new InvalidInputException(file + " has dim[0] = " + dim[0] + "; expected 1 to 7 dimensions");
        }
        long[] n = {1, 1, 1};
        for (int i = 1; i <= Math.min(3, dim[0]); i++) {
            if (dim[i] < 1) {
                throw new InvalidInputException(file + " has dim[" + i + "] = " + dim[i] + "; expected a positive size");
            }
            n[i - 1] = dim[i];
        }
        if (n[0] > Integer.MAX_VALUE || n[1] > Integer.MAX_VALUE || n[2] > Integer.MAX_VALUE) {
            throw new InvalidInputException(file + " has size " + n[0] + " x " + n[1] + " x " + n[2]
                    + "; volumes are limited to 2^31 voxels");
        }
        try {
            return new GridSize((int) n[0], (int) n[1], (int) n[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file + ": " + e.getMessage(), e);
        }
    }

    /** The voxel-to-world mapping: sform, else qform, else pixdim (see the class comment). */
    static Geometry geometry(NiftiHeader h, Path file) {
        if (h.sformCode() > 0) {
            double[][] s = h.srow();
            double[] spacing = new double[3];
            double[] direction = new double[9];
            boolean usable = true;
            for (int c = 0; c < 3; c++) {
                spacing[c] = Math.sqrt(s[0][c] * s[0][c] + s[1][c] * s[1][c] + s[2][c] * s[2][c]);
                if (!(spacing[c] > 0) || Double.isInfinite(spacing[c])) {
                    usable = false;
                    break;
                }
                for (int r = 0; r < 3; r++) {
                    direction[3 * r + c] = s[r][c] / spacing[c];
                }
            }
            if (usable) {
                return new Geometry(spacing, new double[] {s[0][3], s[1][3], s[2][3]}, direction);
            }
        }
        double[] spacing = new double[3];
        for (int i = 0; i < 3; i++) {
            double p = Math.abs(h.pixdim()[i + 1]);
            spacing[i] = p > 0 && Double.isFinite(p) ? p : 1.0;
        }
        if (h.qformCode() > 0) {
            double b = h.quatern()[0];
            double c = h.quatern()[1];
            double d = h.quatern()[2];
            double a = Math.sqrt(Math.max(0, 1.0 - (b * b + c * c + d * d)));
            double qfac = h.pixdim()[0] < 0 ? -1 : 1;
            double[] r = {
                a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c) * qfac,
                2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b) * qfac,
                2 * (b * d - a * c), 2 * (c * d + a * b), (a * a + d * d - c * c - b * b) * qfac};
            return new Geometry(spacing, h.qoffset(), r);
        }
        return new Geometry(spacing, new double[3], new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    private static float[] readVoxels(InputStream in, Path file, int count, int datatype, int bpv, ByteOrder order,
            long expected) throws IOException {
        float[] data = new float[count];
        byte[] chunk = new byte[Math.min(count, CHUNK_VOXELS) * bpv];
        ByteBuffer buf = ByteBuffer.wrap(chunk).order(order);
        long found = 0;
        for (int start = 0; start < count; start += CHUNK_VOXELS) {
            int voxels = Math.min(CHUNK_VOXELS, count - start);
            int want = voxels * bpv;
            int got = VoxelData.readFully(in, chunk, 0, want);
            found += got;
            if (got < want) {
                throw VoxelData.truncated(file.toString(), expected, found);
            }
            for (int i = 0; i < voxels; i++) {
                int p = i * bpv;
                data[start + i] = switch (datatype) {
                    case NiftiHeader.DT_UINT8 -> chunk[p] & 0xff;
                    case NiftiHeader.DT_INT8 -> chunk[p];
                    case NiftiHeader.DT_INT16 -> buf.getShort(p);
                    case NiftiHeader.DT_UINT16 -> buf.getShort(p) & 0xffff;
                    case NiftiHeader.DT_INT32 -> buf.getInt(p);
                    case NiftiHeader.DT_UINT32 -> buf.getInt(p) & 0xffffffffL;
                    case NiftiHeader.DT_FLOAT32 -> buf.getFloat(p);
                    case NiftiHeader.DT_FLOAT64 -> (float) buf.getDouble(p);
                    default -> throw new IllegalStateException("datatype " + datatype);
                };
            }
        }
        return data;
    }

    private static void scale(float[] data, double slope, double inter) {
        if (slope == 0 || !Double.isFinite(slope) || slope == 1 && (inter == 0 || !Double.isFinite(inter))) {
            return;
        }
        double offset = Double.isFinite(inter) ? inter : 0;
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (data[i] * slope + offset);
        }
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == 0) {
                break;
            }
            b.append(c >= 32 && c < 127 ? c : '?');
        }
        return b.toString();
    }
}
