/** Osteon Model Zoo. */
package org.osteon.zoo;
