package org.osteon.ui.results.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.OsteonViews;
import org.osteon.ui.results.HeatColours;
import org.osteon.ui.results.ResultTable;

/**
 * The result matrices of the run in focus, one at a time: a table with the row labels and one column per column
 * label, each cell as results/NAME.csv writes it (with the confidence interval when recorded) on a heat colour
 * scaled to the matrix's range. "Copy as CSV" copies exactly that file's content.
 */
public final class ResultsView extends ViewPart {

    /** Ids of the view's actions (toolbar and context menu). */
    public static final String COPY_CSV = "org.osteon.ui.results.copyCsv";
    public static final String SHOW_CURVES = "org.osteon.ui.results.showCurves";
    public static final String SHOW_REPORT = "org.osteon.ui.results.showReport";

    private FollowedRun run;
    private Combo selector;
    private Label info;
    private TableViewer viewer;
    private List<ResultTable> tables = List.of();
    private ResultTable shown;
    private double[] range = {Double.NaN, Double.NaN};

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(parent);
        Label matrix = new Label(parent, SWT.NONE);
        matrix.setText("Matrix:");
        selector = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(selector);
        selector.addListener(SWT.Selection, e -> show(selector.getSelectionIndex()));
        info = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(info);
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(viewer.getControl());

        IAction copy = new Action("Copy as CSV") {
            @Override
            public void run() {
                copyCsv();
            }
        };
        copy.setId(COPY_CSV);
        copy.setToolTipText("Copy the matrix as the engine writes results/NAME.csv");
        IAction curves = showView(SHOW_CURVES, "Training curves", OsteonViews.CURVES,
                "Show this run's training curves");
        IAction report = showView(SHOW_REPORT, "Report", OsteonViews.REPORT, "Show this run's HTML report");
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(copy);
        toolbar.add(curves);
        toolbar.add(report);
        MenuManager menu = new MenuManager();
        menu.add(copy);
        menu.add(new Separator());
        menu.add(curves);
        menu.add(report);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);

        run = new FollowedRun(parent.getDisplay(), f -> load());
        load();
    }

    private IAction showView(String actionId, String label, String id, String tip) {
        IAction a = new Action(label) {
            @Override
            public void run() {
                try {
                    getSite().getPage().showView(id);
                } catch (PartInitException e) {
                    OsteonUi.log("cannot show " + label + ": " + e.getMessage());
                }
            }
        };
        a.setId(actionId);
        a.setToolTipText(tip);
        return a;
    }

    /** Reads the matrices of the followed run again, keeping the matrix shown when it is still there. */
    void load() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Path folder = run.folder();
        String before = shown == null ? null : shown.name();
        String problem = null;
        try {
            tables = folder == null ? List.of() : ResultTable.read(folder);
        } catch (IOException e) {
            tables = List.of();
            problem = e.getMessage();
        }
        selector.setItems(matrixNames().toArray(String[]::new));
        int index = Math.max(0, matrixNames().indexOf(before));
        show(tables.isEmpty() ? -1 : index);
        if (folder == null) {
            info.setText("No run in focus: select one in the Experiments view.");
        } else if (problem != null) {
            info.setText(problem);
        } else if (tables.isEmpty()) {
            info.setText("No result matrices (yet) in " + folder);
        }
        info.setToolTipText(folder == null ? null : folder.toString());
        selector.getParent().layout(true, true);
    }

    private void show(int index) {
        shown = index < 0 || index >= tables.size() ? null : tables.get(index);
        if (index >= 0 && selector.getSelectionIndex() != index) {
            selector.select(index);
        }
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            if (shown == null) {
                viewer.setInput(new Object[0]);
                range = new double[] {Double.NaN, Double.NaN};
                return;
            }
            range = shown.range();
            ResultTable t = shown;
            TableViewerColumn rowLabels = new TableViewerColumn(viewer, SWT.NONE);
            rowLabels.getColumn().setText("row");
            rowLabels.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return t.matrix().rowLabels().get((Integer) element);
                }
            });
            for (int c = 0; c < t.columns(); c++) {
                TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
                column.getColumn().setText(t.matrix().columnLabels().get(c));
                column.setLabelProvider(new Cells(t, c));
            }
            viewer.setInput(IntStream.range(0, t.rows()).boxed().toArray());
            for (TableColumn c : table.getColumns()) {
                c.pack();
                c.setWidth(c.getWidth() + 12);
            }
            String unit = t.matrix().unit().isEmpty() ? "" : " [" + t.matrix().unit() + "]";
            info.setText(t.matrix().description() + unit + "   " + t.rows() + " x " + t.columns() + ", min "
                    + range[0] + ", max " + range[1]);
        } finally {
            table.setRedraw(true);
        }
    }

    /** One matrix column: text as in the CSV, heat-coloured background, readable text colour. */
    private final class Cells extends ColumnLabelProvider {
        private final ResultTable table;
        private final int column;

        Cells(ResultTable table, int column) {
            this.table = table;
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return table.cellText((Integer) element, column);
        }

        @Override
        public Color getBackground(Object element) {
            int rgb = heat((Integer) element, column);
            return rgb < 0 ? null : color(rgb);
        }

        @Override
        public Color getForeground(Object element) {
            int rgb = heat((Integer) element, column);
            return rgb < 0 ? null : color(HeatColours.text(rgb));
        }
    }

    private int heat(int row, int column) {
        double v = shown == null ? Double.NaN : shown.value(row, column);
        return Double.isFinite(v) && !Double.isNaN(range[0]) ? HeatColours.colour(v, range[0], range[1]) : -1;
    }

    private static Color color(int rgb) {
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    /** Puts the shown matrix's CSV on the clipboard. */
    public void copyCsv() {
        if (shown == null) {
            return;
        }
        Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
        try {
            clipboard.setContents(new Object[] {csv()}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    /** The names of the followed run's matrices, in the selector's order. */
    public List<String> matrixNames() {
        List<String> names = new ArrayList<>();
        for (ResultTable t : tables) {
            names.add(t.name());
        }
        return names;
    }

    /** Shows the matrix named {@code name}. */
    public void select(String name) {
        int index = matrixNames().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no matrix " + name + " in " + matrixNames());
        }
        show(index);
    }

    /** The text of the table's cell of matrix row {@code row} and column {@code column}, as displayed. */
    public String cellText(int row, int column) {
        return viewer.getTable().getItem(row).getText(column + 1);
    }

    /** The background of that cell as displayed (null when it has no heat colour). */
    public RGB cellBackground(int row, int column) {
        Color c = viewer.getTable().getItem(row).getBackground(column + 1);
        return c == null ? null : c.getRGB();
    }

    /** The shown matrix as the engine's results/NAME.csv holds it (empty when none is shown). */
    public String csv() {
        return shown == null ? "" : shown.csv();
    }

    /** The run folder shown (null when no run is in focus). */
    public Path folder() {
        return run.folder();
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        // the selector, not the table: GTK selects a focused table's first row, hiding its heat colours
        selector.setFocus();
    }

    @Override
    public void dispose() {
        if (run != null) {
            run.dispose();
        }
        super.dispose();
    }
}
