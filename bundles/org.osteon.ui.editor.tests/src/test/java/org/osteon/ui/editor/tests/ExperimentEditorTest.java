package org.osteon.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;
import static org.osteon.ui.testing.TestWorkbench.uiRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osteon.engine.ExperimentValidator.ResolvedExperiment;
import org.osteon.engine.OsteonEngine;
import org.osteon.model.Experiment;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.Parameter;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.OsteonWorkspace;
import org.osteon.ui.editor.ExperimentEditor;
import org.osteon.ui.testing.TestWorkbench;

class ExperimentEditorTest {

    private static Path copyOf(String example, String name) throws Exception {
        TestWorkbench.start();
        Path dir = OsteonWorkspace.current().root().resolve("editor-tests");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.copy(OsteonWorkspace.current().examplesFolder().resolve(example), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private static ExperimentEditor open(Path file) {
        IEditorPart part = ui(() -> OsteonUi.openExperiment(TestWorkbench.page(), file));
        assertTrue(part instanceof ExperimentEditor, String.valueOf(part));
        return (ExperimentEditor) part;
    }

    @AfterEach
    void closeEditors() {
        uiRun(() -> TestWorkbench.page().closeAllEditors(false));
    }

    private static Parameter parameter(Experiment x, String name) {
        return x.getParameters().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    private static int row(Table table, String parameter) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(0).equals(parameter)) {
                return i;
            }
        }
        throw new AssertionError("no row " + parameter);
    }

    @Test
    void aParameterEditedInItsCellIsSavedAsXmiThatTheEngineRunsUnchanged() throws Exception {
        Path file = copyOf("knee-ct/similarity.osteon", "edited.osteon");
        ExperimentEditor editor = open(file);
        assertTrue(ui(() -> editor.validate()).isEmpty(), () -> String.valueOf(editor.problems()));
        assertFalse(ui(editor::isDirty));
        // edit the Value cell of "window" as a user does: activate its cell editor, type, press Enter
        uiRun(() -> {
            Parameter window = parameter(editor.experiment(), "window");
            editor.parameterViewer().editElement(window, 1);
            Control focus = editor.parameterViewer().getTable().getDisplay().getFocusControl();
            assertTrue(focus instanceof Text, "the Value cell opens a text editor for a range, got " + focus);
            ((Text) focus).setText("-500..1500");
            focus.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        });
        assertEquals("-500..1500", ui(() -> parameter(editor.experiment(), "window").getValue()));
        assertTrue(ui(editor::isDirty));
        assertEquals("-500..1500", ui(() -> editor.parameterViewer().getTable()
                .getItem(row(editor.parameterViewer().getTable(), "window")).getText(1)));
        TestWorkbench.Screenshot shot = TestWorkbench.screenshot(
                ui(() -> editor.parameterViewer().getControl().getShell()), "experiment-editor");
        assertTrue(shot.distinctColours() > 8, "blank screenshot");

        uiRun(() -> editor.doSave(null));
        assertFalse(ui(editor::isDirty));
        assertEquals("-500..1500", parameter(ExperimentFiles.loadExperiment(file), "window").getValue());
        ResolvedExperiment resolved = OsteonEngine.ofPlatform().validate(file, Map.of());
        assertEquals("-500..1500", resolved.parameters().get("window"));
        assertEquals(5, resolved.steps().size());

        // undo goes back through the EMF command stack, and the editor is dirty again against the saved file
        uiRun(editor::undo);
        assertEquals("-1000..2000", ui(() -> parameter(editor.experiment(), "window").getValue()));
        assertTrue(ui(editor::isDirty));
        uiRun(editor::redo);
        assertEquals("-500..1500", ui(() -> parameter(editor.experiment(), "window").getValue()));
        assertFalse(ui(editor::isDirty));
    }

    @Test
    void aParameterOutOfTheRangeItsStepDeclaresIsMarkedAtTheParameterAndTheEditIsKept() throws Exception {
        Path file = copyOf("mura/finger-siamese.osteon", "range.osteon");
        ExperimentEditor editor = open(file);
        uiRun(() -> editor.setParameter("embedding", "1"));
        List<String> at = ui(() -> {
            editor.validate();
            return editor.problemsAt(parameter(editor.experiment(), "embedding"));
        });
        assertEquals(1, at.size(), String.valueOf(at));
        assertTrue(at.get(0).contains("embedding") && at.get(0).contains("[2, 4096]") && at.get(0).contains("got 1"),
                at.get(0));
        assertEquals(1, ui(() -> editor.problems().size()));
        // the row is marked; other rows are not
        Color marked = ui(() -> editor.parameterViewer().getTable()
                .getItem(row(editor.parameterViewer().getTable(), "embedding")).getBackground(1).getRGB() == null ? null
                        : editor.parameterViewer().getTable().getItem(row(editor.parameterViewer().getTable(), "embedding"))
                                .getBackground(1));
        Color plain = ui(() -> editor.parameterViewer().getTable()
                .getItem(row(editor.parameterViewer().getTable(), "epochs")).getBackground(1));
        assertNotNull(marked);
        assertTrue(marked.getRed() > marked.getGreen() + 20, "marked row is red: " + marked);
        assertFalse(plain.getRGB().equals(marked.getRGB()));
        // the experiment is not run, the edit is not lost
        assertTrue(ui(editor::saveAndRun).isEmpty());
        assertEquals("1", ui(() -> parameter(editor.experiment(), "embedding").getValue()));
        assertTrue(ui(() -> editor.status()).contains("problem"), ui(editor::status));
        uiRun(() -> {
            editor.parameterViewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
            editor.parameterViewer().reveal(parameter(editor.experiment(), "embedding"));
        });
        TestWorkbench.screenshot(ui(() -> editor.parameterViewer().getControl().getShell()), "experiment-editor-problem");
    }

    @Test
    void aMissingDataFileIsReportedAtItsParameter() throws Exception {
        Path file = copyOf("knee-ct/similarity.osteon", "missing.osteon");
        ExperimentEditor editor = open(file);
        uiRun(() -> editor.setParameter("volume", "no-such-knee.nii.gz"));
        List<String> at = ui(() -> {
            editor.validate();
            return editor.problemsAt(parameter(editor.experiment(), "volume"));
        });
        assertEquals(1, at.size(), String.valueOf(at));
        assertTrue(at.get(0).contains("no-such-knee.nii.gz") && at.get(0).contains("does not exist"), at.get(0));
        assertTrue(ui(() -> editor.problemsAt(parameter(editor.experiment(), "window"))).isEmpty());
    }

    @Test
    void anExperimentFileThatDoesNotParseOpensAsAMessageNamingIt() throws Exception {
        TestWorkbench.start();
        Path file = OsteonWorkspace.current().root().resolve("editor-tests/broken.osteon");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<osteon:Experiment xmlns:osteon=\"http://osteon.org/model/experiment/1.0\" name=\"x\"");
        ExperimentEditor editor = open(file);
        String error = ui(() -> editor.loadError().orElse(""));
        assertTrue(error.contains("broken.osteon"), error);
        assertFalse(ui(editor::isDirty));
        TestWorkbench.screenshot(ui(() -> TestWorkbench.page().getWorkbenchWindow().getShell()), "experiment-editor-broken");
    }

    @Test
    void aStepAddedFromThePaletteGetsAFreshIdAndUndoRemovesIt() throws Exception {
        Path file = copyOf("knee-ct/similarity.osteon", "palette.osteon");
        ExperimentEditor editor = open(file);
        String id = ui(() -> editor.addStep("org.osteon.evaluation.similarity"));
        assertEquals("similarity-2", id);
        assertEquals(6, ui(() -> editor.experiment().getSteps().size()));
        // the new step's required input is unconnected: reported at that input
        List<String> problems = ui(() -> editor.validate().stream().map(p -> p.step() + "/" + p.port()).toList());
        assertTrue(problems.contains("similarity-2/features"), String.valueOf(problems));
        uiRun(() -> editor.connect(id, "features", "features.features"));
        assertTrue(ui(editor::validate).isEmpty(), () -> String.valueOf(editor.problems()));
        uiRun(editor::undo);
        uiRun(editor::undo);
        assertEquals(5, ui(() -> editor.experiment().getSteps().size()));
    }

    @Test
    void parametersAreAddedRenamedWithTheirUsesAndRemovedAsUndoableCommands() throws Exception {
        Path file = copyOf("knee-ct/similarity.osteon", "parameters.osteon");
        ExperimentEditor editor = open(file);
        String added = ui(() -> editor.addParameter("integer"));
        assertEquals("param", added);
        assertEquals("integer", ui(() -> parameter(editor.experiment(), "param").getType()));
        assertEquals(6, ui(() -> editor.experiment().getParameters().size()));
        // renaming "window" renames the ${window} uses of the steps too, so the experiment stays valid
        uiRun(() -> editor.renameParameter("window", "huWindow"));
        assertTrue(ui(editor::validate).isEmpty(), () -> String.valueOf(editor.problems()));
        long uses = ui(() -> editor.experiment().getSteps().stream().flatMap(s -> s.getParameters().stream())
                .filter(v -> "${huWindow}".equals(v.getValue())).count());
        assertEquals(2, uses, "the slices and features steps use the window");
        // a taken name is refused, the edit kept out
        uiRun(() -> editor.renameParameter("huWindow", "volume"));
        assertTrue(ui(editor::status).contains("taken"), ui(editor::status));
        // removing a parameter still in use is reported where it is used
        uiRun(() -> editor.removeParameter("huWindow"));
        List<String> problems = ui(() -> editor.validate().stream().map(p -> p.step() + "/" + p.parameter()).toList());
        assertTrue(problems.contains("slices/window") && problems.contains("features/window"), String.valueOf(problems));
        uiRun(editor::undo);
        uiRun(editor::undo);
        assertEquals("window", ui(() -> editor.experiment().getParameters().stream()
                .filter(p -> p.getValue() != null && p.getValue().equals("-1000..2000")).findFirst().orElseThrow().getName()));
        assertTrue(ui(editor::validate).isEmpty(), () -> String.valueOf(editor.problems()));
    }
}
