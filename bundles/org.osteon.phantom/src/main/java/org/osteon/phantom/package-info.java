/** Osteon Phantoms. */
package org.osteon.phantom;
