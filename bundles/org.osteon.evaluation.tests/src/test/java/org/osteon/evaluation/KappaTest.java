package org.osteon.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kappa and its confidence interval against worked examples printed in published sources. */
class KappaTest {

    /**
     * Bonett's statpsych package (R), documentation of {@code ci.kappa(.05, 31, 12, 4, 58)}, which prints for
     * Cohen's kappa: estimate 0.6756757, SE 0.07344761, limits 0.5317210 and 0.8196303 (Fleiss, Levin and
     * Paik 2003's large-sample standard error).
     */
    @Test
    void statpsychWorkedExample() {
        Kappa k = new ConfusionMatrix(new long[][] {{31, 12}, {4, 58}}).kappa();
        assertEquals(0.6756757, k.value(), 5e-8);
        assertEquals(0.07344761, k.standardError(), 5e-9);
        assertEquals(0.5317210, k.low(), 5e-8);
        assertEquals(0.8196303, k.high(), 5e-8);
        assertEquals(105, k.n());
    }

    /**
     * SAS/STAT PROC FREQ "Agreement Study" (skin condition rated by two dermatologists, 4 x 4 table): simple
     * kappa 0.3449, ASE 0.0724, 95% confidence limits 0.2030 and 0.4868.
     */
    @Test
    void sasSkinConditionExample() {
        Kappa k = new ConfusionMatrix(new long[][] {{10, 4, 1, 0}, {5, 10, 12, 2}, {2, 4, 12, 5}, {0, 2, 6, 13}})
                .kappa();
        assertEquals(0.3449, k.value(), 5e-5);
        assertEquals(0.0724, k.standardError(), 5e-5);
        assertEquals(0.2030, k.low(), 5e-5);
        assertEquals(0.4868, k.high(), 5e-5);
        // observed agreement 45/88; chance agreement from the margins (17 20 31 20) x (15 29 23 21) / 88^2
        assertEquals(45.0 / 88, k.observedAgreement(), 1e-15);
        assertEquals((17.0 * 15 + 29 * 20 + 23 * 31 + 21 * 20) / (88.0 * 88), k.expectedAgreement(), 1e-15);
    }

    /** Cohen's 1960 approximation sqrt(po (1 - po) / (n (1 - pe)^2)), by hand for the 2 x 2 example. */
    @Test
    void simpleStandardErrorByHand() {
        Kappa k = new ConfusionMatrix(new long[][] {{31, 12}, {4, 58}}).kappa();
        double po = 89.0 / 105;
        double pe = (43.0 * 35 + 62 * 70) / (105.0 * 105);
        assertEquals((po - pe) / (1 - pe), k.value(), 1e-15);
        assertEquals(Math.sqrt(po * (1 - po) / (105 * (1 - pe) * (1 - pe))), k.simpleStandardError(), 1e-15);
    }

    @Test
    void perfectAgreementHasZeroWidthAndChanceOnlyIsNaN() {
        Kappa perfect = new ConfusionMatrix(new long[][] {{7, 0}, {0, 3}}).kappa();
        assertEquals(1.0, perfect.value(), 1e-15);
        assertEquals(0.0, perfect.standardError(), 1e-7);
        // both raters used one class only: kappa is 0/0, NaN as scikit-learn gives
        assertTrue(Double.isNaN(new ConfusionMatrix(new long[][] {{9, 0}, {0, 0}}).kappa().value()));
    }
}
