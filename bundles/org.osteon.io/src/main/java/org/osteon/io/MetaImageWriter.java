package org.osteon.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.VolumeWriter;
import org.osteon.io.internal.Frames;
import org.osteon.io.internal.VoxelData;

/**
 * Writes ITK MetaImage files: volumes as MET_FLOAT, label maps as MET_SHORT, little-endian, zlib-compressed
 * ({@link #compressed()}, the default) or not ({@link #raw()}). The name decides the layout: {@code .mha} holds
 * header and data ({@code ElementDataFile = LOCAL}); {@code .mhd} gets its data in a file beside it with the
 * same base name, {@code .raw} (or {@code .zraw} when compressed).
 * <p>
 * The geometry is written in ITK's LPS+ frame, as ITK expects: the RAS+ origin and direction columns with x
 * and y negated, TransformMatrix listing the direction of each index axis in turn. {@link MetaImageReader}
 * converts back, so a round trip gives the same values, size and geometry (every number is written as the
 * shortest decimal that reads back to the same double). Files are written under a temporary name and moved
 * into place when complete. Compressed data is assembled in memory first (CompressedDataSize precedes it).
 */
public final class MetaImageWriter implements VolumeWriter {

    private final boolean compress;

    /** A writer that compresses the data (zlib). */
    public MetaImageWriter() {
        this(true);
    }

    private MetaImageWriter(boolean compress) {
        this.compress = compress;
    }

    /** Uncompressed data. */
    public static MetaImageWriter raw() {
        return new MetaImageWriter(false);
    }

    /** zlib-compressed data ({@code CompressedData = True}). */
    public static MetaImageWriter compressed() {
        return new MetaImageWriter(true);
    }

    @Override
    public void write(Volume volume, Path file) throws IOException {
        float[] d = volume.data();
        write(file, volume.size(), volume.geometry(), "MET_FLOAT", 4, (buf, i) -> buf.putFloat(d[i]));
    }

    @Override
    public void write(LabelMap labels, Path file) throws IOException {
        short[] l = labels.labels();
        write(file, labels.size(), labels.geometry(), "MET_SHORT", 2, (buf, i) -> buf.putShort(l[i]));
    }

    private void write(Path file, GridSize size, Geometry geometry, String type, int bpv, VoxelData.Source source)
            throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean local = lower.endsWith(".mha");
        if (!local && !lower.endsWith(".mhd")) {
            throw new InvalidInputException("cannot write " + file + ": expected a file name ending in .mha or .mhd");
        }
        byte[] data;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (compress) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
            try (OutputStream z = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
                VoxelData.write(z, size.voxelCount(), bpv, ByteOrder.LITTLE_ENDIAN, source);
            } finally {
                deflater.end();
            }
            data = bytes.toByteArray();
        } else {
            data = null;
        }
        String dataName = local ? "LOCAL" : name.substring(0, name.length() - 4) + (compress ? ".zraw" : ".raw");
        String header = header(size, geometry, type, compress ? data.length : -1, dataName);
        if (!local) {
            Path dataFile = file.resolveSibling(dataName);
            VoxelData.writeAtomically(dataFile, out -> writeData(out, data, size, bpv, source));
        }
        VoxelData.writeAtomically(file, out -> {
            OutputStream b = new BufferedOutputStream(out, 1 << 16);
            b.write(header.getBytes(StandardCharsets.US_ASCII));
            if (local) {
                writeData(b, data, size, bpv, source);
            }
            b.flush();
        });
    }

    private static void writeData(OutputStream out, byte[] compressed, GridSize size, int bpv, VoxelData.Source source)
            throws IOException {
        if (compressed != null) {
            out.write(compressed);
        } else {
            OutputStream b = new BufferedOutputStream(out, 1 << 16);
            VoxelData.write(b, size.voxelCount(), bpv, ByteOrder.LITTLE_ENDIAN, source);
            b.flush();
        }
    }

    static String header(GridSize size, Geometry geometry, String type, long compressedSize, String dataFile) {
        double[] origin = Frames.origin(geometry, Frames.lps());
        double[] dir = geometry.direction();
        StringBuilder b = new StringBuilder();
        b.append("ObjectType = Image\n");
        b.append("NDims = 3\n");
        b.append("BinaryData = True\n");
        b.append("BinaryDataByteOrderMSB = False\n");
        b.append("CompressedData = ").append(compressedSize >= 0 ? "True" : "False").append('\n');
        if (compressedSize >= 0) {
            b.append("CompressedDataSize = ").append(compressedSize).append('\n');
        }
        b.append("TransformMatrix =");
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < 3; r++) {
                double lps = (r < 2 ? -1 : 1) * dir[3 * r + c] + 0.0;
                b.append(' ').append(VoxelData.number(lps));
            }
        }
        b.append('\n');
        b.append("Offset = ").append(VoxelData.number(origin[0])).append(' ').append(VoxelData.number(origin[1]))
                .append(' ').append(VoxelData.number(origin[2])).append('\n');
        b.append("CenterOfRotation = 0 0 0\n");
        b.append("ElementSpacing = ").append(VoxelData.number(geometry.spacing(0))).append(' ')
                .append(VoxelData.number(geometry.spacing(1))).append(' ').append(VoxelData.number(geometry.spacing(2)))
                .append('\n');
        b.append("DimSize = ").append(size.nx()).append(' ').append(size.ny()).append(' ').append(size.nz()).append('\n');
        b.append("ElementType = ").append(type).append('\n');
        b.append("ElementDataFile = ").append(dataFile).append('\n');
        return b.toString();
    }
}
