package org.osteon.core.metric;

import org.osteon.core.image.LabelMap;

/** A number comparing a predicted label map with a reference for one label (Dice, Jaccard...). */
public interface LabelMetric {

    double compute(LabelMap predicted, LabelMap reference, int label);
}
