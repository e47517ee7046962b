/** CSV index parsing shared by the dataset readers. */
package org.osteon.io.internal.dataset;
