/**
 * Layers and networks with PyTorch semantics and torchvision state-dict names: {@link org.osteon.dl.nn.Module}
 * and its layers, {@link org.osteon.dl.nn.Network}, {@link org.osteon.dl.nn.NetworkFactory} (what the zoo
 * contributes), deterministic {@link org.osteon.dl.nn.Initialization} and 2D-to-3D
 * {@link org.osteon.dl.nn.Inflation}. Import {@code org.osteon.dl.nn.Module} explicitly: the simple name
 * also names {@code java.lang.Module}.
 */
package org.osteon.dl.nn;
