/** Implementation of org.osteon.dl; not API. */
package org.osteon.dl.internal;
