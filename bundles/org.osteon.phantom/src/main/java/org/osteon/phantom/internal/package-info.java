/** Implementation of org.osteon.phantom; not API. */
package org.osteon.phantom.internal;
