package org.osteon.methods;

import java.nio.file.Path;
import java.util.List;

/**
 * What the Siamese embedding step hands to the classifier step: the trained backbone with its embedding head
 * (a checkpoint file whose model tensors carry torchvision names), how it was built and fed, and the
 * embedding of every image.
 *
 * @param model          backbone id in the models registry
 * @param embeddingSize  embedding size
 * @param preprocessing  input preparation
 * @param gradCamLayer   the backbone module Grad-CAM reads
 * @param weights        safetensors file holding the trained network's state dict
 * @param images         every image of the train and valid splits with its embedding, in data set order
 * @param trainLoss      embedding loss of the last epoch on the train split
 * @param validLoss      embedding loss of the last epoch on the valid split (NaN without validation)
 * @param history        the training's {@code history.csv}
 */
public record Embeddings(String model, int embeddingSize, RadiographPreprocessing preprocessing, String gradCamLayer, Path weights,
        List<Image> images, double trainLoss, double validLoss, Path history) {

    /** One image: where it is, its study and split, the study label (1 abnormal) and its embedding. */
    public record Image(String id, Path file, String split, String study, int label, float[] embedding) {
    }

    public Embeddings {
        images = List.copyOf(images);
    }
}
