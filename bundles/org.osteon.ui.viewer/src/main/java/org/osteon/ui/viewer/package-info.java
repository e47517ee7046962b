/**
 * The workbench's image viewer: volumes as axial, coronal or sagittal slices with window/level, label maps
 * and Grad-CAM heat maps as coloured overlays, and landmarks, read with the installed readers.
 */
package org.osteon.ui.viewer;
