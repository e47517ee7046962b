package org.osteon.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.osteon.core.InvalidInputException;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.StepDescriptor;
import org.osteon.core.step.ParameterSpec;
import org.osteon.core.step.ParameterType;
import org.osteon.engine.ExperimentValidator;
import org.osteon.engine.Experiments;
import org.osteon.engine.ValidationException;
import org.osteon.engine.ValidationException.Problem;
import org.osteon.model.Experiment;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.OsteonFactory;
import org.osteon.model.OsteonPackage;
import org.osteon.model.Parameter;
import org.osteon.model.ParameterValue;
import org.osteon.model.PortBinding;
import org.osteon.model.Step;
import org.osteon.ui.PathEditorInput;
import org.osteon.ui.RunJob;
import org.osteon.ui.RunQueue;
import org.osteon.ui.editor.internal.ExperimentElements;
import org.osteon.ui.editor.internal.ExperimentElements.InputPort;
import org.osteon.ui.editor.internal.ExperimentElements.OutputPort;
import org.osteon.ui.editor.internal.ExperimentElements.StepParameter;

/**
 * Edits an experiment file ({@code *.osteon}) over its EMF model: parameters with editors fit for their type,
 * steps with parameters and ports, a palette of installed steps, validation as you edit by the engine's own
 * validator (all problems at once, each at its element), undo/redo as EMF commands; saving writes the XMI that
 * {@code osteon run} runs unchanged.
 */
public final class ExperimentEditor extends EditorPart implements CommandStackListener {

    private static final int VALIDATE_DELAY_MS = 250;

    private final Registries registries = Registries.ofPlatform();
    private Path file;
    private Experiment experiment;
    private String loadError;
    private AdapterFactoryEditingDomain domain;
    private List<Problem> problems = List.of();
    private String status = "";

    private Text name;
    private Text seed;
    private Text description;
    private TableViewer parameters;
    private TreeViewer steps;
    private TableViewer palette;
    private TableViewer problemTable;
    private Label statusLine;
    private Action undo;
    private Action redo;
    private boolean validationScheduled;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof PathEditorInput in)) {
            throw new PartInitException("the experiment editor opens files; got " + input.getClass().getSimpleName());
        }
        setSite(site);
        setInput(input);
        file = in.file();
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
        domain.getCommandStack().addCommandStackListener(this);
        try {
            experiment = ExperimentFiles.loadExperiment(file);
        } catch (RuntimeException e) {
            loadError = "Cannot open " + file + ": " + e.getMessage();
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        if (loadError != null) {
            Composite box = new Composite(parent, SWT.NONE);
            box.setLayout(new GridLayout(1, false));
            Label icon = new Label(box, SWT.NONE);
            icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_ERROR));
            Label text = new Label(box, SWT.WRAP);
            text.setText(loadError + "\nExpected an Osteon experiment file (XMI, namespace "
                    + OsteonPackage.eNS_URI + "). Fix the file in a text editor and open it again.");
            text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            statusLine = text;
            return;
        }
        SashForm main = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(main, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        createHeader(left);
        SashForm tables = new SashForm(left, SWT.VERTICAL);
        tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createParameters(tables);
        createSteps(tables);
        tables.setWeights(40, 60);
        statusLine = new Label(left, SWT.WRAP);
        statusLine.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm right = new SashForm(main, SWT.VERTICAL);
        createPalette(right);
        createProblems(right);
        main.setWeights(68, 32);
        createUndoRedo();
        validate();
    }

    private void createHeader(Composite parent) {
        Composite header = new Composite(parent, SWT.NONE);
        header.setLayout(new GridLayout(6, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(header, SWT.NONE).setText("Name");
        name = new Text(header, SWT.BORDER);
        name.setLayoutData(new GridData(200, SWT.DEFAULT));
        new Label(header, SWT.NONE).setText("Seed");
        seed = new Text(header, SWT.BORDER);
        seed.setLayoutData(new GridData(90, SWT.DEFAULT));
        Button run = new Button(header, SWT.PUSH);
        run.setText("Save and Run");
        run.setToolTipText("Saves the experiment and queues a run (progress in the Progress view, log in the Console)");
        run.addListener(SWT.Selection, e -> saveAndRun());
        Button validate = new Button(header, SWT.PUSH);
        validate.setText("Validate");
        validate.addListener(SWT.Selection, e -> validate());
        Label d = new Label(header, SWT.NONE);
        d.setText("Description");
        description = new Text(header, SWT.BORDER);
        GridData dd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        dd.horizontalSpan = 5;
        description.setLayoutData(dd);
        fillHeader();
        name.addListener(SWT.DefaultSelection, e -> commitHeader());
        name.addListener(SWT.FocusOut, e -> commitHeader());
        seed.addListener(SWT.DefaultSelection, e -> commitHeader());
        seed.addListener(SWT.FocusOut, e -> commitHeader());
        description.addListener(SWT.DefaultSelection, e -> commitHeader());
        description.addListener(SWT.FocusOut, e -> commitHeader());
    }

    private void fillHeader() {
        name.setText(experiment.getName() == null ? "" : experiment.getName());
        seed.setText(Long.toString(experiment.getSeed()));
        description.setText(experiment.getDescription() == null ? "" : experiment.getDescription());
    }

    private void commitHeader() {
        if (!name.getText().equals(experiment.getName() == null ? "" : experiment.getName())) {
            execute(SetCommand.create(domain, experiment, OsteonPackage.Literals.EXPERIMENT__NAME, name.getText()));
        }
        if (!description.getText().equals(experiment.getDescription() == null ? "" : experiment.getDescription())) {
            execute(SetCommand.create(domain, experiment, OsteonPackage.Literals.EXPERIMENT__DESCRIPTION,
                    description.getText()));
        }
        try {
            long s = Long.parseLong(seed.getText().strip());
            if (s != experiment.getSeed()) {
                execute(SetCommand.create(domain, experiment, OsteonPackage.Literals.EXPERIMENT__SEED, s));
            }
        } catch (NumberFormatException e) {
            setStatus("seed '" + seed.getText() + "': expected a whole number; the seed stays " + experiment.getSeed());
        }
    }

    private void createParameters(Composite parent) {
        Group g = new Group(parent, SWT.NONE);
        g.setText("Parameters");
        g.setLayout(new GridLayout(1, false));
        parameters = new TableViewer(g, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        parameters.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        parameters.getTable().setHeaderVisible(true);
        parameters.getTable().setLinesVisible(true);
        ColumnViewerToolTipSupport.enableFor(parameters);
        TableViewerColumn nameColumn = column(parameters, "Parameter", 120, o -> ((Parameter) o).getName(), null);
        nameColumn.setEditingSupport(new ValueEditing(parameters) {
            @Override
            ParameterSpec spec(Object element) {
                return new ParameterSpec("name", ParameterType.STRING, "", true, java.util.OptionalDouble.empty(),
                        java.util.OptionalDouble.empty(), List.of(), "the name steps use as ${name}");
            }

            @Override
            String text(Object element) {
                return nullToEmpty(((Parameter) element).getName());
            }

            @Override
            void set(Object element, String v) {
                renameParameter(((Parameter) element).getName(), v);
            }
        });
        TableViewerColumn value = column(parameters, "Value", 220, o -> nullToEmpty(((Parameter) o).getValue()), null);
        value.setEditingSupport(new ValueEditing(parameters) {
            @Override
            ParameterSpec spec(Object element) {
                return ExperimentElements.spec(registries, experiment, (Parameter) element);
            }

            @Override
            String text(Object element) {
                return nullToEmpty(((Parameter) element).getValue());
            }

            @Override
            void set(Object element, String v) {
                setParameter(((Parameter) element).getName(), v);
            }
        });
        column(parameters, "Allowed", 200, o -> ExperimentElements.spec(registries, experiment, (Parameter) o).describe(),
                null);
        column(parameters, "Documentation", 400, o -> ExperimentElements.spec(registries, experiment, (Parameter) o).doc(),
                null);
        parameters.setContentProvider(ArrayContentProvider.getInstance());
        parameters.setInput(experiment.getParameters());
        Composite buttons = new Composite(g, SWT.NONE);
        buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
        org.eclipse.swt.widgets.Combo type = new org.eclipse.swt.widgets.Combo(buttons, SWT.READ_ONLY);
        for (ParameterType t : ParameterType.values()) {
            type.add(t.id());
        }
        type.select(0);
        type.setToolTipText("type of a new parameter");
        Button add = new Button(buttons, SWT.PUSH);
        add.setText("Add Parameter");
        add.addListener(SWT.Selection, e -> addParameter(type.getText()));
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText("Remove Parameter");
        remove.addListener(SWT.Selection, e -> {
            Object sel = ((IStructuredSelection) parameters.getSelection()).getFirstElement();
            if (sel instanceof Parameter p) {
                removeParameter(p.getName());
            }
        });
    }

    private void createSteps(Composite parent) {
        Group g = new Group(parent, SWT.NONE);
        g.setText("Steps (parameters, inputs <- connections, outputs ->)");
        g.setLayout(new GridLayout(1, false));
        steps = new TreeViewer(g, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        steps.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        steps.getTree().setHeaderVisible(true);
        steps.getTree().setLinesVisible(true);
        ColumnViewerToolTipSupport.enableFor(steps);
        treeColumn("Element", 260, this::elementText);
        TreeViewerColumn value = treeColumn("Value / connection", 240, this::valueText);
        value.setEditingSupport(new ValueEditing(steps) {
            @Override
            protected boolean canEdit(Object element) {
                return element instanceof StepParameter || element instanceof InputPort;
            }

            @Override
            ParameterSpec spec(Object element) {
                if (element instanceof InputPort in) {
                    return new ParameterSpec(in.spec().name(), ParameterType.CHOICE, "", false,
                            java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(),
                            ExperimentElements.sources(registries, experiment, in), in.spec().doc());
                }
                return ((StepParameter) element).spec();
            }

            @Override
            String text(Object element) {
                return element instanceof InputPort in ? in.source() : ((StepParameter) element).text();
            }

            @Override
            void set(Object element, String v) {
                if (element instanceof InputPort in) {
                    connect(in.step().getId(), in.spec().name(), v);
                } else {
                    StepParameter sp = (StepParameter) element;
                    setStepParameter(sp.step().getId(), sp.spec().name(), v);
                }
            }
        });
        treeColumn("Allowed / type", 200, o -> o instanceof StepParameter sp ? sp.spec().describe()
                : o instanceof InputPort in ? in.spec().type() + (in.spec().optional() ? " (optional)" : "")
                : o instanceof OutputPort out ? out.spec().type() : "");
        treeColumn("Documentation", 400, o -> o instanceof StepParameter sp ? sp.spec().doc()
                : o instanceof InputPort in ? in.spec().doc() : o instanceof OutputPort out ? out.spec().doc()
                : o instanceof Step s ? ExperimentElements.descriptor(registries, s).map(StepDescriptor::description)
                        .orElse("unknown step kind") : "");
        steps.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return experiment.getSteps().toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof Step s ? ExperimentElements.children(registries, s).toArray()
                        : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Step;
            }
        });
        steps.setInput(experiment);
        steps.expandAll();
        Button remove = new Button(g, SWT.PUSH);
        remove.setText("Remove Step");
        remove.addListener(SWT.Selection, e -> {
            Object sel = ((IStructuredSelection) steps.getSelection()).getFirstElement();
            if (sel instanceof Step s) {
                removeStep(s.getId());
            }
        });
    }

    private void createPalette(Composite parent) {
        Group g = new Group(parent, SWT.NONE);
        g.setText("Palette: installed steps (double-click to add)");
        g.setLayout(new GridLayout(1, false));
        palette = new TableViewer(g, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        palette.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        palette.getTable().setHeaderVisible(true);
        ColumnViewerToolTipSupport.enableFor(palette);
        column(palette, "Step", 170, o -> ((StepDescriptor) o).name(), o -> ((StepDescriptor) o).id());
        column(palette, "Category", 90, o -> ((StepDescriptor) o).category(), null);
        column(palette, "Bundle", 150, o -> ((StepDescriptor) o).contributor(), null);
        column(palette, "Description", 400, o -> ((StepDescriptor) o).description(), null);
        palette.setContentProvider(ArrayContentProvider.getInstance());
        palette.setInput(registries.steps().all());
        palette.addDoubleClickListener(e -> {
            Object sel = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (sel instanceof StepDescriptor d) {
                addStep(d.id());
            }
        });
        Button add = new Button(g, SWT.PUSH);
        add.setText("Add Step");
        add.addListener(SWT.Selection, e -> {
            Object sel = ((IStructuredSelection) palette.getSelection()).getFirstElement();
            if (sel instanceof StepDescriptor d) {
                addStep(d.id());
            }
        });
    }

    private void createProblems(Composite parent) {
        Group g = new Group(parent, SWT.NONE);
        g.setText("Problems");
        g.setLayout(new org.eclipse.swt.layout.FillLayout());
        problemTable = new TableViewer(g, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        problemTable.getTable().setHeaderVisible(true);
        ColumnViewerToolTipSupport.enableFor(problemTable);
        column(problemTable, "Element", 160, o -> where((Problem) o), null);
        column(problemTable, "Problem", 600, o -> ((Problem) o).message(), o -> ((Problem) o).message());
        problemTable.setContentProvider(ArrayContentProvider.getInstance());
        problemTable.setInput(problems);
    }

    private static String where(Problem p) {
        if (p.step() == null) {
            return p.parameter() == null ? "experiment" : "parameter " + p.parameter();
        }
        return "step " + p.step() + (p.parameter() != null ? " / " + p.parameter() : p.port() != null ? " / " + p.port() : "");
    }

    private void createUndoRedo() {
        undo = new Action("Undo") {
            @Override
            public void run() {
                undo();
            }
        };
        redo = new Action("Redo") {
            @Override
            public void run() {
                redo();
            }
        };
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        updateUndoRedo();
        getEditorSite().getActionBars().updateActionBars();
    }

    private void updateUndoRedo() {
        if (undo == null) {
            return;
        }
        Command u = domain.getCommandStack().getUndoCommand();
        Command r = domain.getCommandStack().getRedoCommand();
        undo.setEnabled(u != null);
        undo.setText(u == null ? "Undo" : "Undo " + label(u));
        redo.setEnabled(r != null);
        redo.setText(r == null ? "Redo" : "Redo " + label(r));
    }

    private static String label(Command c) {
        return c.getLabel() == null ? "" : c.getLabel();
    }

    private TableViewerColumn column(TableViewer viewer, String title, int width,
            java.util.function.Function<Object, String> text, java.util.function.Function<Object, String> tip) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ProblemLabels(text, tip));
        return c;
    }

    private TreeViewerColumn treeColumn(String title, int width, java.util.function.Function<Object, String> text) {
        TreeViewerColumn c = new TreeViewerColumn(steps, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ProblemLabels(text, null));
        return c;
    }

    private String elementText(Object o) {
        if (o instanceof Step s) {
            return s.getId() + "  (" + s.getKind() + ")";
        }
        if (o instanceof StepParameter sp) {
            return sp.spec().name() + (sp.spec().required() ? " *" : "");
        }
        if (o instanceof InputPort in) {
            return "<- " + in.spec().name();
        }
        if (o instanceof OutputPort out) {
            return "-> " + out.spec().name();
        }
        return String.valueOf(o);
    }

    private String valueText(Object o) {
        if (o instanceof StepParameter sp) {
            return sp.value() == null ? "(default) " + sp.spec().defaultValue() : sp.text();
        }
        if (o instanceof InputPort in) {
            return in.binding() == null ? "(not connected)" : in.source();
        }
        return "";
    }

    /** The problems shown at an element of the tables. */
    public List<String> problemsAt(Object element) {
        if (element instanceof Parameter p) {
            return ExperimentElements.problemsOfParameter(experiment, p, problems);
        }
        return ExperimentElements.problemsOf(element, problems);
    }

    /** Marks rows with problems red, with the messages as tooltip. */
    private final class ProblemLabels extends ColumnLabelProvider {
        private final java.util.function.Function<Object, String> text;
        private final java.util.function.Function<Object, String> tip;

        ProblemLabels(java.util.function.Function<Object, String> text, java.util.function.Function<Object, String> tip) {
            this.text = text;
            this.tip = tip;
        }

        @Override
        public String getText(Object element) {
            String s = text.apply(element);
            return s == null ? "" : s;
        }

        @Override
        public Color getBackground(Object element) {
            return problemsAt(element).isEmpty() ? null : problemColour();
        }

        @Override
        public String getToolTipText(Object element) {
            List<String> ps = problemsAt(element);
            if (!ps.isEmpty()) {
                return String.join("\n", ps);
            }
            return tip == null ? null : tip.apply(element);
        }
    }

    private Color problemColour() {
        return new Color(255, 205, 205);
    }

    /** A cell editor fit for the declared type: drop-downs for true/false and choices, text otherwise. */
    private abstract class ValueEditing extends EditingSupport {
        private final ColumnViewer viewer;
        private List<String> items = List.of();

        ValueEditing(ColumnViewer viewer) {
            super(viewer);
            this.viewer = viewer;
        }

        abstract ParameterSpec spec(Object element);

        abstract String text(Object element);

        abstract void set(Object element, String value);

        @Override
        protected CellEditor getCellEditor(Object element) {
            ParameterSpec spec = spec(element);
            Composite parent = (Composite) viewer.getControl();
            if (spec.type() == ParameterType.BOOLEAN || spec.type() == ParameterType.CHOICE) {
                items = new ArrayList<>(spec.type() == ParameterType.BOOLEAN ? List.of("true", "false") : spec.choices());
                String current = text(element);
                if (!current.isEmpty() && !items.contains(current)) {
                    items.add(current);
                }
                return new ComboBoxCellEditor(parent, items.toArray(String[]::new), SWT.READ_ONLY);
            }
            items = List.of();
            TextCellEditor editor = new TextCellEditor(parent);
            editor.getControl().setToolTipText(spec.describe() + (spec.doc().isEmpty() ? "" : ": " + spec.doc()));
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return items.isEmpty() ? text(element) : Integer.valueOf(Math.max(0, items.indexOf(text(element))));
        }

        @Override
        protected void setValue(Object element, Object value) {
            String v = value instanceof Integer i ? (i >= 0 && i < items.size() ? items.get(i) : text(element))
                    : String.valueOf(value);
            if (!v.equals(text(element))) {
                set(element, v);
            }
        }
    }

    // ---- edits, each one EMF command (undoable) ----

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        } else {
            setStatus("cannot apply this edit: " + label(command));
        }
    }

    /** Sets an experiment parameter's value (as the Value cell does). */
    public void setParameter(String parameter, String value) {
        Parameter p = experiment.getParameters().stream().filter(x -> parameter.equals(x.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no experiment parameter '" + parameter + "'"));
        execute(SetCommand.create(domain, p, OsteonPackage.Literals.PARAMETER__VALUE, value));
    }

    /**
     * Adds an experiment parameter of {@code type} (a ParameterType id) with a fresh name (param, param-2 ...) and
     * an empty value; returns its name.
     */
    public String addParameter(String type) {
        String name = "param";
        for (int i = 2; parameter(name).isPresent(); i++) {
            name = "param-" + i;
        }
        Parameter p = OsteonFactory.eINSTANCE.createParameter();
        p.setName(name);
        p.setType(ParameterType.of(type).orElse(ParameterType.STRING).id());
        p.setValue("");
        p.setDoc("");
        execute(AddCommand.create(domain, experiment, OsteonPackage.Literals.EXPERIMENT__PARAMETERS, p));
        return name;
    }

    /** Removes an experiment parameter; steps that still use ${name} are then reported by validation. */
    public void removeParameter(String name) {
        Parameter p = parameter(name)
                .orElseThrow(() -> new IllegalArgumentException("no experiment parameter '" + name + "'"));
        execute(RemoveCommand.create(domain, experiment, OsteonPackage.Literals.EXPERIMENT__PARAMETERS, p));
    }

    /**
     * Renames an experiment parameter and every step parameter value that is exactly ${old}, as one undoable
     * command; a name already taken or not a plain word is refused with a message in the status line.
     */
    public void renameParameter(String old, String name) {
        Parameter p = parameter(old)
                .orElseThrow(() -> new IllegalArgumentException("no experiment parameter '" + old + "'"));
        String n = name == null ? "" : name.strip();
        if (n.equals(old)) {
            return;
        }
        if (!n.matches("[A-Za-z_][A-Za-z0-9_.-]*") || parameter(n).isPresent()) {
            setStatus("parameter name '" + n + "': expected a new word of letters, digits, '_', '.' or '-'"
                    + (parameter(n).isPresent() ? " (it is taken)" : "") + "; the name stays " + old);
            return;
        }
        org.eclipse.emf.common.command.CompoundCommand rename = new org.eclipse.emf.common.command.CompoundCommand(
                "Rename " + old);
        rename.append(SetCommand.create(domain, p, OsteonPackage.Literals.PARAMETER__NAME, n));
        for (Step s : experiment.getSteps()) {
            for (ParameterValue v : s.getParameters()) {
                if (("${" + old + "}").equals(v.getValue() == null ? "" : v.getValue().strip())) {
                    rename.append(SetCommand.create(domain, v, OsteonPackage.Literals.PARAMETER_VALUE__VALUE,
                            "${" + n + "}"));
                }
            }
        }
        execute(rename);
    }

    private Optional<Parameter> parameter(String name) {
        return experiment.getParameters().stream().filter(x -> name.equals(x.getName())).findFirst();
    }

    /** Sets one step parameter's value (as the step tree's Value cell does). */
    public void setStepParameter(String stepId, String parameter, String value) {
        Step s = step(stepId);
        Optional<ParameterValue> existing = s.getParameters().stream().filter(v -> parameter.equals(v.getName()))
                .findFirst();
        if (existing.isPresent()) {
            execute(SetCommand.create(domain, existing.get(), OsteonPackage.Literals.PARAMETER_VALUE__VALUE, value));
        } else {
            ParameterValue v = OsteonFactory.eINSTANCE.createParameterValue();
            v.setName(parameter);
            v.setValue(value);
            execute(AddCommand.create(domain, s, OsteonPackage.Literals.STEP__PARAMETERS, v));
        }
    }

    /** Connects a step's input port to {@code source} ("stepId.output"). */
    public void connect(String stepId, String port, String source) {
        Step s = step(stepId);
        Optional<PortBinding> existing = s.getInputs().stream().filter(b -> port.equals(b.getPort())).findFirst();
        if (existing.isPresent()) {
            execute(SetCommand.create(domain, existing.get(), OsteonPackage.Literals.PORT_BINDING__SOURCE, source));
        } else {
            PortBinding b = OsteonFactory.eINSTANCE.createPortBinding();
            b.setPort(port);
            b.setSource(source);
            execute(AddCommand.create(domain, s, OsteonPackage.Literals.STEP__INPUTS, b));
        }
    }

    /** Adds a step of {@code kind} (a step id from the palette) with a fresh id; returns the id. */
    public String addStep(String kind) {
        Step s = OsteonFactory.eINSTANCE.createStep();
        s.setId(ExperimentElements.newStepId(experiment, kind));
        s.setKind(kind);
        execute(AddCommand.create(domain, experiment, OsteonPackage.Literals.EXPERIMENT__STEPS, s));
        return s.getId();
    }

    public void removeStep(String stepId) {
        execute(RemoveCommand.create(domain, experiment, OsteonPackage.Literals.EXPERIMENT__STEPS, step(stepId)));
    }

    private Step step(String id) {
        return experiment.getSteps().stream().filter(s -> id.equals(s.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step '" + id + "'"));
    }

    public void undo() {
        if (domain.getCommandStack().canUndo()) {
            domain.getCommandStack().undo();
        }
    }

    public void redo() {
        if (domain.getCommandStack().canRedo()) {
            domain.getCommandStack().redo();
        }
    }

    @Override
    public void commandStackChanged(EventObject event) {
        Control c = parameters == null ? null : parameters.getControl();
        if (c == null || c.isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        fillHeader();
        parameters.refresh();
        steps.refresh();
        steps.expandAll();
        updateUndoRedo();
        scheduleValidation();
    }

    private void scheduleValidation() {
        if (validationScheduled) {
            return;
        }
        validationScheduled = true;
        parameters.getControl().getDisplay().timerExec(VALIDATE_DELAY_MS, () -> {
            validationScheduled = false;
            if (!parameters.getControl().isDisposed()) {
                validate();
            }
        });
    }

    /** Validates the experiment as it is now with the engine's validator; returns every problem found. */
    public List<Problem> validate() {
        if (experiment == null) {
            return List.of(new Problem(loadError, null, null, null));
        }
        Path base = file.getParent();
        try {
            new ExperimentValidator(registries).resolve(Experiments.toSpec(experiment), Map.of(), base, base);
            problems = List.of();
        } catch (ValidationException e) {
            problems = e.located();
        } catch (InvalidInputException e) {
            problems = List.of(Problem.locate(e.getMessage()));
        } catch (RuntimeException e) {
            problems = List.of(new Problem("cannot validate: " + e, null, null, null));
        }
        if (problemTable != null && !problemTable.getControl().isDisposed()) {
            problemTable.setInput(problems);
            parameters.refresh();
            steps.refresh();
            setStatus(problems.isEmpty() ? "valid: ready to run" : problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + " (marked red; see Problems)");
        }
        return problems;
    }

    /** The problems of the last validation. */
    public List<Problem> problems() {
        return problems;
    }

    private void setStatus(String text) {
        status = text;
        if (statusLine != null && !statusLine.isDisposed()) {
            statusLine.setText(text);
            statusLine.getParent().layout(true);
        }
    }

    /** The status line's text: validation summary, or why a save or an edit failed. */
    public String status() {
        return status;
    }

    /** Why the file could not be opened, or empty. */
    public Optional<String> loadError() {
        return Optional.ofNullable(loadError);
    }

    public Experiment experiment() {
        return experiment;
    }

    public Path file() {
        return file;
    }

    public TableViewer parameterViewer() {
        return parameters;
    }

    public TreeViewer stepViewer() {
        return steps;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (experiment == null) {
            return;
        }
        commitHeader();
        try {
            ExperimentFiles.save(experiment, file);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            setStatus("saved " + file);
        } catch (RuntimeException e) {
            // the edit stays in the editor, still dirty
            setStatus("cannot save " + file + ": " + e.getMessage() + "; the edit is kept, unsaved");
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    /** Saves, then queues a run of the file when it validates; returns the run, or empty with the reason shown. */
    public Optional<RunJob> saveAndRun() {
        if (isDirty()) {
            doSave(null);
        }
        if (isDirty()) {
            return Optional.empty();
        }
        if (!validate().isEmpty()) {
            setStatus("not run: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + " (marked red; see Problems)");
            return Optional.empty();
        }
        return Optional.of(RunQueue.get().submit(file, Map.of()));
    }

    @Override
    public void doSaveAs() {
        // not offered
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (parameters != null) {
            parameters.getControl().setFocus();
        } else if (statusLine != null) {
            statusLine.setFocus();
        }
    }

    @Override
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(this);
        super.dispose();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
