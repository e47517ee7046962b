/**
 * Readers of published data set layouts: {@link org.osteon.io.dataset.MuraReader} (MURA v1.1),
 * {@link org.osteon.io.dataset.KneelReader} (KNEEL / OAI knee landmarks) and
 * {@link org.osteon.io.dataset.BoneAgeReader} (RSNA pediatric bone age). See DATASETS.md in this bundle.
 */
package org.osteon.io.dataset;
