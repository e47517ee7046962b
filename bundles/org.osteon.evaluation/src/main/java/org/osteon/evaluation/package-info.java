/** Osteon Evaluation. */
package org.osteon.evaluation;
