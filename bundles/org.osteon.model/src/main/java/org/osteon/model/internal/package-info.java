/** Implementation of org.osteon.model; not API. */
package org.osteon.model.internal;
