package org.osteon.ui.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.osteon.model.RunStatus;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.OsteonWorkspace;
import org.osteon.ui.RunJob;
import org.osteon.ui.RunQueue;
import org.osteon.ui.RunSummary;

/**
 * The workspace's experiment files and the bundled examples, each with its runs (status, date, duration, key
 * results), running and queued ones first. Double-click opens an experiment in its editor or a run's results.
 */
public final class NavigatorView extends ViewPart {

    /** A group of experiments: the workspace's own, or the examples. */
    public record Group(String label, List<ExperimentNode> experiments) {
    }

    /** An experiment file and its declared name. */
    public record ExperimentNode(Path file, String name) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private TreeViewer viewer;
    private final RunQueue.Listener runs = new RunQueue.Listener() {
        @Override
        public void queued(RunJob run) {
            refreshLater();
        }

        @Override
        public void started(RunJob run) {
            refreshLater();
        }

        @Override
        public void finished(RunJob run) {
            refreshLater();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        viewer.setAutoExpandLevel(3);
        viewer.setInput(OsteonWorkspace.current());
        getSite().setSelectionProvider(viewer);
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof RunSummary r) {
                OsteonUi.focusRun(r.folder());
            } else if (first instanceof RunJob j) {
                OsteonUi.focusRun(j.folder());
            }
        });
        viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        RunQueue.get().addListener(runs);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText("Read the workspace's experiments and runs again");
        toolbar.add(refresh);
        MenuManager menu = new MenuManager();
        menu.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    private void open(Object element) {
        try {
            if (element instanceof ExperimentNode x) {
                OsteonUi.openExperiment(getSite().getPage(), x.file());
            } else if (element instanceof RunSummary r) {
                OsteonUi.showRun(getSite().getPage(), r.folder());
            } else if (element instanceof RunJob j) {
                OsteonUi.showRun(getSite().getPage(), j.folder());
            }
        } catch (PartInitException e) {
            OsteonUi.log("cannot open " + element + ": " + e.getMessage());
        }
    }

    private void refreshLater() {
        Display display = viewer == null || viewer.getControl().isDisposed() ? null : viewer.getControl().getDisplay();
        if (display != null) {
            display.asyncExec(this::refresh);
        }
    }

    /** Reads the workspace again. */
    public void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
            viewer.expandToLevel(3);
        }
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        RunQueue.get().removeListener(runs);
        super.dispose();
    }

    /** Groups for the workspace; experiments; runs (active jobs of the file, then recorded runs, newest first). */
    static final class Content implements ITreeContentProvider {
        private Map<String, List<RunSummary>> recorded = Map.of();

        @Override
        public Object[] getElements(Object input) {
            OsteonWorkspace w = (OsteonWorkspace) input;
            recorded = new java.util.HashMap<>();
            for (RunSummary r : w.runs()) {
                recorded.computeIfAbsent(r.experimentName(), k -> new ArrayList<>()).add(r);
            }
            List<ExperimentNode> own = new ArrayList<>();
            List<ExperimentNode> examples = new ArrayList<>();
            for (Path f : w.experiments()) {
                ExperimentNode n = new ExperimentNode(f, OsteonWorkspace.experimentName(f));
                (f.startsWith(w.examplesFolder()) ? examples : own).add(n);
            }
            List<Group> groups = new ArrayList<>();
            groups.add(new Group("Experiments", own));
            groups.add(new Group("Examples", examples));
            return groups.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Group g) {
                return g.experiments().toArray();
            }
            if (parent instanceof ExperimentNode x) {
                List<Object> out = new ArrayList<>();
                for (RunJob j : RunQueue.get().active()) {
                    if (j.experimentFile().equals(x.file().toAbsolutePath().normalize())) {
                        out.add(j);
                    }
                }
                out.addAll(recorded.getOrDefault(x.name(), List.of()));
                return out.toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    /** One line per element; runs show status, start, duration and key results. */
    static final class Labels extends ColumnLabelProvider {
        @Override
        public String getText(Object e) {
            if (e instanceof Group g) {
                return g.label() + " (" + g.experiments().size() + ")";
            }
            if (e instanceof ExperimentNode x) {
                return x.name() + "  [" + x.file().getFileName() + "]";
            }
            if (e instanceof RunJob j) {
                return j.runId() + "  " + j.state();
            }
            if (e instanceof RunSummary r) {
                return label(r);
            }
            return String.valueOf(e);
        }

        static String label(RunSummary r) {
            StringBuilder sb = new StringBuilder(r.runId() == null ? r.folder().getFileName().toString() : r.runId());
            sb.append("  ").append(r.status());
            if (r.started() != null) {
                sb.append("  ").append(WHEN.format(r.started()));
            }
            r.duration().ifPresent(d -> sb.append("  ").append(String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)));
            if (!r.keyResults().isEmpty()) {
                sb.append("  ").append(String.join("; ", r.keyResults()));
            }
            return sb.toString();
        }

        @Override
        public Color getForeground(Object e) {
            Display d = Display.getCurrent();
            if (e instanceof RunSummary r && d != null) {
                return switch (r.status() == null ? RunStatus.CREATED : r.status()) {
                    case FAILED -> d.getSystemColor(SWT.COLOR_DARK_RED);
                    case CANCELLED -> d.getSystemColor(SWT.COLOR_DARK_YELLOW);
                    case SUCCEEDED -> d.getSystemColor(SWT.COLOR_DARK_GREEN);
                    default -> null;
                };
            }
            if (e instanceof RunJob && d != null) {
                return d.getSystemColor(SWT.COLOR_DARK_BLUE);
            }
            return null;
        }

        @Override
        public String getToolTipText(Object e) {
            if (e instanceof RunSummary r) {
                return r.folder().toString();
            }
            if (e instanceof ExperimentNode x) {
                return x.file().toString();
            }
            return null;
        }
    }

    /** For tests: the overrides a Run started from here uses (none: the file's own values). */
    static Map<String, String> noOverrides() {
        return Map.of();
    }
}
