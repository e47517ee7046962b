/** Osteon Image I/O. */
package org.osteon.io;
