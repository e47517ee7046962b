package org.osteon.ui.viewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.part.ViewPart;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.Registry;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.viewer.ImageFiles.Landmark;

/**
 * The Image Viewer: any image or volume the installed readers read (the reader the engine would choose), opened
 * by drag and drop, Open... or from the run in focus (its experiment's image and the label maps it wrote).
 * Volumes show as axial, coronal or sagittal slices at their physical aspect, with slice scrolling (mouse wheel,
 * slider) and window/level; label maps, Grad-CAM heat maps and landmarks are drawn over the image. Problems are
 * shown in the view's message line.
 */
public final class ImageViewerView extends ViewPart {

    /** Window presets: name, low, high (null bounds: the data range). */
    private record Preset(String name, Double low, Double high) {
    }

    private static final List<Preset> PRESETS = List.of(new Preset("Data range", null, null),
            new Preset("Bone (W 2000, L 500)", -500.0, 1500.0), new Preset("Soft tissue (W 400, L 40)", -160.0, 240.0),
            new Preset("Custom", null, null));

    private static final RGB LANDMARK = new RGB(255, 255, 0);
    private static final int CROSS = 6;

    private final SliceRenderer renderer = new SliceRenderer();
    private Registry<ReaderDescriptor> readers;
    private Orientation orientation = Orientation.AXIAL;
    private int slice;
    private String imageName = "";
    private float[] range = {0, 1};
    private List<Landmark> landmarks = List.of();
    private List<Path> runImages = List.of();
    private String message = "Drop an image or volume here, or use Open...";
    private boolean error;

    private ImageData sliceData;
    private Image scaled;
    private boolean updating;
    /** Counts what was shown (refreshes) and which of them the pane has painted. */
    private long shown;
    private long painted = -1;

    private Label messageLabel;
    private Label infoLabel;
    private Combo orientationCombo;
    private Scale sliceScale;
    private Label sliceLabel;
    private Spinner lowSpinner;
    private Spinner highSpinner;
    private Combo presetCombo;
    private Scale labelOpacity;
    private Scale heatOpacity;
    private SashForm sash;
    private Canvas canvas;
    private org.eclipse.swt.widgets.List runList;
    private Action openRun;
    private final Consumer<Path> runFocus = run -> {
        Display d = canvas == null || canvas.isDisposed() ? null : canvas.getDisplay();
        if (d != null) {
            d.asyncExec(this::updateRunAction);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        messageLabel = new Label(parent, SWT.WRAP);
        messageLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        createSliceControls(parent);
        createWindowControls(parent);
        sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new Canvas(sash, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> {
            // the slice is centred: a resize moves all of it, not only the newly exposed part
            shown++;
            disposeScaled();
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            if (e.count != 0) {
                setSlice(slice + (e.count > 0 ? 1 : -1));
            }
        });
        canvas.addListener(SWT.MouseMove, this::showValueAt);
        runList = new org.eclipse.swt.widgets.List(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        runList.setToolTipText("The run's images: double-click opens one (label maps as overlay)");
        runList.addListener(SWT.DefaultSelection, e -> openRunImage(Kind.AUTO));
        createRunListMenu();
        sash.setWeights(75, 25);
        sash.setMaximizedControl(canvas);
        infoLabel = new Label(parent, SWT.NONE);
        infoLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        DropTarget drop = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
        drop.setTransfer(new Transfer[] {FileTransfer.getInstance()});
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] files && files.length > 0) {
                    open(Path.of(files[0]));
                }
            }
        });
        createActions();
        OsteonUi.addRunFocusListener(runFocus);
        updateControls();
        showMessage(message, false);
    }

    private void createSliceControls(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        row.setLayout(new GridLayout(4, false));
        orientationCombo = new Combo(row, SWT.READ_ONLY);
        for (Orientation o : Orientation.values()) {
            orientationCombo.add(o.label());
        }
        orientationCombo.select(0);
        orientationCombo.addListener(SWT.Selection,
                e -> setOrientation(Orientation.values()[orientationCombo.getSelectionIndex()]));
        new Label(row, SWT.NONE).setText("Slice");
        sliceScale = new Scale(row, SWT.HORIZONTAL);
        sliceScale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sliceScale.addListener(SWT.Selection, e -> setSlice(sliceScale.getSelection()));
        sliceLabel = new Label(row, SWT.NONE);
        sliceLabel.setLayoutData(new GridData(80, SWT.DEFAULT));
    }

    private void createWindowControls(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout wrapping = new RowLayout(SWT.HORIZONTAL);
        wrapping.center = true;
        wrapping.wrap = true;
        row.setLayout(wrapping);
        new Label(row, SWT.NONE).setText("Window");
        lowSpinner = windowSpinner(row, "Lowest value shown (black)");
        highSpinner = windowSpinner(row, "Highest value shown (white)");
        presetCombo = new Combo(row, SWT.READ_ONLY);
        PRESETS.forEach(p -> presetCombo.add(p.name()));
        presetCombo.select(0);
        presetCombo.addListener(SWT.Selection, e -> applyPreset(presetCombo.getSelectionIndex()));
        new Label(row, SWT.NONE).setText("Labels");
        labelOpacity = opacityScale(row, renderer.labelOpacity(), "Opacity of the label overlay");
        labelOpacity.addListener(SWT.Selection, e -> setLabelOpacity(labelOpacity.getSelection() / 100.0));
        new Label(row, SWT.NONE).setText("Heat");
        heatOpacity = opacityScale(row, renderer.heatOpacity(), "Opacity of the heat map");
        heatOpacity.addListener(SWT.Selection, e -> setHeatOpacity(heatOpacity.getSelection() / 100.0));
    }

    private Spinner windowSpinner(Composite row, String tip) {
        Spinner s = new Spinner(row, SWT.BORDER);
        s.setToolTipText(tip);
        s.setMinimum(-1_000_000_000);
        s.setMaximum(1_000_000_000);
        s.setLayoutData(new RowData(90, SWT.DEFAULT));
        s.addListener(SWT.Selection, e -> windowFromSpinners());
        return s;
    }

    private static Scale opacityScale(Composite row, double value, String tip) {
        Scale s = new Scale(row, SWT.HORIZONTAL);
        s.setMinimum(0);
        s.setMaximum(100);
        s.setSelection((int) Math.round(100 * value));
        s.setToolTipText(tip);
        s.setLayoutData(new RowData(110, SWT.DEFAULT));
        return s;
    }

    /** How a run image is opened from the list. */
    private enum Kind {
        AUTO, IMAGE, LABELS, HEAT
    }

    private void createRunListMenu() {
        MenuManager menu = new MenuManager();
        menu.add(action("Open as Image", () -> openRunImage(Kind.IMAGE)));
        menu.add(action("Open as Label Overlay", () -> openRunImage(Kind.LABELS)));
        menu.add(action("Open as Heat Map", () -> openRunImage(Kind.HEAT)));
        runList.setMenu(menu.createContextMenu(runList));
    }

    private void createActions() {
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(tip(action("Open...", () -> choose("Open an image or volume").ifPresent(this::open)),
                "Open an image or volume in any installed format (osteon list readers)"));
        toolbar.add(tip(action("Overlay...", () -> choose("Open a label map").ifPresent(this::openOverlay)),
                "Open a label map over the image (1 femur red, 2 tibia green)"));
        toolbar.add(tip(action("Heat Map...", () -> choose("Open a heat map").ifPresent(this::openHeatmap)),
                "Open a Grad-CAM heat map (grey PNG or float image) over the image"));
        toolbar.add(tip(action("Landmarks...", () -> chooseFile("Open landmarks", new String[] {"*.csv", "*.*"})
                .ifPresent(this::openLandmarks)), "Open a CSV of x,y pixel points"));
        openRun = action("Open Run", this::openFocusedRun);
        toolbar.add(openRun);
        updateRunAction();
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static Action tip(Action a, String tip) {
        a.setToolTipText(tip);
        return a;
    }

    private void updateRunAction() {
        if (openRun == null) {
            return;
        }
        Optional<Path> run = OsteonUi.focusedRun();
        openRun.setEnabled(run.isPresent());
        openRun.setToolTipText(run.map(r -> "Open the image and label maps of run " + r.getFileName())
                .orElse("Select a run in the Experiments view to open its images"));
    }

    private Optional<Path> choose(String title) {
        List<String> patterns = new ArrayList<>();
        readers().all().forEach(d -> d.filePatterns().stream().filter(p -> p.startsWith("*")).forEach(patterns::add));
        return chooseFile(title, new String[] {String.join(";", patterns), "*.*"});
    }

    private Optional<Path> chooseFile(String title, String[] extensions) {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.OPEN);
        dialog.setText(title);
        dialog.setFilterExtensions(extensions);
        String file = dialog.open();
        return file == null ? Optional.empty() : Optional.of(Path.of(file));
    }

    private Registry<ReaderDescriptor> readers() {
        if (readers == null) {
            readers = Registries.ofPlatform().readers();
        }
        return readers;
    }

    // ---------------------------------------------------------------- opening

    /** Opens an image or volume file (the run's image list is put away); false (and a message) when unreadable. */
    public boolean open(Path file) {
        showRunImages(List.of(), null);
        return openFile(file);
    }

    private boolean openFile(Path file) {
        return openLocation(Location.of(file.toAbsolutePath()), folder(file), file.getFileName().toString());
    }

    private static Path folder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** Opens a location a reader understands (a file, or e.g. {@code phantom:knee-ct}). */
    public boolean open(String location, Path base) {
        Location l = new Location(location);
        return openLocation(l, base, l.name());
    }

    private boolean openLocation(Location location, Path base, String name) {
        return attempt(() -> {
            Volume v = ImageFiles.readVolume(readers(), location, base, "image");
            renderer.setVolume(v);
            range = v.range();
            landmarks = List.of();
            imageName = name;
            if (v.size().nz() == 1) {
                orientation = Orientation.AXIAL;
            }
            slice = orientation.sliceCount(v.size()) / 2;
            applyPreset(0);
            GridSize n = v.size();
            double[] sp = v.geometry().spacing();
            return String.format(Locale.ROOT, "%s: %s voxels of %.3g x %.3g x %.3g mm, values %.6g..%.6g", name, n,
                    sp[0], sp[1], sp[2], range[0], range[1]);
        });
    }

    /** Opens a label map over the image; it must match the image voxel for voxel. */
    public boolean openOverlay(Path file) {
        return attempt(() -> {
            Volume image = requireImage("a label map");
            LabelMap labels = ImageFiles.readLabels(readers(), Location.of(file.toAbsolutePath()), folder(file), "label map");
            if (!labels.size().equals(image.size())) {
                throw new InvalidInputException("label map " + file + " has size " + labels.size() + " but the image "
                        + imageName + " has size " + image.size() + "; an overlay must match the image voxel for voxel");
            }
            renderer.setLabels(labels);
            return imageName + " with label map " + file.getFileName() + " (1 femur red, 2 tibia green)";
        });
    }

    /** Opens a heat map (a grey PNG or a float image) over the image, resized to a 2D image's size. */
    public boolean openHeatmap(Path file) {
        return attempt(() -> {
            Volume image = requireImage("a heat map");
            Volume heat = ImageFiles.readVolume(readers(), Location.of(file.toAbsolutePath()), folder(file), "heat map");
            renderer.setHeat(ImageFiles.heatOnGrid(heat, image, file));
            return imageName + " with heat map " + file.getFileName() + " (" + heat.size().nx() + " x "
                    + heat.size().ny() + ", jet colours)";
        });
    }

    /** Opens landmarks (a CSV of x,y pixel points) drawn as numbered crosses over the image. */
    public boolean openLandmarks(Path file) {
        return attempt(() -> {
            requireImage("landmarks");
            landmarks = ImageFiles.readLandmarks(file);
            return imageName + " with " + landmarks.size() + " landmarks from " + file.getFileName();
        });
    }

    /**
     * Opens a run folder: its experiment's image (the first location parameter, read as the engine reads it),
     * its first label-map artifact as the overlay, and lists every image artifact.
     */
    public boolean openRun(Path runFolder) {
        RunImages run;
        try {
            run = busy(() -> RunImages.read(runFolder, readers()));
        } catch (RuntimeException e) {
            showMessage(describe(e), true);
            return false;
        }
        showRunImages(run.images(), runFolder);
        boolean opened;
        if (run.image().isPresent()) {
            opened = openLocation(run.image().get(), run.base(), run.image().get().name());
        } else {
            Optional<Path> first = runImages.stream().filter(p -> !run.labelMaps().contains(p)).findFirst();
            if (first.isEmpty()) {
                showMessage("run " + runFolder.getFileName() + " names no image (no location parameter) and wrote"
                        + " none; expected a run of an experiment that reads an image", true);
                return false;
            }
            opened = openFile(first.get());
        }
        if (opened && !run.labelMaps().isEmpty()) {
            opened = openOverlay(run.labelMaps().get(0));
        }
        if (opened) {
            showMessage("run " + runFolder.getFileName() + ": " + message + "; " + runImages.size()
                    + " images in the run's list", false);
        }
        return opened;
    }

    /** Opens the run in focus (the one selected in the Experiments view) as {@link #openRun} does. */
    public boolean openFocusedRun() {
        Optional<Path> run = OsteonUi.focusedRun();
        if (run.isEmpty()) {
            showMessage("no run is in focus: select a run in the Experiments view, then Open Run", true);
            return false;
        }
        return openRun(run.get());
    }

    private void openRunImage(Kind kind) {
        int i = runList.getSelectionIndex();
        if (i < 0 || i >= runImages.size()) {
            return;
        }
        Path p = runImages.get(i);
        Kind k = kind == Kind.AUTO ? (RunImages.isLabelMap(p.toString()) ? Kind.LABELS : Kind.IMAGE) : kind;
        switch (k) {
            case LABELS -> openOverlay(p);
            case HEAT -> openHeatmap(p);
            default -> openFile(p);
        }
    }

    /** Lists a run's images beside the pane; an empty list hides it. */
    private void showRunImages(List<Path> images, Path runFolder) {
        runImages = List.copyOf(images);
        runList.removeAll();
        for (Path p : runImages) {
            runList.add(runFolder.relativize(p).toString());
        }
        sash.setMaximizedControl(runImages.isEmpty() ? canvas : null);
    }

    private Volume requireImage(String what) {
        if (renderer.volume() == null) {
            throw new InvalidInputException("open an image first: " + what + " is drawn over it");
        }
        return renderer.volume();
    }

    /** Runs a read, showing its summary or its problem; false on a problem. */
    private boolean attempt(java.util.function.Supplier<String> work) {
        try {
            String summary = busy(work);
            showMessage(summary, false);
            refresh();
            return true;
        } catch (RuntimeException | OutOfMemoryError e) {
            showMessage(describe(e), true);
            return false;
        }
    }

    /** {@code work}'s result, with the busy cursor while it runs; its exception is rethrown. */
    private <T> T busy(java.util.function.Supplier<T> work) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        BusyIndicator.showWhile(canvas.getDisplay(), () -> result.set(work.get()));
        return result.get();
    }

    private static String describe(Throwable e) {
        if (e instanceof InvalidInputException) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "the image is too large for the memory available (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private void showMessage(String text, boolean isError) {
        message = text;
        error = isError;
        if (messageLabel != null && !messageLabel.isDisposed()) {
            messageLabel.setText(text);
            messageLabel.setForeground(isError ? messageLabel.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
            messageLabel.getParent().layout(true, true);
        }
    }

    // ---------------------------------------------------------------- navigation and window

    public void setOrientation(Orientation o) {
        Volume v = renderer.volume();
        if (v != null && v.size().nz() == 1 && o != Orientation.AXIAL) {
            showMessage(imageName + " is a 2D image: it has only the axial plane", true);
            return;
        }
        if (o != orientation) {
            orientation = o;
            slice = v == null ? 0 : orientation.sliceCount(v.size()) / 2;
        }
        refresh();
    }

    public Orientation orientation() {
        return orientation;
    }

    /** Shows slice {@code index}, clamped to 0..sliceCount() - 1. */
    public void setSlice(int index) {
        slice = Math.max(0, Math.min(sliceCount() - 1, index));
        refresh();
    }

    public int slice() {
        return slice;
    }

    /** The number of slices in the current orientation (1 for a 2D image, 0 when nothing is open). */
    public int sliceCount() {
        Volume v = renderer.volume();
        return v == null ? 0 : orientation.sliceCount(v.size());
    }

    /** Maps {@code low} to black and {@code high} to white (values in the image's units, HU for CT). */
    public void setWindow(double low, double high) {
        if (!(high > low)) {
            showMessage(String.format(Locale.ROOT, "window %.6g..%.6g is empty: the high value must exceed the low"
                    + " one", low, high), true);
            return;
        }
        renderer.setWindow(low, high);
        refresh();
    }

    /** {low, high}. */
    public double[] window() {
        return new double[] {renderer.low(), renderer.high()};
    }

    public void setLabelOpacity(double opacity) {
        renderer.setLabelOpacity(opacity);
        refresh();
    }

    public void setHeatOpacity(double opacity) {
        renderer.setHeatOpacity(opacity);
        refresh();
    }

    private void applyPreset(int index) {
        Volume v = renderer.volume();
        if (v == null || index < 0) {
            return;
        }
        Preset p = PRESETS.get(index);
        if (p.name().equals("Custom")) {
            return;
        }
        if (p.low() == null) {
            renderer.setWindow(range[0], range[1] > range[0] ? range[1] : range[0] + 1);
        } else {
            renderer.setWindow(p.low(), p.high());
        }
        if (presetCombo != null && !presetCombo.isDisposed()) {
            presetCombo.select(index);
        }
        refresh();
    }

    private int spinnerDigits() {
        Volume v = renderer.volume();
        if (v == null) {
            return 0;
        }
        return range[1] - range[0] < 20 ? 3 : 0;
    }

    private void windowFromSpinners() {
        if (updating) {
            return;
        }
        double f = Math.pow(10, lowSpinner.getDigits());
        presetCombo.select(PRESETS.size() - 1);
        setWindow(lowSpinner.getSelection() / f, highSpinner.getSelection() / f);
    }

    // ---------------------------------------------------------------- drawing

    /** The slice's colours in display rows (a volume's vertical axis points up; a 2D image's rows go down). */
    private void refresh() {
        shown++;
        disposeScaled();
        Volume v = renderer.volume();
        if (v == null) {
            sliceData = null;
        } else {
            slice = Math.max(0, Math.min(sliceCount() - 1, slice));
            int w = orientation.width(v.size());
            int h = orientation.height(v.size());
            int[] rgb = renderer.render(orientation, slice);
            ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
            for (int r = 0; r < h; r++) {
                data.setPixels(0, r, w, rgb, row(r, h) * w);
            }
            sliceData = data;
        }
        updateControls();
        if (canvas != null && !canvas.isDisposed()) {
            // paint now: slider and wheel scrolling show each slice, not only the last of a burst
            canvas.redraw();
            canvas.update();
        }
    }

    /** The slice row (vertical index) shown in display row {@code r}; its own inverse. */
    private int row(int r, int height) {
        Volume v = renderer.volume();
        return v != null && v.size().nz() > 1 ? height - 1 - r : r;
    }

    private void updateControls() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        updating = true;
        try {
            Volume v = renderer.volume();
            orientationCombo.select(orientation.ordinal());
            orientationCombo.setEnabled(v != null && v.size().nz() > 1);
            int count = Math.max(1, sliceCount());
            sliceScale.setMaximum(Math.max(1, count - 1));
            sliceScale.setSelection(slice);
            sliceScale.setEnabled(count > 1);
            sliceLabel.setText(v == null ? "" : (slice + 1) + " / " + count);
            int digits = spinnerDigits();
            double f = Math.pow(10, digits);
            for (Spinner s : new Spinner[] {lowSpinner, highSpinner}) {
                s.setDigits(digits);
                s.setIncrement(digits == 0 ? 10 : (int) f / 100);
                s.setPageIncrement(digits == 0 ? 100 : (int) f / 10);
            }
            lowSpinner.setSelection((int) Math.round(renderer.low() * f));
            highSpinner.setSelection((int) Math.round(renderer.high() * f));
            labelOpacity.setSelection((int) Math.round(100 * renderer.labelOpacity()));
            heatOpacity.setSelection((int) Math.round(100 * renderer.heatOpacity()));
            sliceLabel.getParent().layout(true);
        } finally {
            updating = false;
        }
    }

    /** Where the slice is drawn in the canvas: centred, as large as fits, at the physical aspect. */
    private Rectangle imageArea() {
        Volume v = renderer.volume();
        Rectangle c = canvas.getClientArea();
        if (v == null || c.width <= 0 || c.height <= 0) {
            return new Rectangle(0, 0, 0, 0);
        }
        double[] sp = v.geometry().spacing();
        double pw = orientation.width(v.size()) * sp[orientation.horizontalAxis()];
        double ph = orientation.height(v.size()) * sp[orientation.verticalAxis()];
        double scale = Math.min(c.width / pw, c.height / ph);
        int w = Math.max(1, (int) Math.round(pw * scale));
        int h = Math.max(1, (int) Math.round(ph * scale));
        return new Rectangle(c.x + (c.width - w) / 2, c.y + (c.height - h) / 2, w, h);
    }

    private void paint(GC gc) {
        painted = shown;
        Rectangle c = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(c);
        if (sliceData == null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
            gc.drawText("Drop an image or volume here", c.x + 10, c.y + 10, true);
            return;
        }
        Rectangle area = imageArea();
        if (area.width == 0) {
            return;
        }
        if (scaled == null || scaled.getBounds().width != area.width || scaled.getBounds().height != area.height) {
            disposeScaled();
            scaled = new Image(canvas.getDisplay(), sliceData.scaledTo(area.width, area.height));
        }
        gc.drawImage(scaled, area.x, area.y);
        if (!landmarks.isEmpty() && orientation == Orientation.AXIAL) {
            Color yellow = new Color(LANDMARK);
            gc.setAntialias(SWT.OFF);
            gc.setForeground(yellow);
            gc.setLineWidth(1);
            for (int i = 0; i < landmarks.size(); i++) {
                Point p = canvasPoint(landmarks.get(i).x(), landmarks.get(i).y());
                gc.drawLine(p.x - CROSS, p.y, p.x + CROSS, p.y);
                gc.drawLine(p.x, p.y - CROSS, p.x, p.y + CROSS);
                gc.drawText(String.valueOf(i + 1), p.x + 3, p.y + 2, true);
            }
        }
    }

    private void disposeScaled() {
        if (scaled != null) {
            scaled.dispose();
            scaled = null;
        }
    }

    /**
     * The canvas point at the centre of slice pixel ({@code imageX}, {@code imageY}) (pixel coordinates may be
     * fractional: a landmark's).
     */
    public Point canvasPoint(double imageX, double imageY) {
        Rectangle area = imageArea();
        Volume v = renderer.volume();
        int w = orientation.width(v.size());
        int h = orientation.height(v.size());
        double displayRow = v.size().nz() > 1 ? h - 1 - imageY : imageY;
        return new Point(area.x + (int) Math.floor((imageX + 0.5) * area.width / w),
                area.y + (int) Math.floor((displayRow + 0.5) * area.height / h));
    }

    /**
     * The colour the pane draws for slice pixel ({@code imageX}, {@code imageY}) of the current slice: x along
     * the slice's horizontal index axis, y along its vertical one (axial x, y; coronal x, z; sagittal y, z).
     */
    public RGB renderedPixel(int imageX, int imageY) {
        if (sliceData == null) {
            throw new IllegalStateException("no image is open");
        }
        int pixel = sliceData.getPixel(imageX, row(imageY, sliceData.height));
        return sliceData.palette.getRGB(pixel);
    }

    private void showValueAt(Event e) {
        Volume v = renderer.volume();
        Rectangle area = v == null ? null : imageArea();
        if (area == null || !area.contains(e.x, e.y)) {
            infoLabel.setText("");
            return;
        }
        int w = orientation.width(v.size());
        int h = orientation.height(v.size());
        int px = Math.min(w - 1, (e.x - area.x) * w / area.width);
        int py = row(Math.min(h - 1, (e.y - area.y) * h / area.height), h);
        int i = orientation.index(v.size(), px, py, slice);
        int[] xyz = {i % v.size().nx(), i / v.size().nx() % v.size().ny(), i / v.size().nx() / v.size().ny()};
        LabelMap labels = renderer.labels();
        infoLabel.setText(String.format(Locale.ROOT, "voxel (%d, %d, %d): %.6g%s", xyz[0], xyz[1], xyz[2],
                v.data()[i], labels == null ? "" : ", label " + labels.labels()[i]));
    }

    // ---------------------------------------------------------------- for tests and other views

    /** The message line: what is shown, or why something could not be opened. */
    public String message() {
        return message;
    }

    /** Whether the message line reports a problem. */
    public boolean messageIsError() {
        return error;
    }

    /** Whether the pane has painted what was last opened or changed (painting follows changes asynchronously). */
    public boolean painted() {
        return painted == shown;
    }

    /** The image pane, e.g. for a screenshot. */
    public Canvas pane() {
        return canvas;
    }

    /** The run's image artifacts listed after {@link #openRun}. */
    public List<Path> runImages() {
        return runImages;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        OsteonUi.removeRunFocusListener(runFocus);
        disposeScaled();
        super.dispose();
    }
}
