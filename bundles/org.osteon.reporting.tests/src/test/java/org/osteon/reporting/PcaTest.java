package org.osteon.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PcaTest {

    private static final double R = Math.sqrt(0.5);

    /**
     * Points 3a u1 + b u2 + c with a, b in {-1, 1}, u1 = (1, 1, 0)/sqrt 2, u2 = (0, 0, 1), centre c: the
     * covariance has eigenvalues 12 (3^2 * 4/3) and 4/3 along u1 and u2, and the projection of each point
     * is (3a, b). Sign convention: u1's largest loadings tie (x and y), the first is made positive.
     */
    @Test
    void projectionOfAKnownPointSet() {
        double[] c = {5, -2, 7};
        double[][] points = new double[4][];
        double[][] expected = new double[4][];
        int i = 0;
        for (int a = -1; a <= 1; a += 2) {
            for (int b = -1; b <= 1; b += 2) {
                points[i] = new double[] {c[0] + 3 * a * R, c[1] + 3 * a * R, c[2] + b};
                expected[i++] = new double[] {3 * a, b};
            }
        }
        Pca pca = Pca.fit(points, 2);
        assertArrayEquals(c, pca.mean(), 1e-12);
        assertArrayEquals(new double[] {R, R, 0}, pca.components()[0], 1e-12);
        assertArrayEquals(new double[] {0, 0, 1}, pca.components()[1], 1e-12);
        assertArrayEquals(new double[] {12, 4.0 / 3}, pca.variances(), 1e-12);
        double[][] xy = pca.transform(points);
        for (int k = 0; k < 4; k++) {
            assertArrayEquals(expected[k], xy[k], 1e-12, "point " + k);
        }
    }

    /** The sign convention holds whatever the input order or a global sign flip of the data. */
    @Test
    void signsAreFixedByTheLargestLoading() {
        double[][] points = {{2, 0.1, 0}, {-2, -0.1, 0.2}, {1, 0.5, -0.1}, {-1, -0.5, 0.1}, {0.3, 0, -0.2}};
        double[][] flipped = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            flipped[i] = new double[] {-points[i][0], -points[i][1], -points[i][2]};
        }
        Pca a = Pca.fit(points, 2);
        Pca b = Pca.fit(flipped, 2);
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(a.components()[k], b.components()[k], 1e-10);
            double[] v = a.components()[k];
            int big = 0;
            for (int j = 1; j < 3; j++) {
                big = Math.abs(v[j]) > Math.abs(v[big]) ? j : big;
            }
            assertEquals(true, v[big] > 0, "largest loading of component " + k + " positive");
        }
        // the first component of this cloud lies along x: its variance is that of the data's x mostly
        assertEquals(true, a.variances()[0] > a.variances()[1]);
    }
}
