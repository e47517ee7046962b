package org.osteon.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.VolumeWriter;
import org.osteon.io.internal.NiftiHeader;
import org.osteon.io.internal.VoxelData;

/**
 * Writes little-endian NIfTI-1 (default) or NIfTI-2 ({@link #nifti2()}): volumes as float32, label maps as
 * int16. The file name decides the layout: {@code *.nii.gz} is a gzip-compressed single file, {@code *.nii} a
 * plain one; {@code *.hdr} (or {@code *.img}) writes a header/image pair, magic {@code ni1}/{@code ni2}, with
 * the voxels in {@code .img} beside the {@code .hdr}; {@code *.img.gz} the same with the image gzip-compressed.
 * Any other name is refused.
 * <p>
 * The {@link Geometry} is written both as sform and qform (codes 1, scanner-based), in the same RAS+ frame
 * that {@link NiftiReader} reads back: sform = direction x diag(spacing) with the origin as translation; the
 * qform quaternion is the rotation of the direction cosines, with {@code pixdim[0] = qfac = -1} when they
 * form a left-handed system. Reading the file back gives the same values, size and geometry (to float32
 * precision for the geometry in NIfTI-1; NIfTI-2 stores doubles).
 * <p>
 * Each file is written under a temporary name beside the target and moved into place when complete, so an
 * interrupted write never leaves a file that looks finished. An existing file is replaced.
 */
public final class NiftiWriter implements VolumeWriter {

    private static final int VOX_OFFSET = 352;
    private static final int VOX_OFFSET2 = 544;

    private final int version;

    /** A NIfTI-1 writer. */
    public NiftiWriter() {
        this(1);
    }

    private NiftiWriter(int version) {
        this.version = version;
    }

    /** A NIfTI-1 writer (348-byte header, float32 geometry). */
    public static NiftiWriter nifti1() {
        return new NiftiWriter(1);
    }

    /** A NIfTI-2 writer (540-byte header, 64-bit sizes and float64 geometry). */
    public static NiftiWriter nifti2() {
        return new NiftiWriter(2);
    }
    private static final short XFORM_SCANNER_ANAT = 1;
    private static final byte UNITS_MM = 2;

    @Override
    public void write(Volume volume, Path file) throws IOException {
        float[] d = volume.data();
        write(version, file, volume.size(), volume.geometry(), NiftiHeader.DT_FLOAT32, 4,
                (buf, i) -> buf.putFloat(d[i]));
    }

    @Override
    public void write(LabelMap labels, Path file) throws IOException {
        short[] l = labels.labels();
        write(version, file, labels.size(), labels.geometry(), NiftiHeader.DT_INT16, 2,
                (buf, i) -> buf.putShort(l[i]));
    }

    /** True for names this writer accepts ({@code .nii} or {@code .nii.gz}, any case). */
    public static boolean isNiftiName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".nii") || n.endsWith(".nii.gz");
    }

    private static void write(int version, Path file, GridSize size, Geometry geometry, int datatype, int bpv,
            VoxelData.Source sink) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean pair = lower.endsWith(".hdr") || lower.endsWith(".img") || lower.endsWith(".img.gz");
        if (!isNiftiName(file) && !pair) {
            throw new InvalidInputException("cannot write " + file + ": expected a file name ending in .nii or .nii.gz"
                    + " (single file) or .hdr, .img or .img.gz (header/image pair)");
        }
        byte[] header = version == 1 ? header(size, geometry, datatype, bpv, pair) : header2(size, geometry, datatype,
                bpv, pair);
        if (!pair) {
            boolean gzip = lower.endsWith(".gz");
            VoxelData.writeAtomically(file, raw -> {
                OutputStream out = gzip ? new GZIPOutputStream(new BufferedOutputStream(raw, 1 << 16), 1 << 16)
                        : new BufferedOutputStream(raw, 1 << 16);
                out.write(header);
                VoxelData.write(out, size.voxelCount(), bpv, ByteOrder.LITTLE_ENDIAN, sink);
                out.close();
            });
            return;
        }
        String stem = name.substring(0, name.length() - (lower.endsWith(".img.gz") ? 7 : 4));
        boolean gzip = lower.endsWith(".img.gz");
        Path img = file.resolveSibling(stem + (gzip ? ".img.gz" : ".img"));
        VoxelData.writeAtomically(img, raw -> {
            OutputStream out = gzip ? new GZIPOutputStream(new BufferedOutputStream(raw, 1 << 16), 1 << 16)
                    : new BufferedOutputStream(raw, 1 << 16);
            VoxelData.write(out, size.voxelCount(), bpv, ByteOrder.LITTLE_ENDIAN, sink);
            out.close();
        });
        VoxelData.writeAtomically(file.resolveSibling(stem + ".hdr"), out -> out.write(header));
    }

    /**
     * The 348-byte NIfTI-1 header plus the 4-byte (empty) extension flag; for a pair, magic ni1 and the voxels
     * at offset 0 of the .img.
     */
    static byte[] header(GridSize size, Geometry geometry, int datatype, int bpv, boolean pair) {
        ByteBuffer b = ByteBuffer.allocate(VOX_OFFSET).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, NiftiHeader.NIFTI1_SIZE);
        b.put(38, (byte) 'r'); // regular, as NIfTI-1 writers set for ANALYZE compatibility
        short[] dim = {3, (short) size.nx(), (short) size.ny(), (short) size.nz(), 1, 1, 1, 1};
        if (size.nx() > Short.MAX_VALUE || size.ny() > Short.MAX_VALUE || size.nz() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("NIfTI-1 stores sizes up to 32767 per axis, got " + size);
        }
        for (int i = 0; i < 8; i++) {
            b.putShort(40 + 2 * i, dim[i]);
        }
        b.putShort(70, (short) datatype);
        b.putShort(72, (short) (8 * bpv));
        double[] spacing = geometry.spacing();
        double[] origin = geometry.origin();
        double[] dir = geometry.direction();
        double[] q = quaternion(dir);
        b.putFloat(76, (float) q[3]); // qfac
        for (int i = 0; i < 3; i++) {
            b.putFloat(80 + 4 * i, (float) spacing[i]);
        }
        for (int i = 4; i < 8; i++) {
            b.putFloat(76 + 4 * i, 1f);
        }
        b.putFloat(108, pair ? 0 : VOX_OFFSET);
        b.putFloat(112, 1f); // scl_slope
        b.putFloat(116, 0f); // scl_inter
        b.put(123, UNITS_MM);
        byte[] descrip = "Osteon".getBytes(StandardCharsets.US_ASCII);
        b.put(148, descrip);
        b.putShort(252, XFORM_SCANNER_ANAT);
        b.putShort(254, XFORM_SCANNER_ANAT);
        b.putFloat(256, (float) q[0]);
        b.putFloat(260, (float) q[1]);
        b.putFloat(264, (float) q[2]);
        for (int i = 0; i < 3; i++) {
            b.putFloat(268 + 4 * i, (float) origin[i]);
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                b.putFloat(280 + 16 * r + 4 * c, (float) (dir[3 * r + c] * spacing[c]));
            }
            b.putFloat(280 + 16 * r + 12, (float) origin[r]);
        }
        b.put(344, new byte[] {'n', pair ? (byte) 'i' : (byte) '+', '1', 0});
        return b.array();
    }

    /** The 540-byte NIfTI-2 header plus the 4-byte (empty) extension flag (magic n+2, or ni2 for a pair). */
    static byte[] header2(GridSize size, Geometry geometry, int datatype, int bpv, boolean pair) {
        ByteBuffer b = ByteBuffer.allocate(VOX_OFFSET2).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, NiftiHeader.NIFTI2_SIZE);
        b.put(4, new byte[] {'n', pair ? (byte) 'i' : (byte) '+', '2', 0, '\r', '\n', 0x1a, '\n'});
        b.putShort(12, (short) datatype);
        b.putShort(14, (short) (8 * bpv));
        long[] dim = {3, size.nx(), size.ny(), size.nz(), 1, 1, 1, 1};
        for (int i = 0; i < 8; i++) {
            b.putLong(16 + 8 * i, dim[i]);
        }
        double[] spacing = geometry.spacing();
        double[] origin = geometry.origin();
        double[] dir = geometry.direction();
        double[] q = quaternion(dir);
        b.putDouble(104, q[3]); // qfac
        for (int i = 0; i < 3; i++) {
            b.putDouble(112 + 8 * i, spacing[i]);
        }
        for (int i = 4; i < 8; i++) {
            b.putDouble(104 + 8 * i, 1);
        }
        b.putLong(168, pair ? 0 : VOX_OFFSET2);
        b.putDouble(176, 1); // scl_slope
        b.putDouble(184, 0); // scl_inter
        b.put(240, "Osteon".getBytes(StandardCharsets.US_ASCII));
        b.putInt(344, XFORM_SCANNER_ANAT);
        b.putInt(348, XFORM_SCANNER_ANAT);
        for (int i = 0; i < 3; i++) {
            b.putDouble(352 + 8 * i, q[i]);
            b.putDouble(376 + 8 * i, origin[i]);
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                b.putDouble(400 + 32 * r + 8 * c, dir[3 * r + c] * spacing[c]);
            }
            b.putDouble(400 + 32 * r + 24, origin[r]);
        }
        b.putInt(500, UNITS_MM);
        return b.array();
    }

    /**
     * Quaternion parameters {b, c, d, qfac} of the direction cosines (row-major, columns = axes), following
     * nifti1_io's nifti_mat44_to_quatern: a left-handed system gets qfac = -1 and its third column negated.
     */
    static double[] quaternion(double[] dir) {
        double[][] r = new double[3][3];
        for (int c = 0; c < 3; c++) {
            double len = Math.sqrt(dir[c] * dir[c] + dir[3 + c] * dir[3 + c] + dir[6 + c] * dir[6 + c]);
            for (int row = 0; row < 3; row++) {
                r[row][c] = len > 0 ? dir[3 * row + c] / len : (row == c ? 1 : 0);
            }
        }
        double det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1]) - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0])
                + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
        double qfac = 1;
        if (det < 0) {
            qfac = -1;
            for (int row = 0; row < 3; row++) {
                r[row][2] = -r[row][2];
            }
        }
        double a = r[0][0] + r[1][1] + r[2][2] + 1;
        double b;
        double c;
        double d;
        if (a > 0.5) {
            a = 0.5 * Math.sqrt(a);
            b = 0.25 * (r[2][1] - r[1][2]) / a;
            c = 0.25 * (r[0][2] - r[2][0]) / a;
            d = 0.25 * (r[1][0] - r[0][1]) / a;
        } else {
            double xd = 1 + r[0][0] - (r[1][1] + r[2][2]);
            double yd = 1 + r[1][1] - (r[0][0] + r[2][2]);
            double zd = 1 + r[2][2] - (r[0][0] + r[1][1]);
            if (xd > 1) {
                b = 0.5 * Math.sqrt(xd);
                c = 0.25 * (r[0][1] + r[1][0]) / b;
                d = 0.25 * (r[0][2] + r[2][0]) / b;
                a = 0.25 * (r[2][1] - r[1][2]) / b;
            } else if (yd > 1) {
                c = 0.5 * Math.sqrt(yd);
                b = 0.25 * (r[0][1] + r[1][0]) / c;
                d = 0.25 * (r[1][2] + r[2][1]) / c;
                a = 0.25 * (r[0][2] - r[2][0]) / c;
            } else {
                d = 0.5 * Math.sqrt(zd);
                b = 0.25 * (r[0][2] + r[2][0]) / d;
                c = 0.25 * (r[1][2] + r[2][1]) / d;
                a = 0.25 * (r[1][0] - r[0][1]) / d;
            }
            if (a < 0) {
                b = -b;
                c = -c;
                d = -d;
            }
        }
        return new double[] {b, c, d, qfac};
    }
}
