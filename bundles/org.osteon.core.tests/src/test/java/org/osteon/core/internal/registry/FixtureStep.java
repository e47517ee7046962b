package org.osteon.core.internal.registry;

import org.osteon.core.image.Volume;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;

/** Fixture step contributed by this test bundle: multiplies a volume by "factor". */
public class FixtureStep implements Step {

    @Override
    public void run(StepContext context) {
        Volume in = context.input("volume", Volume.class);
        float[] out = in.data().clone();
        float f = (float) context.real("factor");
        for (int i = 0; i < out.length; i++) {
            out[i] *= f;
        }
        context.publish("volume", new Volume(in.size(), in.geometry(), out));
    }
}
