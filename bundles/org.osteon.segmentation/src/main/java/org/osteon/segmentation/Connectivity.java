package org.osteon.segmentation;

/** Which voxels count as neighbours in 3D: those sharing a face (6) or a face, edge or corner (26). */
public enum Connectivity {
    /** Face neighbours. */
    SIX,
    /** Face, edge and corner neighbours. */
    TWENTY_SIX;

    /** Neighbour offsets as {dx, dy, dz} triples, flattened. */
    int[] offsets() {
        if (this == SIX) {
            return new int[] {-1, 0, 0, 1, 0, 0, 0, -1, 0, 0, 1, 0, 0, 0, -1, 0, 0, 1};
        }
        int[] o = new int[26 * 3];
        int n = 0;
        for (int dz = -1; dz <= 1; dz++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (dx != 0 || dy != 0 || dz != 0) {
                        o[n++] = dx;
                        o[n++] = dy;
                        o[n++] = dz;
                    }
                }
            }
        }
        return o;
    }

    /** Number of neighbours. */
    public int count() {
        return this == SIX ? 6 : 26;
    }
}
