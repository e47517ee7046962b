/** Osteon Training. */
package org.osteon.training;
