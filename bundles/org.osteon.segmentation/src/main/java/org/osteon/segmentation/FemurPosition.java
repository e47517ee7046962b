package org.osteon.segmentation;

import java.util.Optional;

/**
 * Where the femur lies along the z (slice) axis of a knee volume. With NIfTI's RAS+ frame and an axial
 * acquisition whose z index runs feet to head, the femur is at high z; that is also the convention of the
 * synthetic knee CT in org.osteon.phantom.
 */
public enum FemurPosition {
    HIGH_Z("high-z"),
    LOW_Z("low-z");

    private final String id;

    FemurPosition(String id) {
        this.id = id;
    }

    /** The parameter value ("high-z" or "low-z"). */
    public String id() {
        return id;
    }

    public static Optional<FemurPosition> of(String id) {
        for (FemurPosition p : values()) {
            if (p.id.equals(id == null ? "" : id.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
