/**
 * Test support for the command line: one {@code osteon} command run in the test's JVM. Only for test bundles
 * that have org.osteon.app in their runtime (this bundle imports it optionally).
 */
package org.osteon.testing.app;
