package org.osteon.engine.internal;

import java.nio.file.Path;
import java.util.Map;

import org.osteon.core.progress.ProgressMonitor;
import org.osteon.core.registry.Registries;
import org.osteon.core.step.Step;
import org.osteon.engine.ExperimentValidator.ResolvedStep;

/** Creates and runs one step in its own context and returns what it published. */
public final class StepRunner {

    private StepRunner() {
    }

    public static Map<String, Object> run(ResolvedStep step, long seed, Path baseDirectory, Path runDirectory,
            Map<String, Object> runValues, RunRecord record, ProgressMonitor progress, Registries registries)
            throws Exception {
        StepRunContext context = new StepRunContext(step, seed, baseDirectory, runDirectory, runValues, record,
                progress, registries);
        Step instance = step.descriptor().create();
        // the step's own bundle loads what it needs (DJL natives, ImageIO plugins) through the context loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(instance.getClass().getClassLoader());
        try {
            instance.run(context);
        } finally {
            thread.setContextClassLoader(previous);
            progress.done();
            // also when the step was cancelled or failed: what it wrote stays in the kept folder and is listed
            for (var f : context.writtenFiles.entrySet()) {
                record.log("INFO", step.spec().id(), "wrote " + runDirectory.relativize(f.getKey()));
            }
            RunArchive.rememberMediaTypes(context.writtenFiles, step.spec().id(), record);
        }
        return context.published;
    }

    /** A monitor that prefixes every task with the step's position and id. */
    public static ProgressMonitor prefixed(ProgressMonitor delegate, String prefix) {
        return new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
                delegate.begin(prefix + (task == null || task.isEmpty() ? "" : ": " + task), totalWork);
            }

            @Override
            public void worked(int units) {
                delegate.worked(units);
            }

            @Override
            public void subTask(String name) {
                delegate.subTask(name);
            }

            @Override
            public boolean isCanceled() {
                return delegate.isCanceled();
            }

            @Override
            public void done() {
                delegate.done();
            }
        };
    }
}
