/** Implementation of org.osteon.app; not API. */
package org.osteon.app.internal;
