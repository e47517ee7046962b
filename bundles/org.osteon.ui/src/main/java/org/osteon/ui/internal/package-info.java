/** The workbench application, its advisors and perspective, and the navigator, console and registry views. */
package org.osteon.ui.internal;
