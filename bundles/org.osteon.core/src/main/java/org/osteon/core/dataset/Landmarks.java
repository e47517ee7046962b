package org.osteon.core.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Named groups of points on a 2D image, e.g. "tibia" (9 points along the tibial plateau) and "femur" (7 points
 * along the femoral condyles) of a knee radiograph.
 * <p>
 * Coordinates are in pixels of the image the sample names: {@code x} is the column and {@code y} the row,
 * 0-based, with the origin at the top-left corner (the centre of the top-left pixel is (0, 0)). Distances in
 * mm follow from {@link #spacing()} when the pixel spacing is known.
 *
 * @param groups  the point groups in a stable order (insertion order is kept); each list is unmodifiable
 * @param spacing the pixel spacing of the image, when known
 */
public record Landmarks(Map<String, List<Point>> groups, Optional<PixelSpacing> spacing) {

    /** A point in pixel coordinates: x = column, y = row. */
    public record Point(double x, double y) {

        public Point {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("a landmark needs finite coordinates, got (" + x + ", " + y + ")");
            }
        }

        /** Euclidean distance in pixels. */
        public double distance(Point other) {
            return Math.hypot(x - other.x, y - other.y);
        }
    }

    public Landmarks {
        Map<String, List<Point>> copy = new LinkedHashMap<>();
        groups.forEach((name, points) -> copy.put(name, List.copyOf(points)));
        groups = Collections.unmodifiableMap(copy);
        spacing = spacing == null ? Optional.empty() : spacing;
    }

    /** The points of one group, or an empty list when there is no such group. */
    public List<Point> group(String name) {
        return groups.getOrDefault(name, List.of());
    }

    /** All points of all groups, group after group. */
    public List<Point> all() {
        return groups.values().stream().flatMap(List::stream).toList();
    }

    /** The same groups with every point mapped by {@code f} (and the same spacing). */
    public Landmarks map(UnaryOperator<Point> f) {
        Map<String, List<Point>> out = new LinkedHashMap<>();
        groups.forEach((name, points) -> out.put(name, points.stream().map(f).toList()));
        return new Landmarks(out, spacing);
    }

    /**
     * The distance between two points in mm, from the pixel spacing; empty when the spacing is not known.
     */
    public Optional<Double> distanceMm(Point a, Point b) {
        return spacing.map(s -> Math.hypot((a.x() - b.x()) * s.x(), (a.y() - b.y()) * s.y()));
    }
}
