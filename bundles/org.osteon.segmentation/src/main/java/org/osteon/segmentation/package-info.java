/** Osteon Segmentation. */
package org.osteon.segmentation;
