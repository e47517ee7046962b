package org.osteon.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osteon.ui.OsteonWorkspace;

/** The main window: title "Osteon - workspace", status line with the progress indicator, menus. */
final class OsteonWindowAdvisor extends WorkbenchWindowAdvisor {

    OsteonWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new OsteonActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1280, 820));
        c.setShowCoolBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(false);
        c.setTitle(title(OsteonWorkspace.current()));
    }

    static String title(OsteonWorkspace workspace) {
        return "Osteon - " + workspace.root();
    }
}
