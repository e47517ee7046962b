/**
 * Data sets of 2D images with labels: {@link org.osteon.core.dataset.Dataset} (samples with subject, split,
 * targets, attributes and optional {@link org.osteon.core.dataset.Landmarks}), and the
 * {@link org.osteon.core.dataset.DatasetReader} contract that dataset-index readers (MURA, KNEEL/OAI, RSNA
 * bone age...) implement and contribute as {@code <datasetReader>} elements of {@code org.osteon.core.readers}.
 */
package org.osteon.core.dataset;
