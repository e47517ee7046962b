package org.osteon.ui;

/** Ids of the workbench's perspective, views and editor, shared by the org.osteon.ui.* bundles. */
public final class OsteonViews {

    public static final String PERSPECTIVE = "org.osteon.ui.perspective";
    public static final String NAVIGATOR = "org.osteon.ui.navigator";
    public static final String CONSOLE = "org.osteon.ui.console";
    public static final String REGISTRY = "org.osteon.ui.registry";
    public static final String PROGRESS = "org.eclipse.ui.views.ProgressView";
    public static final String EXPERIMENT_EDITOR = "org.osteon.ui.editor.experiment";
    public static final String RESULTS = "org.osteon.ui.results.matrix";
    public static final String CURVES = "org.osteon.ui.results.curves";
    public static final String REPORT = "org.osteon.ui.results.report";
    public static final String IMAGE_VIEWER = "org.osteon.ui.viewer.image";

    private OsteonViews() {
    }
}
