package org.osteon.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless {@code osteon} application (id org.osteon.app.osteon). Returns the exit status: 0 success,
 * 2 a user's mistake (one message naming it), 1 an internal error, 130 a run cancelled by Ctrl-C.
 */
public final class OsteonApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        boolean interactive = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        int status = new Commands(System.out, System.err, interactive).execute(args);
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(status);
    }

    @Override
    public void stop() {
        // commands run to completion; Ctrl-C's shutdown hook cancels a running experiment and waits for it to keep
        // what finished (RunCancellation)
    }
}
