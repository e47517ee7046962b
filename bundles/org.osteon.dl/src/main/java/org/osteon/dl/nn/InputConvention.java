package org.osteon.dl.nn;

import java.util.List;

/**
 * What a network expects as input, for users and for checks before a forward pass: the channel count, the
 * per-channel normalisation applied to values in [0, 1] ((x - mean) / std), the spatial size it was trained
 * at and the smallest size its down-sampling accepts (on every spatial axis, also after inflation to 3D).
 */
public record InputConvention(int channels, List<Double> mean, List<Double> std, int trainedSize, int minimumSize) {

    public InputConvention {
        mean = List.copyOf(mean);
        std = List.copyOf(std);
        if (channels <= 0 || mean.size() != channels || std.size() != channels || trainedSize <= 0 || minimumSize <= 0) {
            throw new IllegalArgumentException("an input convention needs positive sizes and one mean and std per channel");
        }
    }

    /** torchvision's ImageNet classifiers: RGB, ImageNet mean and std, trained at {@code trainedSize}. */
    public static InputConvention imagenet(int trainedSize, int minimumSize) {
        return new InputConvention(3, List.of(0.485, 0.456, 0.406), List.of(0.229, 0.224, 0.225), trainedSize, minimumSize);
    }

    /** One line for people: channels, normalisation and sizes. */
    public String describe() {
        return channels + " channels" + (channels == 3 ? " (RGB" : "") + " with values in [0, 1], then (x - mean) / std per channel with mean "
                + mean + " and std " + std + "; trained at " + trainedSize + " x " + trainedSize + ", at least "
                + minimumSize + " on every spatial axis";
    }
}
