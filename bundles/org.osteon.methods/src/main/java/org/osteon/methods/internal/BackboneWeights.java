package org.osteon.methods.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.osteon.core.io.Checksums;
import org.osteon.core.step.StepContext;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.zoo.Heads;

/** The optional {@code weights} parameter of a method step: a backbone in torchvision names, or seeded random weights. */
final class BackboneWeights {

    private BackboneWeights() {
    }

    /**
     * Loads the step's {@code weights} file into {@code network}'s backbone and notes it with its sha256; without one,
     * warns with {@code randomWarning} (what random weights mean for this method) and notes the seed.
     */
    static void loadOrWarn(StepContext context, Network network, TensorScope scope, long seed, String randomWarning)
            throws IOException {
        Optional<Path> weights = context.file("weights");
        if (weights.isPresent()) {
            Heads.loadBackbone(network, weights.get(), scope);
            context.note("backbone weights", weights.get() + " (sha256 " + Checksums.sha256(weights.get()) + ")");
        } else {
            context.warn(randomWarning);
            context.note("backbone weights", "random (torchvision initialisation), step seed " + seed);
        }
    }
}
