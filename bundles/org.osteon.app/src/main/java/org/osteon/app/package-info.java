/** Osteon Command Line. */
package org.osteon.app;
