package org.osteon.phantom;

import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;

/**
 * A synthetic knee CT with its ground truth.
 *
 * @param volume the CT in HU
 * @param labels the reference segmentation: {@link KneeCtPhantom#FEMUR} = 1, {@link KneeCtPhantom#TIBIA} = 2,
 *            0 everywhere else (the patella-like blob, its bridge and the speck are not bone labels)
 * @param structures every synthetic structure: 1 femur, 2 tibia, {@link KneeCtPhantom#BLOB} = 3,
 *            {@link KneeCtPhantom#BRIDGE} = 4, {@link KneeCtPhantom#SPECK} = 5, 0 soft tissue and air
 * @param seed the seed it was generated with
 */
public record KneeCt(Volume volume, LabelMap labels, LabelMap structures, long seed) {
}
