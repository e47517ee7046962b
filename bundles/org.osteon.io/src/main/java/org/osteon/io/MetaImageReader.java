package org.osteon.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.io.internal.VoxelData;
import org.osteon.io.internal.metaimage.MetaImageHeader;

/**
 * Reads ITK MetaImage files (MetaIO): {@code .mha} and {@code .mhd} headers whose {@code ElementDataFile} is
 * {@code LOCAL} (data right after the header), a file name (relative to the header's folder), {@code LIST}
 * (one name per following line) or a pattern {@code fmt min max step}.
 * <ul>
 * <li>ElementType MET_CHAR to MET_DOUBLE (MET_LONG/MET_ULONG are 4 bytes, as in MetaIO); array types and
 * ElementNumberOfChannels above 1 are refused.</li>
 * <li>BinaryDataByteOrderMSB / ElementByteOrderMSB (True = big-endian), CompressedData = True (zlib; each data
 * file one stream), HeaderSize (bytes skipped in each data file; -1 = the data is the last bytes of the file),
 * BinaryData = False (numbers as text).</li>
 * <li>NDims 2 (an image, nz = 1), 3, and 4 (its first 3D volume).</li>
 * </ul>
 * <b>Geometry.</b> Spacing from ElementSpacing (else ElementSize, else 1), origin from Offset (or Position,
 * Origin) and direction cosines from TransformMatrix (or Rotation, Orientation), whose consecutive groups of
 * NDims numbers are the directions of the index axes, as ITK writes them. MetaImage coordinates are ITK's LPS+;
 * they are converted into Osteon's RAS+ frame by negating the x and y components of the origin and of every
 * direction. AnatomicalOrientation is not used (the matrix is authoritative) and is shown by {@link #info}.
 * A 2D image lies in the x-y plane.
 * <p>
 * Problems are reported as {@link InvalidInputException}s naming the file: missing header or data file, bad
 * header line or field (with its line), unsupported type or dimension, truncated or corrupt data.
 */
public final class MetaImageReader implements VolumeReader {

    @Override
    public Volume read(Location location, Path base) throws IOException {
        return read(file(location, base));
    }

    /** Reads the (first 3D volume of the) image of a .mha or .mhd file. */
    public Volume read(Path file) throws IOException {
        return load(file).volume;
    }

    @Override
    public ImageInfo info(Location location, Path base) throws IOException {
        Loaded l = load(file(location, base));
        MetaImageHeader h = l.header;
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("ElementType", String.valueOf(field(h, "ElementType")));
        tags.put("compressed", Boolean.toString(h.compressed()));
        tags.put("byte order", h.order().toString().equals("BIG_ENDIAN") ? "big-endian (MSB)" : "little-endian");
        tags.put("data", h.dataFiles().isEmpty() ? "LOCAL" : "detached: " + h.dataFiles().size() + " file(s), first "
                + h.dataFiles().get(0).getFileName());
        tags.put("frame", "LPS+ in the file, converted to RAS+");
        String orientation = field(h, "AnatomicalOrientation");
        if (orientation != null) {
            tags.put("AnatomicalOrientation", orientation + " (as written; the geometry follows TransformMatrix)");
        }
        if (h.volumes() > 1) {
            tags.put("volumes", h.volumes() + " along dimension 4 (the first is read)");
        }
        return ImageInfo.of("MetaImage", h.type().label(), l.volume, tags);
    }

    private static String field(MetaImageHeader h, String key) {
        return h.fields().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @Override
    public boolean recognizes(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] first = in.readNBytes(64);
            return MetaImageHeader.looksLikeHeader(first, first.length);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private record Loaded(MetaImageHeader header, Volume volume) {
    }

    private static Loaded load(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new InvalidInputException("file " + file + " does not exist; expected a MetaImage file (.mha or .mhd)");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a folder; expected a MetaImage file (.mha or .mhd)");
        }
        long fileSize = Files.size(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            MetaImageHeader h = MetaImageHeader.read(in, file);
            float[] data = data(h, file, in, fileSize - h.dataStart());
            return new Loaded(h, new Volume(h.size(), h.geometry(), data));
        }
    }

    private static float[] data(MetaImageHeader h, Path file, InputStream local, long localBytes) throws IOException {
        int count = h.size().voxelCount();
        int bpv = h.type().bytes();
        long expected = (long) count * bpv;
        long totalVoxels = (long) count * h.volumes();
        if (h.dataFiles().isEmpty()) {
            checkPlausible(h, file.toString(), expected, localBytes, totalVoxels * bpv);
            float[] data = new float[count];
            readPart(h, local, localBytes, data, 0, count, totalVoxels * bpv, file.toString(), expected, 0);
            return data;
        }
        int files = h.dataFiles().size();
        if (totalVoxels % files != 0) {
            throw new InvalidInputException(file + " lists " + files + " MetaImage data files for " + totalVoxels
                    + " values; expected a number of files that divides the values evenly");
        }
        long perFile = totalVoxels / files;
        int needed = (int) Math.min(files, (count + perFile - 1) / perFile);
        long available = 0;
        for (int i = 0; i < needed; i++) {
            Path f = h.dataFiles().get(i);
            if (!Files.isRegularFile(f)) {
                throw new InvalidInputException("MetaImage header " + file + " names the data file " + f
                        + ", which does not exist; expected it beside the header (relative names are resolved against"
                        + " the header's folder)");
            }
            available += Files.size(f);
        }
        checkPlausible(h, h.dataFiles().get(0).toString(), expected, available, perFile * files * bpv);
        float[] data = new float[count];
        int done = 0;
        long found = 0;
        for (int i = 0; i < needed; i++) {
            Path f = h.dataFiles().get(i);
            int part = (int) Math.min(perFile, count - done);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                readPart(h, in, Files.size(f), data, done, part, perFile * bpv, f.toString(), expected, found);
            }
            done += part;
            found += (long) part * bpv;
        }
        return data;
    }

    private static void checkPlausible(MetaImageHeader h, String file, long expected, long available, long totalBytes) {
        long minimum;
        if (!h.binary()) {
            minimum = h.size().voxelCount();
        } else if (h.compressed()) {
            minimum = expected / VoxelData.MAX_DEFLATE_RATIO;
        } else {
            minimum = h.headerSize() == -1 ? totalBytes : expected + h.headerSize();
        }
        if (available < minimum) {
            if (h.binary() && !h.compressed()) {
                throw VoxelData.truncated(file, expected, Math.max(0, available - (minimum - expected)));
            }
            throw new InvalidInputException("file " + file + " is truncated: " + h.size() + " " + h.type().label()
                    + (h.compressed() ? " compressed" : " text") + " values need at least " + minimum
                    + " bytes, found " + available);
        }
    }

    private static void readPart(MetaImageHeader h, InputStream in, long available, float[] data, int offset,
            int count, long partBytes, String file, long expected, long found) throws IOException {
        long skip = h.headerSize() == -1 ? available - partBytes : h.headerSize();
        if (skip < 0 || VoxelData.skip(in, skip) < skip) {
            throw VoxelData.truncated(file, expected, found + Math.max(0, available));
        }
        if (!h.binary()) {
            VoxelData.readText(in, h.type(), data, offset, count, file);
            return;
        }
        if (!h.compressed()) {
            VoxelData.read(in, h.type(), h.order(), data, offset, count, file, expected, found);
            return;
        }
        Inflater inflater = new Inflater();
        try (InputStream z = new InflaterInputStream(in, inflater, 1 << 16)) {
            VoxelData.read(z, h.type(), h.order(), data, offset, count, file, expected, found);
        } catch (ZipException e) {
            throw new InvalidInputException(file + " holds corrupt zlib-compressed MetaImage data (" + e.getMessage()
                    + "); expected " + expected + " bytes of voxel data after decompression", e);
        } finally {
            inflater.end();
        }
    }

    private static Path file(Location location, Path base) {
        return location.file(base).orElseThrow(() -> new InvalidInputException("location '" + location
                + "' is not a file; the MetaImage reader reads .mha and .mhd files"));
    }
}
