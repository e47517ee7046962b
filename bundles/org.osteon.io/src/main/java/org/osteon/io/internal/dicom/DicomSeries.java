package org.osteon.io.internal.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;

/**
 * Reads one DICOM file, or a folder of DICOM files as one volume.
 * <p>
 * <b>Folders.</b> Every regular file directly in the folder is looked at (sub-folders are not); files that
 * are not DICOM, and DICOM files without pixel data (a DICOMDIR, a structured report), are skipped and listed
 * in the info tags. The images are grouped by Series Instance UID; a folder with several series is refused
 * with a list of them unless a series is chosen. Within the series, the files must share rows, columns and
 * image orientation, each must hold one frame and an image position; slices are sorted by their position
 * projected on the slice normal (row cosines x column cosines). Two slices at the same position are refused,
 * and so is uneven spacing: every distance between neighbours must be within 2% (at least 0.01 mm) of the
 * median distance, a tolerance that the 0.1 mm rounding of positions in real series needs. The z spacing is
 * the distance between the first and last positions divided by the number of gaps, not the slice thickness
 * (slices can have gaps between them, or overlap).
 */
public final class DicomSeries {

    /** Relative tolerance on the distance between neighbouring slices. */
    static final double SPACING_TOLERANCE = 0.02;
    /** Cosines of two files' orientations may differ by this much. */
    private static final double ORIENTATION_TOLERANCE = 1e-3;

    /**
     * A decoded file or series.
     *
     * @param volume    the values (after rescale, see {@link DicomPixels}) in Osteon's RAS+ frame
     * @param voxelType the stored voxel type
     * @param tags      the facts for {@code osteon info}
     */
    public record Result(Volume volume, String voxelType, Map<String, String> tags) {
    }

    private record Header(Path file, DicomDataSet data, DicomImage image, String series, String description,
            double position) {
    }

    /** Threads for reading the files of a series: file reads and decoding overlap, a few are enough. */
    private static final int READ_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private DicomSeries() {
    }

    /** Whether the file starts like DICOM: "DICM" at byte 128 (files without preamble are not sniffed). */
    public static boolean isDicomFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(132);
            return DicomParser.hasPreamble(head);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads one file: a single image, or a multi-frame image as a volume of frames. */
    public static Result readFile(Path file, Optional<String> series) throws IOException {
        DicomDataSet ds = parse(file);
        DicomImage image = DicomImage.of(ds);
        series.ifPresent(uid -> {
            String own = ds.string(DicomTags.SERIES_INSTANCE_UID, "");
            if (!own.equals(uid)) {
                throw new InvalidInputException(file + " belongs to series '" + own + "', not to the series '" + uid
                        + "' that the location selects");
            }
        });
        float[] data = DicomPixels.decode(ds, image);
        Geometry geometry = DicomGeometry.of(image);
        Volume volume = new Volume(new GridSize(image.columns(), image.rows(), image.frames()), geometry, data);
        Map<String, String> tags = DicomImage.tags(ds, image);
        tags.put("orientation", image.orientation().isPresent() ? "Image Orientation (Patient) (0020,0037)"
                : "not in the file; rows along +x and columns along +y of DICOM's LPS frame assumed");
        tags.put("origin", image.position().isPresent() ? "Image Position (Patient) (0020,0032)"
                : "not in the file; 0 assumed");
        tags.put("slice spacing", image.frameSpacingSource());
        return new Result(volume, image.voxelType(), tags);
    }

    /** Reads the series in a folder (see the class comment); {@code series} selects one by its UID. */
    public static Result readFolder(Path folder, Optional<String> series) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        // each file is read once, in parallel; its parsed data set (which refers to the file's bytes) is kept
        // for decoding, so nothing is read twice
        Object[] parsed = parallel(files.size(), i -> {
            Path file = files.get(i);
            byte[] bytes = Files.readAllBytes(file);
            if (!DicomParser.hasPreamble(bytes) && !DicomParser.startsWithDataSet(bytes)) {
                return file.getFileName() + " (not DICOM)";
            }
            DicomDataSet ds = DicomParser.parse(bytes, file.toString());
            if (ds.pixelData().isEmpty()) {
                return file.getFileName() + " (no pixel data)";
            }
            DicomImage image = DicomImage.of(ds);
            return new Header(file, ds, image, ds.string(DicomTags.SERIES_INSTANCE_UID, ""),
                    ds.string(DicomTags.SERIES_DESCRIPTION, ""), 0);
        });
        List<Header> headers = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Object o : parsed) {
            if (o instanceof Header h) {
                headers.add(h);
            } else {
                skipped.add((String) o);
            }
        }
        if (headers.isEmpty()) {
            throw new InvalidInputException("folder " + folder + " holds no DICOM images (" + files.size()
                    + " files looked at" + (skipped.isEmpty() ? "" : ": " + String.join(", ", clip(skipped)))
                    + "); expected DICOM files of one series");
        }
        Map<String, List<Header>> bySeries = new LinkedHashMap<>();
        for (Header h : headers) {
            bySeries.computeIfAbsent(h.series(), k -> new ArrayList<>()).add(h);
        }
        List<Header> chosen;
        if (series.isPresent()) {
            chosen = bySeries.get(series.get());
            if (chosen == null) {
                throw new InvalidInputException("folder " + folder + " holds no series '" + series.get()
                        + "'; it holds " + listing(bySeries));
            }
        } else if (bySeries.size() > 1) {
            throw new InvalidInputException("folder " + folder + " holds " + bySeries.size() + " DICOM series: "
                    + listing(bySeries) + "; choose one with the location " + folder + "#SERIES_UID");
        } else {
            chosen = headers;
        }
        Result result = chosen.size() == 1 ? readFile(chosen.get(0).file(), Optional.empty()) : assemble(chosen);
        result.tags().put("files", String.valueOf(chosen.size()));
        if (!skipped.isEmpty()) {
            result.tags().put("skipped", String.join(", ", clip(skipped)));
        }
        return result;
    }

    private static Result assemble(List<Header> unsorted) throws IOException {
        Header first = unsorted.get(0);
        DicomImage ref = first.image();
        double[] orientation = ref.orientation().orElseThrow(() -> new InvalidInputException(first.file()
                + " has no Image Orientation (Patient) (0020,0037); expected it in every slice of a series"));
        double[] normal = DicomImage.cross(orientation);
        List<Header> headers = new ArrayList<>();
        for (Header h : unsorted) {
            DicomImage im = h.image();
            if (im.rows() != ref.rows() || im.columns() != ref.columns()) {
                throw new InvalidInputException(h.file() + " has " + im.columns() + " x " + im.rows() + " pixels, "
                        + first.file().getFileName() + " " + ref.columns() + " x " + ref.rows()
                        + "; expected the same size in every slice of a series");
            }
            if (im.frames() != 1) {
                throw new InvalidInputException(h.file() + " holds " + im.frames() + " frames; a series of several"
                        + " files is read only from single-frame files");
            }
            double[] o = im.orientation().orElseThrow(() -> new InvalidInputException(h.file()
                    + " has no Image Orientation (Patient) (0020,0037); expected it in every slice of a series"));
            for (int i = 0; i < 6; i++) {
                if (Math.abs(o[i] - orientation[i]) > ORIENTATION_TOLERANCE) {
                    throw new InvalidInputException(h.file() + " has image orientation " + text(o) + ", "
                            + first.file().getFileName() + " " + text(orientation)
                            + "; expected one orientation in a series");
                }
            }
            double[] p = im.position().orElseThrow(() -> new InvalidInputException(h.file()
                    + " has no Image Position (Patient) (0020,0032); expected it in every slice of a series"));
            headers.add(new Header(h.file(), h.data(), im, h.series(), h.description(),
                    p[0] * normal[0] + p[1] * normal[1] + p[2] * normal[2]));
        }
        headers.sort(Comparator.comparingDouble(Header::position));
        int n = headers.size();
        double[] steps = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            steps[i] = headers.get(i + 1).position() - headers.get(i).position();
            if (steps[i] < 0.01) {
                throw new InvalidInputException(headers.get(i).file() + " and " + headers.get(i + 1).file()
                        + " are at the same position (" + String.format(Locale.ROOT, "%.4f", steps[i])
                        + " mm apart along the slice normal); expected one slice per position");
            }
        }
        double median = median(steps);
        for (int i = 0; i < n - 1; i++) {
            if (Math.abs(steps[i] - median) > Math.max(0.01, SPACING_TOLERANCE * median)) {
                throw new InvalidInputException(headers.get(i).file() + " and " + headers.get(i + 1).file() + " are "
                        + String.format(Locale.ROOT, "%.4f", steps[i]) + " mm apart, while neighbouring slices of the"
                        + " series are " + String.format(Locale.ROOT, "%.4f", median)
                        + " mm apart (median); a slice is missing or the spacing is uneven");
            }
        }
        double spacing = (headers.get(n - 1).position() - headers.get(0).position()) / (n - 1);
        double[] xy = ref.pixelSpacing().orElse(new double[] {1, 1});
        Geometry geometry = DicomGeometry.of(orientation, headers.get(0).image().position().orElseThrow(),
                new double[] {xy[0], xy[1], spacing}, normal);
        int perSlice = ref.rows() * ref.columns();
        if ((long) perSlice * n > Integer.MAX_VALUE - 16) {
            throw new InvalidInputException("the series of " + first.file() + " has " + ref.columns() + " x "
                    + ref.rows() + " x " + n + " voxels; volumes are limited to 2^31");
        }
        float[] data = new float[perSlice * n];
        parallel(n, z -> {
            Header h = headers.get(z);
            DicomPixels.decodeInto(h.data(), h.image(), data, z * perSlice);
            return null;
        });
        DicomDataSet ds = headers.get(0).data();
        Map<String, String> tags = DicomImage.tags(ds, headers.get(0).image());
        String unused = "Slice Thickness " + ds.string(DicomTags.SLICE_THICKNESS, "-") + ", Spacing Between Slices "
                + ds.string(DicomTags.SPACING_BETWEEN_SLICES, "-");
        tags.put("orientation", "Image Orientation (Patient) (0020,0037)");
        tags.put("origin", "Image Position (Patient) (0020,0032) of " + headers.get(0).file().getFileName());
        tags.put("slice spacing", String.format(Locale.ROOT, "%.6f", spacing) + " mm from the Image Position"
                + " (Patient) of " + n + " slices (not used: " + unused + ")");
        return new Result(new Volume(new GridSize(ref.columns(), ref.rows(), n), geometry, data), ref.voxelType(),
                tags);
    }

    private interface Task<T> {
        T run(int index) throws IOException;
    }

    /**
     * Runs {@code task} for 0..count-1 on a few threads and returns the results in index order; the first
     * failure (the lowest index's, so that messages do not depend on timing) is rethrown as it was.
     */
    private static Object[] parallel(int count, Task<?> task) throws IOException {
        Object[] results = new Object[count];
        Throwable[] failures = new Throwable[count];
        int threads = Math.min(READ_THREADS, count);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    results[i] = task.run(i);
                } catch (IOException | RuntimeException | Error e) {
                    failures[i] = e;
                }
            }
        };
        if (threads <= 1) {
            worker.run();
        } else {
            Thread[] pool = new Thread[threads - 1];
            for (int t = 0; t < pool.length; t++) {
                pool[t] = new Thread(worker, "osteon-dicom-read-" + t);
                pool[t].setDaemon(true);
                pool[t].start();
            }
            worker.run();
            for (Thread t : pool) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while reading DICOM files");
                }
            }
        }
        for (Throwable f : failures) {
            if (f instanceof IOException e) {
                throw e;
            }
            if (f instanceof RuntimeException e) {
                throw e;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }
        return results;
    }

    private static DicomDataSet parse(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new InvalidInputException("file " + file + " does not exist; expected a DICOM file");
        }
        return DicomParser.parse(Files.readAllBytes(file), file.toString());
    }

    private static String listing(Map<String, List<Header>> bySeries) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<Header>> e : bySeries.entrySet()) {
            b.append(b.isEmpty() ? "" : ", ").append(e.getKey().isEmpty() ? "(no UID)" : e.getKey())
                    .append(" '").append(e.getValue().get(0).description()).append("' (")
                    .append(e.getValue().size()).append(e.getValue().size() == 1 ? " file)" : " files)");
        }
        return b.toString();
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String text(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double d : v) {
            b.append(b.isEmpty() ? "" : "\\").append(d);
        }
        return b.toString();
    }

    private static List<String> clip(List<String> items) {
        return items.size() <= 10 ? items : List.of(String.join(", ", items.subList(0, 10)),
                "... " + (items.size() - 10) + " more");
    }
}
