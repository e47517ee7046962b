/**
 * Test support shared by the {@code .tests} bundles: repository files, plugin.xml contributions as the
 * extension registry sees them, and float-array comparisons. Never part of the product.
 */
package org.osteon.testing;
