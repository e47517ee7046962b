package org.osteon.ui.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osteon.ui.OsteonWorkspace;

/**
 * The Osteon workbench application: {@code osteon workbench [FILE.osteon | RUN_FOLDER] [--workspace DIR]}.
 * The workspace is {@code --workspace}, else the instance location ({@code -data}), else ~/osteon-workspace;
 * the bundled examples (system property {@code osteon.examples}) are copied into its examples/ folder.
 */
public final class OsteonWorkbenchApplication implements IApplication {

    /** Exit status for a problem with the input (no display, a bad argument), as the command line uses. */
    static final Integer EXIT_INPUT = 2;

    /** The parsed arguments. */
    record Arguments(Optional<Path> workspace, Optional<Path> open) {

        static Arguments parse(List<String> args) {
            Optional<Path> workspace = Optional.empty();
            Optional<Path> open = Optional.empty();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--workspace")) {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--workspace needs a folder");
                    }
                    workspace = Optional.of(Path.of(args.get(++i)));
                } else if (a.startsWith("--workspace=")) {
                    workspace = Optional.of(Path.of(a.substring("--workspace=".length())));
                } else if (a.startsWith("-")) {
                    // options of the launcher or the test harness (-testproperties ...) are not ours
                    continue;
                } else if (open.isEmpty()) {
                    Path p = Path.of(a).toAbsolutePath().normalize();
                    if (!Files.exists(p)) {
                        throw new IllegalArgumentException(a + " does not exist; expected an experiment file"
                                + " (*.osteon) or a run folder");
                    }
                    if (Files.isDirectory(p) && !Files.isRegularFile(p.resolve("run.xmi"))) {
                        throw new IllegalArgumentException(a + " is a folder without run.xmi; expected an experiment"
                                + " file (*.osteon) or a run folder");
                    }
                    open = Optional.of(p);
                }
            }
            return new Arguments(workspace, open);
        }
    }

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        Arguments args;
        try {
            args = Arguments.parse(Arrays.asList(raw));
        } catch (IllegalArgumentException e) {
            System.err.println("osteon workbench: " + e.getMessage());
            return EXIT_INPUT;
        }
        if (!hasDisplay()) {
            System.err.println("osteon workbench: needs a display (X or Xvfb); DISPLAY is not set."
                    + " Start it in a desktop session, or under Xvfb: xvfb-run ./osteon workbench");
            return EXIT_INPUT;
        }
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError e) {
            System.err.println("osteon workbench: needs a display (X or Xvfb); cannot open DISPLAY="
                    + System.getenv("DISPLAY") + " (" + e.getMessage() + ")");
            return EXIT_INPUT;
        }
        try {
            OsteonWorkspace workspace = new OsteonWorkspace(args.workspace().orElseGet(
                    OsteonWorkbenchApplication::instanceLocation));
            OsteonWorkspace.setCurrent(workspace);
            offerExamples(workspace);
            int code = PlatformUI.createAndRunWorkbench(display, new OsteonWorkbenchAdvisor(args.open()));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    static boolean hasDisplay() {
        String x = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return x != null && !x.isBlank() || wayland != null && !wayland.isBlank();
    }

    /** The instance location (-data) when one is set, else the default workspace. */
    static Path instanceLocation() {
        Location location = Platform.getInstanceLocation();
        try {
            if (location != null && location.isSet() && location.getURL() != null) {
                return Path.of(location.getURL().toURI());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // fall through to the default
        }
        return OsteonWorkspace.defaultRoot();
    }

    static void offerExamples(OsteonWorkspace workspace) {
        String examples = System.getProperty("osteon.examples");
        if (examples == null || examples.isBlank()) {
            return;
        }
        try {
            workspace.offerExamples(Path.of(examples));
        } catch (IOException e) {
            System.err.println("osteon workbench: could not copy the examples into " + workspace.examplesFolder()
                    + ": " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
