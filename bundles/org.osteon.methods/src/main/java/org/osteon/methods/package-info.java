/**
 * Published methods composed from the platform's bundles: the MURA finger-abnormality method (Siamese embedding
 * network, classifier on the embeddings, study scores, Grad-CAM) and the trained model that {@code osteon predict}
 * applies ({@link org.osteon.methods.FingerModel}, {@link org.osteon.methods.ModelCard},
 * {@link org.osteon.methods.RadiographPreprocessing}).
 */
package org.osteon.methods;
