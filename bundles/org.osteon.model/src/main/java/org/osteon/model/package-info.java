/** Osteon Experiment Model. */
package org.osteon.model;
