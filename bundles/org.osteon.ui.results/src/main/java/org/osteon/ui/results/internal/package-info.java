/** The Results, Training curves and Report views, and how they follow the run in focus. */
package org.osteon.ui.results.internal;
