/**
 * The KNEEL knee-landmark method's parts (Tiulpin et al. 2019): the window geometry between whole radiographs,
 * half radiographs and knee ROIs ({@link org.osteon.methods.kneel.KneeWindow}), KNEEL's augmentation
 * ({@link org.osteon.methods.kneel.KneelAugmentation}), its two-pass mixup loss
 * ({@link org.osteon.methods.kneel.TwoPassMixup}), its evaluation ({@link org.osteon.methods.kneel.KneelScores}), its
 * two-stage inference ({@link org.osteon.methods.kneel.KneelInference}) and the landmark overlays
 * ({@link org.osteon.methods.kneel.KneeOverlay}). The step {@code org.osteon.methods.kneelLandmarks} composes them;
 * {@code osteon predict} runs the same inference on a finished run's models.
 */
package org.osteon.methods.kneel;
