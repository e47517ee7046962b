/** Implementation of org.osteon.evaluation; not API. */
package org.osteon.evaluation.internal;
