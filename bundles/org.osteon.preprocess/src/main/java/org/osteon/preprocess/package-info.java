/** Osteon Preprocessing. */
package org.osteon.preprocess;
