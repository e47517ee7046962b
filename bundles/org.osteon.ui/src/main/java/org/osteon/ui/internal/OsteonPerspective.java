package org.osteon.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.osteon.ui.OsteonViews;

/**
 * Navigator on the left, experiment editors in the middle, results (matrix, curves, images, report) on the
 * right, console, progress and registry below.
 */
public final class OsteonPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
        left.addView(OsteonViews.NAVIGATOR);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editors);
        bottom.addView(OsteonViews.CONSOLE);
        bottom.addView(OsteonViews.PROGRESS);
        bottom.addView(OsteonViews.REGISTRY);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.5f, editors);
        right.addView(OsteonViews.RESULTS);
        right.addPlaceholder(OsteonViews.CURVES);
        right.addPlaceholder(OsteonViews.IMAGE_VIEWER);
        right.addPlaceholder(OsteonViews.REPORT);
        layout.addShowViewShortcut(OsteonViews.NAVIGATOR);
        layout.addShowViewShortcut(OsteonViews.CONSOLE);
        layout.addShowViewShortcut(OsteonViews.PROGRESS);
        layout.addShowViewShortcut(OsteonViews.REGISTRY);
        layout.addShowViewShortcut(OsteonViews.RESULTS);
        layout.addShowViewShortcut(OsteonViews.CURVES);
        layout.addShowViewShortcut(OsteonViews.IMAGE_VIEWER);
        layout.addShowViewShortcut(OsteonViews.REPORT);
    }
}
