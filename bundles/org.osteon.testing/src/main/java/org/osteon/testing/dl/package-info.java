/**
 * Test support for code on {@code org.osteon.dl}: the engine service and a tensor scope per test. Only for
 * test bundles that have org.osteon.dl in their runtime (this bundle imports it optionally).
 */
package org.osteon.testing.dl;
