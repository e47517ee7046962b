package org.osteon.reporting;

/**
 * Principal component analysis of a point set (embeddings), for 2D projections in reports. The components
 * are eigenvectors of the covariance matrix (divisor n - 1): up to 256 dimensions by a cyclic Jacobi
 * eigen-decomposition of the covariance, beyond by subspace iteration on the centred data (X^T X v, never
 * forming the d x d covariance, so 1664-dimensional features stay cheap) with a Rayleigh-Ritz step, starting
 * from a fixed basis. No randomness: the same points always give the same result.
 * <p>
 * Sign convention (an eigenvector's sign is arbitrary): each component is flipped so that its
 * largest-magnitude loading is positive (the first such coordinate on ties), as scikit-learn's
 * {@code svd_flip} does on the components.
 *
 * @param mean the mean point that was subtracted
 * @param components unit loading vectors, largest variance first ({@code components[k][j]})
 * @param variances the variance along each component
 */
public record Pca(double[] mean, double[][] components, double[] variances) {

    private static final int MAX_ITERATIONS = 3000;

    /** Up to this many dimensions (embeddings of 128 or 256) the covariance is decomposed directly. */
    static final int DIRECT_MAX_DIMENSIONS = 256;

    /** The first {@code k} principal components of {@code points} (n x d, n >= 2). */
    public static Pca fit(double[][] points, int k) {
        int n = points.length;
        if (n < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 points, got " + n);
        }
        int d = points[0].length;
        if (k < 1 || k > d) {
            throw new IllegalArgumentException("PCA: " + k + " components of " + d + "-dimensional points");
        }
        double[] mean = new double[d];
        for (double[] p : points) {
            if (p.length != d) {
                throw new IllegalArgumentException("PCA: points of " + d + " and " + p.length + " dimensions");
            }
            for (int j = 0; j < d; j++) {
                mean[j] += p[j] / n;
            }
        }
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = points[i][j] - mean[j];
            }
        }
        if (d <= DIRECT_MAX_DIMENSIONS) {
            return direct(x, mean, k);
        }
        // extra vectors speed convergence of the wanted ones (rate lambda_{m+1} / lambda_k)
        int m = Math.min(d, k + 8);
        double[][] q = new double[m][d];
        for (int a = 0; a < m; a++) {
            for (int j = 0; j < d; j++) {
                // fixed, non-degenerate start: a smooth function of (a, j), not random
                q[a][j] = Math.cos((a + 1) * (j + 1) * 0.7390851332) + (j == a ? 1 : 0);
            }
        }
        orthonormalise(q);
        double[] ritz = new double[m];
        double[][] vectors = q;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[][] z = new double[m][];
            for (int a = 0; a < m; a++) {
                z[a] = covarianceTimes(x, q[a]);
            }
            // Rayleigh-Ritz: eigen-decompose Q^T C Q, rotate Q onto its eigenvectors
            double[][] h = new double[m][m];
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    h[a][b] = dot(q[a], z[b]);
                }
            }
            double[][] eig = new double[m][m];
            double[] values = jacobi(h, eig);
            double[][] rotated = new double[m][d];
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    for (int j = 0; j < d; j++) {
                        rotated[a][j] += eig[b][a] * q[b][j];
                    }
                }
            }
            boolean converged = it > 0;
            for (int a = 0; a < k; a++) {
                // Ritz values settle long before the vectors do: check both
                converged &= Math.abs(values[a] - ritz[a]) <= 1e-14 * Math.max(values[0], Double.MIN_NORMAL)
                        && 1 - Math.abs(dot(rotated[a], vectors[a])) <= 1e-15;
            }
            vectors = rotated;
            ritz = values;
            if (converged) {
                break;
            }
            // next basis: C applied to the current one, re-orthonormalised
            q = new double[m][];
            for (int a = 0; a < m; a++) {
                double[] za = new double[d];
                for (int b = 0; b < m; b++) {
                    for (int j = 0; j < d; j++) {
                        za[j] += eig[b][a] * z[b][j];
                    }
                }
                q[a] = za;
            }
            orthonormalise(q);
        }
        return signed(mean, vectors, ritz, k);
    }

    /** Jacobi eigen-decomposition of the whole covariance matrix: exact to rounding, for small d. */
    private static Pca direct(double[][] x, double[] mean, int k) {
        int d = mean.length;
        double[][] c = new double[d][d];
        for (double[] row : x) {
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    c[i][j] += row[i] * row[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                c[i][j] /= x.length - 1;
                c[j][i] = c[i][j];
            }
        }
        double[][] eig = new double[d][];
        double[] values = jacobi(c, eig);
        double[][] vectors = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int j = 0; j < d; j++) {
                vectors[a][j] = eig[j][a];
            }
        }
        return signed(mean, vectors, values, k);
    }

    private static Pca signed(double[] mean, double[][] vectors, double[] values, int k) {
        int d = mean.length;
        double[][] components = new double[k][];
        double[] variances = new double[k];
        for (int a = 0; a < k; a++) {
            double[] v = vectors[a].clone();
            int big = 0;
            for (int j = 1; j < d; j++) {
                if (Math.abs(v[j]) > Math.abs(v[big]) + 1e-12) {
                    big = j;
                }
            }
            if (v[big] < 0) {
                for (int j = 0; j < d; j++) {
                    v[j] = -v[j];
                }
            }
            components[a] = v;
            variances[a] = values[a];
        }
        return new Pca(mean, components, variances);
    }

    /** {@code points} in component coordinates (n x k). */
    public double[][] transform(double[][] points) {
        double[][] out = new double[points.length][components.length];
        for (int i = 0; i < points.length; i++) {
            for (int a = 0; a < components.length; a++) {
                double s = 0;
                for (int j = 0; j < mean.length; j++) {
                    s += (points[i][j] - mean[j]) * components[a][j];
                }
                out[i][a] = s;
            }
        }
        return out;
    }

    /** The 2D projection of {@code points} on their first two principal components. */
    public static double[][] project2d(double[][] points) {
        return fit(points, 2).transform(points);
    }

    /** Float rows (as networks give embeddings) widened to double. */
    public static double[][] widen(float[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new double[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                out[i][j] = rows[i][j];
            }
        }
        return out;
    }

    private static double[] covarianceTimes(double[][] x, double[] v) {
        int d = v.length;
        double[] out = new double[d];
        for (double[] row : x) {
            double s = dot(row, v);
            for (int j = 0; j < d; j++) {
                out[j] += s * row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            out[j] /= x.length - 1;
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    /** Modified Gram-Schmidt, twice for stability; a vector that (nearly) vanishes is replaced by a unit axis. */
    private static void orthonormalise(double[][] q) {
        for (int pass = 0; pass < 2; pass++) {
            int tries = 0;
            for (int a = 0; a < q.length; a++) {
                double before = Math.sqrt(dot(q[a], q[a]));
                for (int b = 0; b < a; b++) {
                    double p = dot(q[a], q[b]);
                    for (int j = 0; j < q[a].length; j++) {
                        q[a][j] -= p * q[b][j];
                    }
                }
                double norm = Math.sqrt(dot(q[a], q[a]));
                if (!(norm > 1e-9 * before) && tries <= q[a].length) {
                    // (nearly) in the span of the earlier vectors, e.g. C v = 0 for a direction the points do not
                    // span: what is left is rounding noise, so take the next unit axis instead
                    int axis = (a + tries++) % q[a].length;
                    q[a] = new double[q[a].length];
                    q[a][axis] = 1;
                    a--;
                    continue;
                }
                for (int j = 0; j < q[a].length; j++) {
                    q[a][j] /= norm;
                }
            }
        }
    }

    /**
     * Cyclic Jacobi eigen-decomposition of the small symmetric matrix {@code a}; eigenvalues are returned in
     * descending order, the eigenvector of value i in column i of {@code vectors}.
     */
    private static double[] jacobi(double[][] a0, double[][] vectors) {
        int m = a0.length;
        double[][] a = new double[m][];
        for (int i = 0; i < m; i++) {
            a[i] = a0[i].clone();
            vectors[i] = new double[m];
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diagonal = 0;
            for (int p = 0; p < m; p++) {
                diagonal += a[p][p] * a[p][p];
                for (int r = p + 1; r < m; r++) {
                    off += a[p][r] * a[p][r];
                }
            }
            if (off <= 1e-34 * diagonal || off < 1e-300) {
                break;
            }
            for (int p = 0; p < m; p++) {
                for (int r = p + 1; r < m; r++) {
                    if (a[p][r] == 0) {
                        continue;
                    }
                    double theta = (a[r][r] - a[p][p]) / (2 * a[p][r]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int i = 0; i < m; i++) {
                        double aip = a[i][p];
                        double air = a[i][r];
                        a[i][p] = c * aip - s * air;
                        a[i][r] = s * aip + c * air;
                    }
                    for (int i = 0; i < m; i++) {
                        double api = a[p][i];
                        double ari = a[r][i];
                        a[p][i] = c * api - s * ari;
                        a[r][i] = s * api + c * ari;
                    }
                    for (int i = 0; i < m; i++) {
                        double vip = vectors[i][p];
                        double vir = vectors[i][r];
                        vectors[i][p] = c * vip - s * vir;
                        vectors[i][r] = s * vip + c * vir;
                    }
                }
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
        double[] values = new double[m];
        double[][] sorted = new double[m][m];
        for (int c = 0; c < m; c++) {
            values[c] = a[order[c]][order[c]];
            for (int i = 0; i < m; i++) {
                sorted[i][c] = vectors[i][order[c]];
            }
        }
        for (int i = 0; i < m; i++) {
            vectors[i] = sorted[i];
        }
        return values;
    }
}
