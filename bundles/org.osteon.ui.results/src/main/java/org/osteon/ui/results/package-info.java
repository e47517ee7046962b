/**
 * What the workbench's result views show of a run, without SWT: its result matrices with their CSV tables and
 * confidence intervals, the series of its training history, and the heat colour map.
 */
package org.osteon.ui.results;
