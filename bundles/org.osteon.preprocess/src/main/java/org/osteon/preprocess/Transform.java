package org.osteon.preprocess;

/**
 * The transform contract: what a {@code <transform>} contribution to the
 * {@code org.osteon.preprocess.transforms} extension point implements (its {@code class} attribute is based
 * on this type). A transform is created through the transforms registry
 * ({@code Registries.transforms().get(id).create(Transform.class)}) with a public no-argument constructor and
 * configured from its declared parameters. Its applying method(s) are added with the image API they need.
 */
public interface Transform {
}
