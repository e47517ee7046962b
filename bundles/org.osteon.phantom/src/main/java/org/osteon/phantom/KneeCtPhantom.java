package org.osteon.phantom;

import java.util.SplittableRandom;

import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;

/**
 * A synthetic knee CT with known ground truth, for testing segmentation and feature pipelines end to end.
 * <p>
 * The field of view is fixed at 102.4 x 102.4 x 96 mm and the caller picks the grid, so the default
 * {@link #DEFAULT_SIZE 128 x 128 x 96} has 0.8 x 0.8 x 1.0 mm voxels, 256 x 256 x 108 has 0.4 x 0.4 x
 * 0.89 mm, and so on. The geometry has identity directions and the volume centred on the world origin;
 * the z index runs feet to head, so the femur is at high z (NIfTI RAS+: +z superior).
 * <p>
 * Content, in HU: air (-1000) around a leg of soft tissue (40) with a subcutaneous fat layer (-100); the
 * femur (distal shaft, metaphysis, two condyles) above and the tibia (plateau, metaphysis, shaft) below a
 * 6 mm joint gap, each with a 2 mm cortical shell (1200) around marrow (300, with a smooth trabecular
 * texture of up to +-90 so that some marrow falls below common bone thresholds); a patella-like blob (1000)
 * in front of the femur, 4 mm away and joined to it by a thin bridge (2.4 mm across); an isolated speck
 * (1000, 3 mm across) in the soft tissue; Gaussian noise of 20 HU everywhere. The seed drives the noise
 * and the marrow texture; the anatomy is the same for every seed.
 */
public final class KneeCtPhantom {

    public static final GridSize DEFAULT_SIZE = new GridSize(128, 128, 96);
    public static final long DEFAULT_SEED = 42;

    /** Labels of {@link KneeCt#labels()} and {@link KneeCt#structures()}. */
    public static final short FEMUR = 1;
    public static final short TIBIA = 2;
    /** Structure labels that are not bone labels. */
    public static final short BLOB = 3;
    public static final short BRIDGE = 4;
    public static final short SPECK = 5;

    /** Field of view in mm. */
    public static final double FOV_X = 102.4;
    public static final double FOV_Y = 102.4;
    public static final double FOV_Z = 96.0;

    /** Tissue values in HU (before noise), noise SD, marrow texture amplitude and cortex thickness in mm. */
    public static final float AIR = -1000;
    public static final float SOFT_TISSUE = 40;
    public static final float FAT = -100;
    public static final float CORTEX = 1200;
    public static final float MARROW = 300;
    public static final float BLOB_HU = 1000;
    public static final double NOISE_SD = 20;
    public static final double TEXTURE_AMPLITUDE = 90;
    public static final double CORTEX_MM = 2.0;

    private KneeCtPhantom() {
    }

    /** The phantom at the default size and seed. */
    public static KneeCt generate() {
        return generate(DEFAULT_SIZE, DEFAULT_SEED);
    }

    /**
     * Generates the phantom on a grid of {@code size} voxels; the same size and seed give the same volume,
     * bit for bit. Each axis needs at least 16 voxels.
     */
    public static KneeCt generate(GridSize size, long seed) {
        if (size.nx() < 16 || size.ny() < 16 || size.nz() < 16) {
            throw new IllegalArgumentException("the knee phantom needs at least 16 voxels along each axis, got " + size);
        }
        double sx = FOV_X / size.nx();
        double sy = FOV_Y / size.ny();
        double sz = FOV_Z / size.nz();
        Geometry geometry = new Geometry(new double[] {sx, sy, sz},
                new double[] {-FOV_X / 2 + sx / 2, -FOV_Y / 2 + sy / 2, -FOV_Z / 2 + sz / 2},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        SplittableRandom random = new SplittableRandom(seed);
        double[][] waves = new double[3][4];
        for (double[] w : waves) {
            // random direction, wavelength 5..9 mm, random phase
            double theta = Math.acos(2 * random.nextDouble() - 1);
            double phi = 2 * Math.PI * random.nextDouble();
            double k = 2 * Math.PI / (5 + 4 * random.nextDouble());
            w[0] = k * Math.sin(theta) * Math.cos(phi);
            w[1] = k * Math.sin(theta) * Math.sin(phi);
            w[2] = k * Math.cos(theta);
            w[3] = 2 * Math.PI * random.nextDouble();
        }
        int n = size.voxelCount();
        float[] data = new float[n];
        short[] labels = new short[n];
        short[] structures = new short[n];
        int i = 0;
        for (int z = 0; z < size.nz(); z++) {
            double pz = (z + 0.5) * sz - FOV_Z / 2;
            for (int y = 0; y < size.ny(); y++) {
                double py = (y + 0.5) * sy - FOV_Y / 2;
                for (int x = 0; x < size.nx(); x++, i++) {
                    double px = (x + 0.5) * sx - FOV_X / 2;
                    float value;
                    short structure = 0;
                    if (Anatomy.femur(px, py, pz, 0)) {
                        structure = FEMUR;
                        value = Anatomy.femur(px, py, pz, CORTEX_MM) ? marrow(waves, px, py, pz) : CORTEX;
                    } else if (Anatomy.tibia(px, py, pz, 0)) {
                        structure = TIBIA;
                        value = Anatomy.tibia(px, py, pz, CORTEX_MM) ? marrow(waves, px, py, pz) : CORTEX;
                    } else if (Anatomy.blob(px, py, pz)) {
                        structure = BLOB;
                        value = BLOB_HU;
                    } else if (Anatomy.bridge(px, py, pz)) {
                        structure = BRIDGE;
                        value = BLOB_HU;
                    } else if (Anatomy.speck(px, py, pz)) {
                        structure = SPECK;
                        value = BLOB_HU;
                    } else if (Anatomy.leg(px, py, 0)) {
                        value = Anatomy.leg(px, py, Anatomy.FAT_MM) ? SOFT_TISSUE : FAT;
                    } else {
                        value = AIR;
                    }
                    structures[i] = structure;
                    labels[i] = structure == FEMUR || structure == TIBIA ? structure : 0;
                    data[i] = (float) (value + NOISE_SD * random.nextGaussian());
                }
            }
        }
        return new KneeCt(new Volume(size, geometry, data), new LabelMap(size, geometry, labels),
                new LabelMap(size, geometry, structures), seed);
    }

    private static float marrow(double[][] waves, double x, double y, double z) {
        double t = 0;
        for (double[] w : waves) {
            t += Math.cos(w[0] * x + w[1] * y + w[2] * z + w[3]);
        }
        return (float) (MARROW + TEXTURE_AMPLITUDE * t / waves.length);
    }

    /**
     * The shapes, in mm from the centre of the field of view. {@code shrink} moves surfaces inwards by that
     * many mm (approximately, for ellipsoids), which gives the marrow cavity inside the cortical shell.
     */
    static final class Anatomy {
        static final double FAT_MM = 4;

        private Anatomy() {
        }

        static boolean leg(double x, double y, double shrink) {
            return ellipse(x, y, 0, 0, 47 - shrink, 44 - shrink);
        }

        static boolean femur(double x, double y, double z, double s) {
            // distal shaft
            if (z >= 15 && ellipse(x, y, 0, 0, 12 - s, 12 - s)) {
                return true;
            }
            // metaphysis / epiphysis, then the two condyles reaching down to z = +3
            return ellipsoid(x, y, z, 0, 0, 17, 28 - s, 20 - s, 11 - s)
                    || ellipsoid(x, y, z, -14, 2, 11, 12 - s, 17 - s, 8 - s)
                    || ellipsoid(x, y, z, 14, 2, 11, 12 - s, 17 - s, 8 - s);
        }

        static boolean tibia(double x, double y, double z, double s) {
            double cy = -1;
            // plateau, top at z = -3 (6 mm below the condyles)
            if (z <= -3 - s && z >= -12 && ellipse(x, y, 0, cy, 30 - s, 21 - s)) {
                return true;
            }
            // metaphysis tapering from the plateau to the shaft
            if (z < -12 && z >= -26) {
                double t = (z + 26) / 14;
                return ellipse(x, y, 0, cy, 12 + 18 * t - s, 12 + 9 * t - s);
            }
            // shaft
            return z < -26 && ellipse(x, y, 0, cy, 12 - s, 12 - s);
        }

        static boolean blob(double x, double y, double z) {
            return ellipsoid(x, y, z, 0, 28.5, 19, 9, 4.5, 8);
        }

        static boolean bridge(double x, double y, double z) {
            return y >= 17 && y <= 25 && x * x + (z - 19) * (z - 19) <= 1.2 * 1.2;
        }

        static boolean speck(double x, double y, double z) {
            double dx = x - 32;
            double dy = y + 14;
            double dz = z + 30;
            return dx * dx + dy * dy + dz * dz <= 1.5 * 1.5;
        }

        private static boolean ellipse(double x, double y, double cx, double cy, double a, double b) {
            if (a <= 0 || b <= 0) {
                return false;
            }
            double u = (x - cx) / a;
            double v = (y - cy) / b;
            return u * u + v * v <= 1;
        }

        private static boolean ellipsoid(double x, double y, double z, double cx, double cy, double cz, double a,
                double b, double c) {
            if (a <= 0 || b <= 0 || c <= 0) {
                return false;
            }
            double u = (x - cx) / a;
            double v = (y - cy) / b;
            double w = (z - cz) / c;
            return u * u + v * v + w * w <= 1;
        }
    }
}
