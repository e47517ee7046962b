package org.osteon.ui.results.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.part.ViewPart;
import org.osteon.ui.OsteonUi;

/**
 * The HTML report of the run in focus (its report.html) in an embedded browser where the platform has one;
 * otherwise (no WebKitGTK, for instance) a panel that names the file and opens it in the desktop's browser.
 */
public final class ReportView extends ViewPart {

    /** How the report is shown. */
    public enum Mode {
        /** in the view, by SWT's Browser */
        EMBEDDED,
        /** named in the view, opened outside the workbench on request */
        OUTSIDE
    }

    public static final String REPORT_FILE_NAME = "report.html";

    private FollowedRun run;
    private Mode mode;
    private Browser browser;
    private Composite stack;
    private Composite fallback;
    private Label title;
    private Label detail;
    private Link link;
    private Path shown;
    private IAction openOutside;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        stack = new Composite(parent, SWT.NONE);
        StackLayout layout = new StackLayout();
        stack.setLayout(layout);
        Composite holder = new Composite(stack, SWT.NONE);
        holder.setLayout(new FillLayout());
        try {
            browser = new Browser(holder, SWT.NONE);
            mode = Mode.EMBEDDED;
        } catch (SWTError e) {
            // no browser engine on this platform (WebKitGTK missing): name the file and open it outside
            holder.dispose();
            holder = null;
            browser = null;
            mode = Mode.OUTSIDE;
        }
        fallback = new Composite(stack, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(12, 12).spacing(6, 10).applyTo(fallback);
        title = new Label(fallback, SWT.WRAP);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        detail = new Label(fallback, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(detail);
        link = new Link(fallback, SWT.NONE);
        link.addListener(SWT.Selection, e -> openOutside());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(link);
        layout.topControl = mode == Mode.EMBEDDED ? holder : fallback;

        openOutside = new Action("Open outside") {
            @Override
            public void run() {
                openOutside();
            }
        };
        openOutside.setToolTipText("Open report.html in the desktop's web browser");
        getViewSite().getActionBars().getToolBarManager().add(openOutside);

        run = new FollowedRun(parent.getDisplay(), f -> show());
        show();
    }

    /** Shows the report of the followed run, or says there is none. */
    private void show() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        Path folder = run.folder();
        Path file = folder == null ? null : folder.resolve(REPORT_FILE_NAME);
        shown = file != null && Files.isRegularFile(file) ? file : null;
        openOutside.setEnabled(shown != null);
        if (mode == Mode.EMBEDDED) {
            if (shown != null) {
                browser.setUrl(shown.toUri().toString());
            } else {
                browser.setText("<html><body style=\"font-family: sans-serif; color: #555\"><p>"
                        + escape(message(folder)) + "</p></body></html>");
            }
            return;
        }
        if (shown != null) {
            title.setText("Report: " + shown.getFileName() + " of " + folder.getFileName());
            detail.setText("This platform has no embedded web browser (WebKitGTK is missing), so the report opens"
                    + " in the desktop's browser.\n" + shown);
            link.setText("<a>Open " + shown.getFileName() + " in the web browser</a>");
        } else {
            title.setText("No report");
            detail.setText(message(folder));
            link.setText("");
        }
        fallback.layout(true, true);
    }

    private static String message(Path folder) {
        return folder == null ? "No run in focus: select one in the Experiments view."
                : "No " + REPORT_FILE_NAME + " (yet) in " + folder;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void openOutside() {
        if (shown != null && !Program.launch(shown.toString())) {
            OsteonUi.log("no program opens " + shown);
        }
    }

    /** How the report is shown: in the view, or named and opened outside. */
    public Mode mode() {
        return mode;
    }

    /** The report file shown (empty when the run in focus has none). */
    public Optional<Path> shownFile() {
        return Optional.ofNullable(shown);
    }

    /** The fallback panel's text (title, detail and link), for tests. */
    public String fallbackText() {
        return title.getText() + "\n" + detail.getText() + "\n" + link.getText();
    }

    /** The embedded browser (null in {@link Mode#OUTSIDE}). */
    public Browser browser() {
        return browser;
    }

    /** The view's top control. */
    public Composite control() {
        return stack;
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        if (run != null) {
            run.dispose();
        }
        super.dispose();
    }
}
