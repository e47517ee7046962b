/** Implementation of org.osteon.preprocess; not API. */
package org.osteon.preprocess.internal;
