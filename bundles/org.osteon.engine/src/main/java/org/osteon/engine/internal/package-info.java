/** Implementation of org.osteon.engine; not API. */
package org.osteon.engine.internal;
