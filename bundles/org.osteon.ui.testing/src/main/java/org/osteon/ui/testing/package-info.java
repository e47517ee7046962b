/** Starts and drives the real Osteon workbench in UI tests, and saves screenshots. */
package org.osteon.ui.testing;
