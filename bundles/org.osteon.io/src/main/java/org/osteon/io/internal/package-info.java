/** Implementation of org.osteon.io; not API. */
package org.osteon.io.internal;
