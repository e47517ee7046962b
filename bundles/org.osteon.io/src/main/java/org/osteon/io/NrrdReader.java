package org.osteon.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.io.internal.nrrd.NrrdData;
import org.osteon.io.internal.nrrd.NrrdHeader;
import org.osteon.io.internal.nrrd.NrrdLayout;

/**
 * Reads NRRD files (teem.sourceforge.net/nrrd/format.html): attached {@code .nrrd} and detached {@code .nhdr}
 * headers, magic NRRD0001 to NRRD0005.
 * <ul>
 * <li>Data: attached, or {@code data file:} with one file, {@code LIST} (names on the following lines) or a
 * printf-style pattern {@code fmt min max step}; relative names are resolved against the header's folder.
 * {@code line skip} and {@code byte skip} (-1 = the data is the last bytes of the file, raw only).</li>
 * <li>Encodings raw, gzip, text (ascii, txt), hex, and bzip2 when Apache Commons Compress (with Commons IO) is
 * installed.</li>
 * <li>Scalar types int8 to uint64, float and double in either {@code endian}; {@code block} is refused, as are
 * per-voxel vectors, colours and tensors (a non-spatial kind on one of the first three axes).</li>
 * <li>Dimension 2 (an image, nz = 1), 3, and 4 when the fourth axis is non-spatial: its first 3D volume is
 * read.</li>
 * </ul>
 * <b>Geometry.</b> With {@code space} (or {@code space dimension}) the axis vectors of {@code space directions}
 * give spacing (their lengths) and direction (their unit vectors), and {@code space origin} the position of
 * voxel (0, 0, 0); both are converted into Osteon's RAS+ frame: right-anterior-superior as is,
 * left-posterior-superior with x and y negated, left-anterior-superior with x negated. Spaces that name no
 * patient frame (scanner-xyz, 3D-right-handed, 3D-left-handed, or only a {@code space dimension}) are taken as
 * RAS+ unchanged, and {@link #info} says so. A 2D image in a 3D space gets the normal of its plane as third
 * axis; in a 2D space it lies in the x-y plane. Without a space, {@code spacings} give the spacing (1 mm where
 * missing or nan), the origin is 0 and the directions are the identity.
 * <p>
 * Problems are reported as {@link InvalidInputException}s naming the file and, for header problems, the field
 * and its line: missing file or data file, bad header line, unsupported type, encoding or dimension, truncated
 * or corrupt data ("file X is truncated: expected N bytes of voxel data, found M").
 */
public final class NrrdReader implements VolumeReader {

    @Override
    public Volume read(Location location, Path base) throws IOException {
        return read(file(location, base));
    }

    /** Reads the first 3D volume of a .nrrd or .nhdr file. */
    public Volume read(Path file) throws IOException {
        return load(file).volume;
    }

    @Override
    public ImageInfo info(Location location, Path base) throws IOException {
        Loaded l = load(file(location, base));
        Map<String, String> tags = new LinkedHashMap<>(l.layout.tags());
        l.header.keyValues().forEach((k, v) -> tags.putIfAbsent(k, v));
        return ImageInfo.of("NRRD", l.layout.type().label(), l.volume, tags);
    }

    @Override
    public boolean recognizes(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] first = in.readNBytes(8);
            return NrrdHeader.hasMagic(first, first.length);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private record Loaded(NrrdHeader header, NrrdLayout layout, Volume volume) {
    }

    private static Loaded load(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new InvalidInputException("file " + file + " does not exist; expected a NRRD file (.nrrd or .nhdr)");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a folder; expected a NRRD file (.nrrd or .nhdr)");
        }
        long fileSize = Files.size(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            NrrdHeader header = NrrdHeader.read(in, file.toString());
            NrrdLayout layout = NrrdLayout.of(header, file);
            float[] data = NrrdData.read(layout, file, in, fileSize - header.dataStart());
            return new Loaded(header, layout, new Volume(layout.size(), layout.geometry(), data));
        }
    }

    private static Path file(Location location, Path base) {
        return location.file(base).orElseThrow(() -> new InvalidInputException("location '" + location
                + "' is not a file; the NRRD reader reads .nrrd and .nhdr files"));
    }
}
