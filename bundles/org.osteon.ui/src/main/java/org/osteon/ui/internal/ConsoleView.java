package org.osteon.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osteon.ui.RunJob;
import org.osteon.ui.RunQueue;

/** The log of the workbench's runs as they run: one line per log entry, the run's name before its first line. */
public final class ConsoleView extends ViewPart {

    private static final int MAX_CHARS = 2_000_000;

    private StyledText text;
    private final RunQueue.Listener listener = new RunQueue.Listener() {
        @Override
        public void queued(RunJob run) {
            append("--- " + run.getName() + " queued as run " + run.runId());
        }

        @Override
        public void logged(RunJob run, String line) {
            append(line);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        for (RunJob j : RunQueue.get().active()) {
            for (String line : j.log()) {
                text.append(line + "\n");
            }
        }
        RunQueue.get().addListener(listener);
        getViewSite().getActionBars().getToolBarManager().add(new Action("Clear") {
            @Override
            public void run() {
                text.setText("");
            }
        });
    }

    private void append(String line) {
        if (text == null || text.isDisposed()) {
            return;
        }
        text.getDisplay().asyncExec(() -> {
            if (text.isDisposed()) {
                return;
            }
            if (text.getCharCount() > MAX_CHARS) {
                text.replaceTextRange(0, text.getCharCount() / 2, "");
            }
            text.append(line + "\n");
            text.setTopIndex(text.getLineCount() - 1);
        });
    }

    /** The console's text (for tests and copy). */
    public String text() {
        return text.getText();
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void dispose() {
        RunQueue.get().removeListener(listener);
        super.dispose();
    }
}
