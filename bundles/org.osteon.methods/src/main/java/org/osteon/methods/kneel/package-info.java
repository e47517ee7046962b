/**
 * The KNEEL knee-landmark method's parts (Tiulpin et al. 2019): the window geometry between whole radiographs,
 * half radiographs and knee ROIs ({@link org.osteon.methods.kneel.KneeWindow}), KNEEL's augmentation
 * ({@link org.osteon.methods.kneel.KneelAugmentation}), its two-pass mixup loss
 * ({@link org.osteon.methods.kneel.TwoPassMixup}) and its evaluation ({@link org.osteon.methods.kneel.KneelScores}).
 * The step {@code org.osteon.methods.kneelLandmarks} composes them.
 */
package org.osteon.methods.kneel;
