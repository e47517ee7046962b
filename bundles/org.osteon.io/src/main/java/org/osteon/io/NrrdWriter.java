package org.osteon.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import org.osteon.io.internal.Frames;
import org.osteon.io.internal.VoxelData;

/**
 * Writes attached NRRD0004 files ({@code .nrrd}): volumes as little-endian float, label maps as short, raw or
 * gzip-compressed ({@link #raw()} / {@link #gzip()}; the default constructor compresses).
 * <p>
 * The geometry is written in Osteon's own frame, {@code space: right-anterior-superior}: {@code space
 * directions} are the direction columns times the spacing and {@code space origin} the origin, each number
 * written as the shortest decimal that reads back to the same double. {@link NrrdReader} therefore gives back
 * the same values, size and geometry (spacing and direction up to the rounding of one division,
 * about 1e-16). The file is written under a temporary name and moved into place when complete.
 */
public final class NrrdWriter implements VolumeWriter {

    private final boolean gzip;

    /** A writer that gzip-compresses the data. */
    public NrrdWriter() {
        this(true);
    }

    private NrrdWriter(boolean gzip) {
        this.gzip = gzip;
    }

    /** Uncompressed ("encoding: raw"). */
    public static NrrdWriter raw() {
        return new NrrdWriter(false);
    }

    /** gzip-compressed ("encoding: gzip"). */
    public static NrrdWriter gzip() {
        return new NrrdWriter(true);
    }

    @Override
    public void write(Volume volume, Path file) throws IOException {
        float[] d = volume.data();
        write(file, volume.size(), volume.geometry(), "float", 4, (buf, i) -> buf.putFloat(d[i]));
    }

    @Override
    public void write(LabelMap labels, Path file) throws IOException {
        short[] l = labels.labels();
        write(file, labels.size(), labels.geometry(), "short", 2, (buf, i) -> buf.putShort(l[i]));
    }

    private void write(Path file, GridSize size, Geometry geometry, String type, int bpv, VoxelData.Source source)
            throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nrrd")) {
            throw new InvalidInputException("cannot write " + file + ": expected a file name ending in .nrrd");
        }
        byte[] header = header(size, geometry, type, gzip).getBytes(StandardCharsets.US_ASCII);
        VoxelData.writeAtomically(file, raw -> {
            OutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
            buffered.write(header);
            OutputStream out = gzip ? new GZIPOutputStream(buffered, 1 << 16) : buffered;
            VoxelData.write(out, size.voxelCount(), bpv, ByteOrder.LITTLE_ENDIAN, source);
            out.close();
        });
    }

    static String header(GridSize size, Geometry geometry, String type, boolean gzip) {
        double[] axes = Frames.axes(geometry, Frames.ras());
        double[] origin = Frames.origin(geometry, Frames.ras());
        StringBuilder b = new StringBuilder();
        b.append("NRRD0004\n");
        b.append("# written by Osteon\n");
        b.append("type: ").append(type).append('\n');
        b.append("dimension: 3\n");
        b.append("space: right-anterior-superior\n");
        b.append("sizes: ").append(size.nx()).append(' ').append(size.ny()).append(' ').append(size.nz()).append('\n');
        b.append("space directions:");
        for (int c = 0; c < 3; c++) {
            b.append(" (").append(VoxelData.number(axes[c])).append(',').append(VoxelData.number(axes[3 + c]))
                    .append(',').append(VoxelData.number(axes[6 + c])).append(')');
        }
        b.append('\n');
        b.append("kinds: domain domain domain\n");
        b.append("endian: little\n");
        b.append("encoding: ").append(gzip ? "gzip" : "raw").append('\n');
        b.append("space origin: (").append(VoxelData.number(origin[0])).append(',').append(VoxelData.number(origin[1]))
                .append(',').append(VoxelData.number(origin[2])).append(")\n");
        b.append('\n');
        return b.toString();
    }
}
