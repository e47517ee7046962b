/** The methods' steps (contributed to org.osteon.core.steps) and their training steps; not API. */
package org.osteon.methods.internal;
