/** Implementation of org.osteon.training; not API. */
package org.osteon.training.internal;
