package org.osteon.dl;

import java.nio.file.Path;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.nn.Network;

/** Loads weights files (safetensors with state-dict names) into networks. */
public final class Weights {

    private Weights() {
    }

    /**
     * Reads {@code file} and copies its tensors into {@code network} (see {@link Network#loadStateDict}); the
     * file's tensors are freed again before this returns.
     *
     * @throws InvalidInputException when the file is unreadable or corrupt, or does not fit the network
     */
    public static void load(Network network, Path file, TensorScope scope) {
        try (TensorScope tmp = scope.newChild()) {
            network.loadStateDict(SafetensorsReader.read(tmp, file), "weights file " + file.getFileName());
        }
    }
}
