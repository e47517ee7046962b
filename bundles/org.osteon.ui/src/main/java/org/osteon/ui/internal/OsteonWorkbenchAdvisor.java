package org.osteon.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.OsteonViews;

/** Starts the workbench in the Osteon perspective and opens the file or run folder given on the command line. */
public final class OsteonWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Optional<Path> open;
    private final Runnable started;

    public OsteonWorkbenchAdvisor(Optional<Path> open) {
        this(open, () -> {
        });
    }

    /** {@code started} runs on the UI thread once the window is open (tests wait for it). */
    public OsteonWorkbenchAdvisor(Optional<Path> open, Runnable started) {
        this.open = open;
        this.started = started;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // the layout is the perspective's, every start: no stale state from an earlier version
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return OsteonViews.PERSPECTIVE;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new OsteonWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        try {
            openGiven();
        } finally {
            started.run();
        }
    }

    private void openGiven() {
        if (open.isEmpty()) {
            return;
        }
        IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path p = open.get();
        try {
            if (Files.isDirectory(p)) {
                OsteonUi.showRun(page, p);
            } else {
                OsteonUi.openExperiment(page, p);
            }
        } catch (PartInitException e) {
            OsteonUi.log("cannot open " + p + ": " + e.getMessage());
        }
    }
}
