/**
 * The reporters of org.osteon.reporting ({@code org.osteon.reporting.csv}, {@code org.osteon.reporting.html})
 * and the HTML/SVG rendering behind them; not API.
 */
package org.osteon.reporting.internal;
