package org.osteon.evaluation;

/**
 * Cohen's kappa (Cohen 1960) with its large-sample standard error and 95% confidence interval, as MURA
 * reports it (Rajpurkar et al. 2018: finger 0.389 (0.332, 0.446)).
 * <p>
 * The standard error is the non-null large-sample one of Fleiss, Cohen and Everitt (1969), the "ASE" that SAS
 * PROC FREQ and Fleiss, Levin and Paik (2003, eq. 18.13) print: with cell proportions p_ij, row margins p_i.,
 * column margins p_.j, observed agreement p_o and chance agreement p_e,
 * <pre>
 * var = [ sum_i p_ii (1 - (p_i. + p_.i)(1 - k))^2
 *       + (1 - k)^2 sum_{i != j} p_ij (p_.i + p_j.)^2
 *       - (k - p_e (1 - k))^2 ] / (n (1 - p_e)^2)
 * </pre>
 * and the interval is k +- z SE with z = 1.959964 (the 97.5% normal quantile). It is not the simpler
 * sqrt(p_o (1 - p_o) / (n (1 - p_e)^2)) of Cohen (1960), which is also given ({@link #simpleStandardError})
 * for comparison with papers that used it.
 *
 * @param value kappa; NaN when chance agreement is 1 (both raters used one class only), as scikit-learn gives
 * @param n the number of rated samples
 */
public record Kappa(double value, double standardError, double low, double high, double observedAgreement,
        double expectedAgreement, double simpleStandardError, long n) {

    /** The 97.5% quantile of the standard normal distribution. */
    public static final double Z_975 = 1.959963984540054;

    public static Kappa of(ConfusionMatrix m) {
        int k = m.classes();
        long n = m.total();
        if (n == 0) {
            throw new IllegalArgumentException("kappa of an empty confusion matrix");
        }
        double[][] p = new double[k][k];
        double[] row = new double[k];
        double[] col = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                p[i][j] = (double) m.count(i, j) / n;
                row[i] += p[i][j];
                col[j] += p[i][j];
            }
        }
        double po = 0;
        double pe = 0;
        for (int i = 0; i < k; i++) {
            po += p[i][i];
            pe += row[i] * col[i];
        }
        double kappa = (po - pe) / (1 - pe);
        double a = 0;
        double b = 0;
        for (int i = 0; i < k; i++) {
            double t = 1 - (row[i] + col[i]) * (1 - kappa);
            a += p[i][i] * t * t;
            for (int j = 0; j < k; j++) {
                if (i != j) {
                    double s = col[i] + row[j];
                    b += p[i][j] * s * s;
                }
            }
        }
        b *= (1 - kappa) * (1 - kappa);
        double c = kappa - pe * (1 - kappa);
        // rounding can take A + B - C a hair below zero when agreement is perfect
        double se = Math.sqrt(Math.max(0, a + b - c * c)) / ((1 - pe) * Math.sqrt(n));
        double simple = Math.sqrt(po * (1 - po) / (n * (1 - pe) * (1 - pe)));
        return new Kappa(kappa, se, kappa - Z_975 * se, kappa + Z_975 * se, po, pe, simple, n);
    }
}
