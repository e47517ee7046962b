/**
 * Osteon Reporting: the result-table format of a run folder ({@code results/<matrix>.csv}), written by
 * {@link org.osteon.reporting.MatrixCsvWriter} and read back by {@link org.osteon.reporting.MatrixCsvReader}.
 * The reporters themselves are contributed through {@code org.osteon.core.reporters} and are not API.
 */
package org.osteon.reporting;
