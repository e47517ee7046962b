/**
 * The Osteon workbench's shared API: the workspace (experiment files, examples, run folders), the run queue
 * that executes experiments as Eclipse Jobs, run summaries, and the ids of the workbench's views and editor.
 * Other {@code org.osteon.ui.*} bundles build on it; nothing below the UI depends on it.
 */
package org.osteon.ui;
