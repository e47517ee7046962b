/** Osteon Experiment Engine. */
package org.osteon.engine;
