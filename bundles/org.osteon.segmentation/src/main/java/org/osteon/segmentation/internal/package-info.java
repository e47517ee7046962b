/** Implementation of org.osteon.segmentation; not API. */
package org.osteon.segmentation.internal;
