package org.osteon.segmentation;


import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.progress.CancelledException;
import org.osteon.core.progress.ProgressMonitor;

/**
 * Classical segmentation of the femur and tibia in a knee CT (values in HU), giving a label map with
 * {@link #FEMUR} = 1, {@link #TIBIA} = 2 and 0 elsewhere. Stages:
 * <ol>
 * <li>threshold at {@code boneThreshold} HU;</li>
 * <li>binary closing (26-neighbourhood, {@code closingIterations} voxels) and hole filling, in 3D and per
 * axial slice, so that low-density marrow becomes part of the bone;</li>
 * <li>3D connected components (6-neighbourhood);</li>
 * <li>distance-transform watershed: markers are the cores at least {@code markerMinDistance} mm inside the
 * bone, so a blob joined to a bone by a bridge narrower than twice that distance (patella, osteophyte)
 * gets a basin of its own. Within each connected component the largest basin is the body; a basin of at
 * most {@code maxDetachedFraction} of the body's size is a detached blob and is dropped, a larger one
 * becomes a region of its own (this is how a femur and tibia touching across a narrow joint space are
 * told apart). Components too thin to hold any marker stay whole;</li>
 * <li>minimum-size filtering ({@link SizeFilter}, per slab of slices if configured);</li>
 * <li>the two largest remaining regions are the femur and the tibia, told apart by their centroid along z
 * ({@link FemurPosition}); other remaining regions (a separate fibula, fragments) are not labelled. A
 * single remaining region is the femur when its centroid is on the femur's half of the volume.</li>
 * </ol>
 * Instances are immutable and can be shared; create them with {@link #builder()}.
 */
public final class KneeBoneSegmenter {

    public static final short FEMUR = 1;
    public static final short TIBIA = 2;

    private static final int STAGES = 8;

    /** The label map and what each stage did, for logs and run notes. */
    public record Result(LabelMap labels, int components, int detachedBlobs, int smallRegions,
            int unlabelledRegions) {

        public int femurVoxels() {
            return labels.count(FEMUR);
        }

        public int tibiaVoxels() {
            return labels.count(TIBIA);
        }
    }

    private final double boneThreshold;
    private final int closingIterations;
    private final double markerMinDistance;
    private final double maxDetachedFraction;
    private final SizeFilter sizeFilter;
    private final FemurPosition femurAt;

    private KneeBoneSegmenter(Builder b) {
        boneThreshold = b.boneThreshold;
        closingIterations = b.closingIterations;
        markerMinDistance = b.markerMinDistance;
        maxDetachedFraction = b.maxDetachedFraction;
        sizeFilter = b.sizeFilter;
        femurAt = b.femurAt;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Segments with no progress reporting. */
    public Result segment(Volume volume) {
        return segment(volume, ProgressMonitor.none());
    }

    /**
     * Segments {@code volume}; reports one unit of progress per stage and stops with a
     * {@link CancelledException} between stages when the monitor is cancelled.
     */
    public Result segment(Volume volume, ProgressMonitor monitor) {
        GridSize size = volume.size();
        double[] spacing = volume.geometry().spacing();
        monitor.begin("Segmenting femur and tibia", STAGES);

        stage(monitor, "threshold at " + boneThreshold + " HU");
        boolean[] mask = Threshold.atLeast(volume.data(), boneThreshold);
        monitor.worked(1);

        stage(monitor, "closing and hole filling");
        if (closingIterations > 0) {
            mask = Morphology.close(mask, size, Connectivity.TWENTY_SIX, closingIterations);
        }
        mask = Morphology.fillHolesPerSlice(Morphology.fillHoles(mask, size), size);
        monitor.worked(1);

        stage(monitor, "connected components");
        Components components = ConnectedComponents.label(mask, size, Connectivity.SIX);
        monitor.worked(1);

        stage(monitor, "distance transform");
        float[] distance = DistanceTransform.euclidean(mask, size, spacing);
        monitor.worked(1);

        stage(monitor, "watershed");
        Components markers = Watershed.markers(distance, mask, size, markerMinDistance);
        Components basins = Watershed.flood(distance, mask, markers, Connectivity.SIX);
        int[] detached = new int[1];
        Components regions = regions(components, basins, detached);
        monitor.worked(1);

        stage(monitor, "size filter");
        Components kept = sizeFilter.apply(regions);
        int small = regions.bySize().length - kept.count();
        monitor.worked(1);

        stage(monitor, "femur and tibia");
        short[] labels = new short[size.voxelCount()];
        int[] order = kept.bySize();
        int femur = 0;
        int tibia = 0;
        if (order.length >= 2) {
            double z0 = kept.centroid(order[0])[2];
            double z1 = kept.centroid(order[1])[2];
            boolean firstIsHigher = z0 >= z1;
            boolean femurHigh = femurAt == FemurPosition.HIGH_Z;
            femur = firstIsHigher == femurHigh ? order[0] : order[1];
            tibia = femur == order[0] ? order[1] : order[0];
        } else if (order.length == 1) {
            double z = kept.centroid(order[0])[2];
            boolean upperHalf = z >= (size.nz() - 1) / 2.0;
            if (upperHalf == (femurAt == FemurPosition.HIGH_Z)) {
                femur = order[0];
            } else {
                tibia = order[0];
            }
        }
        for (int i = 0; i < labels.length; i++) {
            int r = kept.labelAt(i);
            if (r != 0) {
                labels[i] = r == femur ? FEMUR : r == tibia ? TIBIA : 0;
            }
        }
        monitor.worked(1);

        stage(monitor, "done");
        monitor.worked(1);
        monitor.done();
        int unlabelled = Math.max(0, order.length - 2);
        return new Result(new LabelMap(size, volume.geometry(), labels), components.count(), detached[0], small,
                unlabelled);
    }

    /**
     * The regions after the watershed: per connected component its largest basin, its other basins that are
     * too large to count as detached blobs, and nothing of the blobs; a component without markers stays whole.
     */
    private Components regions(Components components, Components basins, int[] detachedCount) {
        int nComp = components.count();
        int nBasin = basins.count();
        int[] basinComponent = new int[nBasin + 1];
        int n = components.gridSize().voxelCount();
        for (int i = 0; i < n; i++) {
            int b = basins.labelAt(i);
            if (b != 0) {
                basinComponent[b] = components.labelAt(i);
            }
        }
        int[] body = new int[nComp + 1];
        for (int b = 1; b <= nBasin; b++) {
            int c = basinComponent[b];
            if (c != 0 && basins.size(b) > 0 && (body[c] == 0 || basins.size(b) > basins.size(body[c]))) {
                body[c] = b;
            }
        }
        boolean[] detached = new boolean[nBasin + 1];
        for (int b = 1; b <= nBasin; b++) {
            int c = basinComponent[b];
            if (c != 0 && b != body[c] && basins.size(b) > 0
                    && basins.size(b) <= maxDetachedFraction * basins.size(body[c])) {
                detached[b] = true;
                detachedCount[0]++;
            }
        }
        // region ids: components 1..nComp (those without markers, and each body), then nComp + basin
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int c = components.labelAt(i);
            if (c == 0) {
                continue;
            }
            int b = basins.labelAt(i);
            out[i] = b == 0 || b == body[c] ? c : detached[b] ? 0 : nComp + b;
        }
        return new Components(components.gridSize(), out, nComp + nBasin);
    }

    private static void stage(ProgressMonitor monitor, String name) {
        CancelledException.checkCanceled(monitor, "in knee bone segmentation before " + name);
        monitor.subTask(name);
    }

    public double boneThreshold() {
        return boneThreshold;
    }

    public int closingIterations() {
        return closingIterations;
    }

    public double markerMinDistance() {
        return markerMinDistance;
    }

    public double maxDetachedFraction() {
        return maxDetachedFraction;
    }

    public SizeFilter sizeFilter() {
        return sizeFilter;
    }

    public FemurPosition femurAt() {
        return femurAt;
    }

    /** Settings with defaults; every {@code opt} method may be skipped. */
    public static final class Builder {
        private double boneThreshold = 200;
        private int closingIterations = 1;
        private double markerMinDistance = 2.5;
        private double maxDetachedFraction = 0.25;
        private SizeFilter sizeFilter = SizeFilter.of(1000);
        private FemurPosition femurAt = FemurPosition.HIGH_Z;

        private Builder() {
        }

        /** HU at and above which a voxel counts as bone (default 200). */
        public Builder optBoneThreshold(double hu) {
            boneThreshold = hu;
            return this;
        }

        /** Radius in voxels of the closing before hole filling (default 1; 0 = none). */
        public Builder optClosingIterations(int iterations) {
            closingIterations = iterations;
            return this;
        }

        /** Depth in mm a voxel must have inside the bone to seed a watershed marker (default 2.5). */
        public Builder optMarkerMinDistance(double mm) {
            markerMinDistance = mm;
            return this;
        }

        /** Largest size of a detached basin relative to its component's body (default 0.25). */
        public Builder optMaxDetachedFraction(double fraction) {
            maxDetachedFraction = fraction;
            return this;
        }

        /** Minimum region sizes (default 1000 voxels everywhere). */
        public Builder optSizeFilter(SizeFilter filter) {
            sizeFilter = filter;
            return this;
        }

        /** Where the femur lies along z (default high z). */
        public Builder optFemurAt(FemurPosition position) {
            femurAt = position;
            return this;
        }

        public KneeBoneSegmenter build() {
            if (!Double.isFinite(boneThreshold)) {
                throw new IllegalArgumentException("bone threshold must be a finite number of HU, got " + boneThreshold);
            }
            if (closingIterations < 0) {
                throw new IllegalArgumentException("closing iterations must be >= 0, got " + closingIterations);
            }
            if (!(markerMinDistance > 0) || Double.isInfinite(markerMinDistance)) {
                throw new IllegalArgumentException("marker minimum distance must be a positive number of mm, got "
                        + markerMinDistance);
            }
            if (!(maxDetachedFraction >= 0 && maxDetachedFraction <= 1)) {
                throw new IllegalArgumentException("maximum detached fraction must be in [0, 1], got " + maxDetachedFraction);
            }
            if (sizeFilter == null || femurAt == null) {
                throw new IllegalArgumentException("size filter and femur position must be set");
            }
            return new KneeBoneSegmenter(this);
        }
    }
}
