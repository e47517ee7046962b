/**
 * Osteon Deep Learning: the engine service ({@link org.osteon.dl.DeepLearningEngine}), tensors in scopes
 * ({@link org.osteon.dl.Tensor}, {@link org.osteon.dl.TensorScope}), safetensors weights, image-to-tensor
 * conversion ({@link org.osteon.dl.ImageTensors}) and layer features ({@link org.osteon.dl.LayerFeatures}).
 * No DJL type appears in this API.
 */
package org.osteon.dl;
