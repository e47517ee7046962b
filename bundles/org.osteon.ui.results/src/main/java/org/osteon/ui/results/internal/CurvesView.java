package org.osteon.ui.results.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.osteon.ui.results.TrainingCurves;

/**
 * The training curves of the run in focus: its results/history.csv drawn per epoch, one coloured line per
 * series (split and column), toggled in the check list beside the plot. The file is checked every second
 * and the plot redrawn when it changed, so the curves grow while the run trains.
 */
public final class CurvesView extends ViewPart {

    /** How often the history file is checked, in milliseconds. */
    static final int POLL_MS = 1000;

    /** Distinguishable line colours (Okabe-Ito, then a few more), cycled. */
    private static final int[] PALETTE = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000,
            0x7F3C8D, 0x11A579, 0xF2B701};
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private FollowedRun run;
    private Label info;
    private Canvas canvas;
    private Table legend;
    private final Set<String> hidden = new HashSet<>();
    private final Map<String, Image> swatches = new LinkedHashMap<>();
    private TrainingCurves curves = TrainingCurves.NONE;
    private String stamp = "";
    private String problem;
    private final Runnable poll = this::poll;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
        info = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(info);
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        legend = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(false, true).hint(170, SWT.DEFAULT).applyTo(legend);
        legend.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
                setVisible(item.getText(), item.getChecked());
            }
        });
        hidden.add(TrainingCurves.LEARNING_RATE);
        getViewSite().getActionBars().getToolBarManager().add(new Action("Reload") {
            @Override
            public void run() {
                stamp = "";
                poll();
            }
        });
        run = new FollowedRun(parent.getDisplay(), f -> {
            stamp = "";
            reload();
        });
        reload();
        parent.getDisplay().timerExec(POLL_MS, poll);
    }

    /** Checks the followed run's history file; reads and redraws it when its size or time changed. */
    private void poll() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        run.checkMoved();
        String now = stamp(file());
        if (!now.equals(stamp)) {
            reload();
        }
        canvas.getDisplay().timerExec(POLL_MS, poll);
    }

    private Path file() {
        return run.folder() == null ? null : TrainingCurves.historyFile(run.folder());
    }

    private static String stamp(Path file) {
        if (file == null) {
            return "none";
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toMillis() + "#" + a.fileKey();
        } catch (IOException e) {
            return "missing";
        }
    }

    private void reload() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        Path file = file();
        stamp = stamp(file);
        problem = null;
        try {
            curves = file == null ? TrainingCurves.NONE : TrainingCurves.read(file);
        } catch (IOException | RuntimeException e) {
            curves = TrainingCurves.NONE;
            problem = e.getMessage();
        }
        if (file == null) {
            info.setText("No run in focus: select one in the Experiments view.");
        } else if (problem != null) {
            info.setText(problem);
        } else if (curves.pointCount() == 0) {
            info.setText("No training history (yet): " + file);
        } else {
            info.setText(curves.pointCount() + " epoch(s) of " + file);
        }
        updateLegend();
        canvas.redraw();
    }

    private void updateLegend() {
        if (legend.getItemCount() == curves.series().size()) {
            int i = 0;
            boolean same = true;
            for (String name : curves.series().keySet()) {
                same &= legend.getItem(i++).getText().equals(name);
            }
            if (same) {
                return;
            }
        }
        legend.removeAll();
        int i = 0;
        for (String name : curves.series().keySet()) {
            TableItem item = new TableItem(legend, SWT.NONE);
            item.setText(name);
            item.setChecked(!hidden.contains(name));
            item.setImage(swatch(name, colour(i++)));
        }
    }

    private Image swatch(String name, Color colour) {
        Image old = swatches.get(name);
        if (old != null && !old.isDisposed()) {
            old.dispose();
        }
        Image image = new Image(legend.getDisplay(), 14, 10);
        GC gc = new GC(image);
        try {
            gc.setBackground(colour);
            gc.fillRectangle(0, 0, 14, 10);
        } finally {
            gc.dispose();
        }
        swatches.put(name, image);
        return image;
    }

    private static Color colour(int index) {
        int rgb = PALETTE[index % PALETTE.length];
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        Color grid = new Color(0xE0, 0xE0, 0xE0);
        gc.setForeground(black);
        int x0 = area.x + LEFT;
        int x1 = area.x + area.width - RIGHT;
        int y0 = area.y + area.height - BOTTOM;
        int y1 = area.y + TOP;
        if (x1 - x0 < 20 || y0 - y1 < 20) {
            return;
        }
        int[] epochs = curves.epochs();
        if (epochs.length == 0) {
            String text = problem != null ? problem : "No training history to draw";
            Point size = gc.textExtent(text);
            gc.drawText(text, (x0 + x1 - size.x) / 2, (y0 + y1 - size.y) / 2, true);
            gc.drawLine(x0, y0, x1, y0);
            gc.drawLine(x0, y0, x0, y1);
            return;
        }
        double xMin = epochs[0];
        double xMax = epochs[epochs.length - 1];
        if (xMax == xMin) {
            xMin -= 1;
            xMax += 1;
        }
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, double[]> s : curves.series().entrySet()) {
            if (!hidden.contains(s.getKey())) {
                for (double v : s.getValue()) {
                    if (Double.isFinite(v)) {
                        yMin = Math.min(yMin, v);
                        yMax = Math.max(yMax, v);
                    }
                }
            }
        }
        if (yMin > yMax) {
            yMin = 0;
            yMax = 1;
        }
        if (yMax == yMin) {
            double pad = yMin == 0 ? 1 : Math.abs(yMin) * 0.1;
            yMin -= pad;
            yMax += pad;
        }
        double[] yTicks = ticks(yMin, yMax, Math.max(2, (y0 - y1) / 40));
        yMin = Math.min(yMin, yTicks[0]);
        yMax = Math.max(yMax, yTicks[yTicks.length - 1]);
        double[] xTicks = ticks(xMin, xMax, Math.max(2, (x1 - x0) / 70));
        // grid, ticks and labels
        for (double t : yTicks) {
            int y = scale(t, yMin, yMax, y0, y1);
            gc.setForeground(grid);
            gc.drawLine(x0 + 1, y, x1, y);
            gc.setForeground(black);
            gc.drawLine(x0 - 4, y, x0, y);
            String label = label(t, yTicks);
            Point size = gc.textExtent(label);
            gc.drawText(label, x0 - 6 - size.x, y - size.y / 2, true);
        }
        for (double t : xTicks) {
            if (t < xMin - 1e-9 || t > xMax + 1e-9 || t != Math.rint(t)) {
                continue;
            }
            int x = scale(t, xMin, xMax, x0, x1);
            gc.setForeground(grid);
            gc.drawLine(x, y0 - 1, x, y1);
            gc.setForeground(black);
            gc.drawLine(x, y0, x, y0 + 4);
            String label = Long.toString(Math.round(t));
            Point size = gc.textExtent(label);
            gc.drawText(label, x - size.x / 2, y0 + 6, true);
        }
        gc.setForeground(black);
        gc.drawLine(x0, y0, x1, y0);
        gc.drawLine(x0, y0, x0, y1);
        String xTitle = "epoch";
        Point size = gc.textExtent(xTitle);
        gc.drawText(xTitle, (x0 + x1 - size.x) / 2, y0 + 6 + size.y, true);
        // the series
        gc.setLineWidth(2);
        int i = 0;
        for (Map.Entry<String, double[]> s : curves.series().entrySet()) {
            Color c = colour(i++);
            if (hidden.contains(s.getKey())) {
                continue;
            }
            gc.setForeground(c);
            gc.setBackground(c);
            double[] v = s.getValue();
            int px = -1;
            int py = -1;
            for (int k = 0; k < v.length; k++) {
                if (!Double.isFinite(v[k])) {
                    px = -1;
                    continue;
                }
                int x = scale(epochs[k], xMin, xMax, x0, x1);
                int y = scale(v[k], yMin, yMax, y0, y1);
                if (px >= 0) {
                    gc.drawLine(px, py, x, y);
                }
                gc.fillOval(x - 3, y - 3, 7, 7);
                px = x;
                py = y;
            }
        }
        gc.setLineWidth(1);
    }

    private static int scale(double v, double min, double max, int from, int to) {
        return (int) Math.round(from + (v - min) / (max - min) * (to - from));
    }

    /** About {@code count} round tick values (1, 2 or 5 times a power of ten apart) covering min..max. */
    static double[] ticks(double min, double max, int count) {
        double raw = (max - min) / Math.max(1, count);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) {
                break;
            }
        }
        double first = Math.floor(min / step) * step;
        double last = Math.ceil(max / step) * step;
        int n = (int) Math.round((last - first) / step) + 1;
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = first + k * step;
        }
        return t;
    }

    private static String label(double value, double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        if (Math.abs(value) >= 1e5 || step < 1e-4) {
            return String.format(Locale.ROOT, "%.2g", value);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(value) < step / 2 ? 0.0 : value);
    }

    /** Shows or hides the series {@code name}. */
    public void setVisible(String name, boolean visible) {
        if (visible) {
            hidden.remove(name);
        } else {
            hidden.add(name);
        }
        for (TableItem item : legend.getItems()) {
            if (item.getText().equals(name)) {
                item.setChecked(visible);
            }
        }
        canvas.redraw();
    }

    /** The series drawn from the history file, by name ("train loss", "valid loss", ..., "lr"). */
    public Map<String, double[]> series() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        curves.series().forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** The names of the series drawn now (checked in the list). */
    public Set<String> visibleSeries() {
        Set<String> shown = new java.util.LinkedHashSet<>(curves.series().keySet());
        shown.removeAll(hidden);
        return shown;
    }

    /** The number of epochs read. */
    public int pointCount() {
        return curves.pointCount();
    }

    /** The run folder shown (null when no run is in focus). */
    public Path folder() {
        return run.folder();
    }

    public Canvas canvas() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (run != null) {
            run.dispose();
        }
        if (canvas != null && !canvas.isDisposed()) {
            canvas.getDisplay().timerExec(-1, poll);
        }
        for (Image i : swatches.values()) {
            i.dispose();
        }
        super.dispose();
    }
}
