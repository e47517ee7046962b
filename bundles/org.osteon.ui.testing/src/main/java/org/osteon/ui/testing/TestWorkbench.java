package org.osteon.ui.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.osteon.ui.OsteonWorkspace;
import org.osteon.ui.internal.OsteonWorkbenchAdvisor;

/**
 * The real Osteon workbench, started once per test JVM on a UI thread of its own, over a fresh workspace holding
 * the repository's examples. Tests drive it from their own thread with {@link #ui(Callable)}.
 */
public final class TestWorkbench {

    private static Display display;
    private static Path workspace;

    private TestWorkbench() {
    }

    /** Starts the workbench (once) and returns its display. */
    public static synchronized Display start() {
        if (display != null) {
            return display;
        }
        try {
            workspace = Files.createTempDirectory("osteon-ui-workspace");
            OsteonWorkspace w = new OsteonWorkspace(workspace);
            OsteonWorkspace.setCurrent(w);
            w.offerExamples(repositoryRoot().resolve("examples"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CountDownLatch ready = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Display> created = new AtomicReference<>();
        Thread ui = new Thread(() -> {
            try {
                Display d = PlatformUI.createDisplay();
                created.set(d);
                PlatformUI.createAndRunWorkbench(d, new OsteonWorkbenchAdvisor(Optional.empty(), ready::countDown));
            } catch (Throwable t) {
                failure.set(t);
                ready.countDown();
            }
        }, "osteon-workbench-ui");
        ui.setDaemon(true);
        ui.start();
        try {
            if (!ready.await(180, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the workbench did not start within 180 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the workbench did not start: " + failure.get(), failure.get());
        }
        display = created.get();
        return display;
    }

    public static Path workspace() {
        start();
        return workspace;
    }

    public static Path repositoryRoot() {
        String root = System.getProperty("osteon.repository.root");
        return root == null || root.isBlank() ? Path.of("../..").toAbsolutePath().normalize() : Path.of(root);
    }

    /** Runs {@code work} on the UI thread and returns its result; its exception is rethrown here. */
    public static <T> T ui(Callable<T> work) {
        Display d = start();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        d.syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() instanceof RuntimeException r) {
            throw r;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    public static void uiRun(Runnable work) {
        ui(() -> {
            work.run();
            return null;
        });
    }

    public static IWorkbenchPage page() {
        return ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
    }

    /** Waits (the UI keeps running) until {@code condition}, checked on the UI thread, holds. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (ui(condition::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertTrue(ui(condition::getAsBoolean), "timed out after " + timeout.toSeconds() + " s waiting for " + what);
    }

    /** Lets the UI thread process what is pending (layouts, paints, async runnables). */
    public static void settle() {
        for (int i = 0; i < 5; i++) {
            uiRun(() -> {
                while (display.readAndDispatch()) {
                    // drain
                }
            });
        }
    }

    /**
     * Saves a PNG of {@code control} as it is on screen to target/screenshots/NAME.png and returns the file and
     * the image data read back from it.
     */
    public static Screenshot screenshot(Control control, String name) {
        settle();
        return ui(() -> {
            Point size = control.getSize();
            Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
            GC gc = new GC(control);
            try {
                gc.copyArea(image, 0, 0);
            } finally {
                gc.dispose();
            }
            try {
                Path dir = Path.of("target", "screenshots").toAbsolutePath();
                Files.createDirectories(dir);
                Path file = dir.resolve(name + ".png");
                ImageLoader saver = new ImageLoader();
                saver.data = new ImageData[] {image.getImageData()};
                saver.save(file.toString(), SWT.IMAGE_PNG);
                ImageData read = new ImageLoader().load(file.toString())[0];
                return new Screenshot(file, read);
            } finally {
                image.dispose();
            }
        });
    }

    /** A saved screenshot and its pixels as read back from the file. */
    public record Screenshot(Path file, ImageData data) {

        /** The number of distinct pixel values in a grid of samples: a blank image has 1. */
        public int distinctColours() {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int y = 0; y < data.height; y += Math.max(1, data.height / 64)) {
                for (int x = 0; x < data.width; x += Math.max(1, data.width / 64)) {
                    seen.add(data.getPixel(x, y));
                }
            }
            return seen.size();
        }
    }

    public static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
