package org.osteon.ui.viewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registry;
import org.osteon.io.VolumeReaders;
import org.osteon.reporting.HeatmapOverlay;

/**
 * Reads what the viewer shows with the installed readers, choosing the reader as the engine's readVolume step
 * does ({@link VolumeReaders#find}), and turns every failure into an {@link InvalidInputException} whose
 * message names the file and what was expected, for the view to show.
 */
final class ImageFiles {

    /** A landmark: a point in pixel coordinates of the image (x to the right, y down a radiograph). */
    record Landmark(double x, double y) {
    }

    private ImageFiles() {
    }

    /** A read through a reader that may fail with an IOException. */
    private interface Read<T> {
        T read(VolumeReader reader) throws IOException;
    }

    static Volume readVolume(Registry<ReaderDescriptor> readers, Location location, Path base, String what) {
        return read(readers, location, base, what, r -> r.read(location, base));
    }

    static LabelMap readLabels(Registry<ReaderDescriptor> readers, Location location, Path base, String what) {
        return read(readers, location, base, what, r -> r.readLabels(location, base));
    }

    private static <T> T read(Registry<ReaderDescriptor> readers, Location location, Path base, String what,
            Read<T> read) {
        ReaderDescriptor reader = reader(readers, location, base, what);
        try {
            return read.read(reader.create());
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(location, what, reader, e);
        }
    }

    private static ReaderDescriptor reader(Registry<ReaderDescriptor> readers, Location location, Path base,
            String what) {
        Optional<Path> file = location.file(base == null ? Path.of("") : base);
        if (file.isPresent() && !Files.exists(VolumeReaders.probedPath(file.get()))) {
            throw new InvalidInputException("cannot open " + what + " " + file.get() + ": there is no such file");
        }
        return VolumeReaders.find(readers, location, base).orElseThrow(() -> new InvalidInputException("cannot open "
                + what + " " + location + ": no installed reader reads it; expected an image or volume file ("
                + VolumeReaders.supportedPatterns(readers.all()) + ") or a location a reader understands"));
    }

    private static InvalidInputException unreadable(Location location, String what, ReaderDescriptor reader,
            Exception e) {
        String why = e instanceof NoSuchFileException ? "there is no such file"
                : e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return new InvalidInputException("cannot read " + what + " " + location + " as " + reader.name() + ": " + why,
                e);
    }

    /**
     * Heat values in [0, 1]: kept as they are when they already lie in [0, 1], divided by 255 when they lie in
     * [0, 255] (a grey PNG), otherwise scaled from their range.
     */
    static float[] normalisedHeat(Volume heat) {
        float[] range = heat.range();
        float[] d = heat.data();
        float[] out = new float[d.length];
        double offset = 0;
        double scale = 1;
        if (range[0] >= 0 && range[1] <= 1) {
            scale = 1;
        } else if (range[0] >= 0 && range[1] <= 255) {
            scale = 255;
        } else {
            offset = range[0];
            scale = range[1] > range[0] ? range[1] - range[0] : 1;
        }
        for (int i = 0; i < d.length; i++) {
            out[i] = (float) ((d[i] - offset) / scale);
        }
        return out;
    }

    /**
     * The heat of {@code heat} on {@code image}'s grid: the same grid as it is, or for a 2D image a 2D heat map of
     * any size resized bilinearly (as the report's Grad-CAM overlay does).
     */
    static float[] heatOnGrid(Volume heat, Volume image, Path file) {
        float[] h = normalisedHeat(heat);
        if (heat.size().equals(image.size())) {
            return h;
        }
        if (heat.size().nz() == 1 && image.size().nz() == 1) {
            return HeatmapOverlay.resize(h, heat.size().nx(), heat.size().ny(), image.size().nx(), image.size().ny());
        }
        throw new InvalidInputException("heat map " + file + " has size " + heat.size() + " but the image has size "
                + image.size() + "; a heat map must be 2D on a 2D image (it is resized) or match the volume voxel"
                + " for voxel");
    }

    /**
     * The landmarks of a CSV file: with a header naming columns {@code x} and {@code y} (any case; other columns
     * such as an image or landmark name are ignored), those columns of each row; without one, the first two
     * numbers of each line. Blank lines and lines starting with # are skipped.
     */
    static List<Landmark> readLandmarks(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("cannot open landmarks " + file + ": there is no such file");
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("cannot read landmarks " + file + ": " + e.getMessage()
                    + "; expected a CSV text file of x,y pixel coordinates", e);
        }
        List<Landmark> out = new ArrayList<>();
        int xColumn = 0;
        int yColumn = 1;
        boolean first = true;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("[,;\\t]");
            if (first) {
                first = false;
                int[] header = header(cells);
                if (header != null) {
                    xColumn = header[0];
                    yColumn = header[1];
                    continue;
                }
            }
            try {
                out.add(new Landmark(number(cells, xColumn), number(cells, yColumn)));
            } catch (RuntimeException e) {
                throw new InvalidInputException("landmarks " + file + " line " + (n + 1) + " '" + line
                        + "' has no x,y pixel coordinates; expected rows of numbers x,y (or columns named x and y)");
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("landmarks " + file + " holds no points; expected rows x,y of pixel"
                    + " coordinates (or columns named x and y)");
        }
        return out;
    }

    /**
     * The indices of columns x and y of a header line: those named x and y, else the first two when the line does
     * not start with two numbers; null when the line is data.
     */
    private static int[] header(String[] cells) {
        int x = -1;
        int y = -1;
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip().replace("\"", "").toLowerCase(Locale.ROOT);
            if (c.equals("x") && x < 0) {
                x = i;
            } else if (c.equals("y") && y < 0) {
                y = i;
            }
        }
        if (x >= 0 && y >= 0) {
            return new int[] {x, y};
        }
        boolean data = cells.length >= 2 && isNumber(cells[0].strip()) && isNumber(cells[1].strip());
        return data ? null : new int[] {0, 1};
    }

    private static double number(String[] cells, int column) {
        return Double.parseDouble(cells[column].strip().replace("\"", ""));
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.replace("\"", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
