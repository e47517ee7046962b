package org.osteon.dl.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.NativeLibrary;

/**
 * libtorch's C++ log level. libtorch reads {@code TORCH_CPP_LOG_LEVEL} only in {@code c10::initLogging()},
 * which PyTorch's Python module calls and DJL never does, so under DJL the variable has no effect and c10's
 * warnings reach stderr; DJL's own JNI code triggers one ("AutoNonVariableTypeMode is deprecated", from
 * {@code NDArray.set(Buffer)}) in every run that assigns tensor values. Writing c10's level flag directly
 * gives the variable its documented meaning, and defaults to ERROR: the engine's warnings are not for users.
 */
public final class NativeLogging {

    public static final String ENVIRONMENT_VARIABLE = "TORCH_CPP_LOG_LEVEL";
    /** c10's levels: 0 INFO, 1 WARNING, 2 ERROR, 3 FATAL. */
    public static final int ERROR = 2;
    private static final String FLAG = "FLAGS_caffe2_log_level";
    private static final Logger LOG = LoggerFactory.getLogger(NativeLogging.class);
    /** The libc10 whose flag was set, for {@link #level()}. */
    private static volatile NativeLibrary c10Library;

    private NativeLogging() {
    }

    /** Sets the level in the loaded libc10 of {@code libtorchFolder}; logs (never throws) when it cannot. */
    public static void apply(Path libtorchFolder) {
        String requested = System.getenv(ENVIRONMENT_VARIABLE);
        int level = parse(requested).orElse(ERROR);
        Path c10 = libtorchFolder.resolve("libc10.so");
        if (!Files.isRegularFile(c10)) {
            LOG.debug("no {}: libtorch's log level stays as it is", c10);
            return;
        }
        try {
            // the library is already loaded by DJL: this finds the same instance and its flag
            NativeLibrary library = NativeLibrary.getInstance(c10.toString());
            library.getGlobalVariableAddress(FLAG).setInt(0, level);
            c10Library = library;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.debug("cannot set libtorch's log level; its warnings will show", e);
        }
    }

    /** libtorch's current log level, once {@link #apply} has set it. */
    public static OptionalInt level() {
        NativeLibrary library = c10Library;
        return library == null ? OptionalInt.empty()
                : OptionalInt.of(library.getGlobalVariableAddress(FLAG).getInt(0));
    }

    /** The c10 level named by {@code value} (INFO, WARNING, ERROR, FATAL or 0 to 3), as c10 reads it. */
    public static OptionalInt parse(String value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "0", "INFO" -> OptionalInt.of(0);
            case "1", "WARNING" -> OptionalInt.of(1);
            case "2", "ERROR" -> OptionalInt.of(2);
            case "3", "FATAL" -> OptionalInt.of(3);
            default -> OptionalInt.empty();
        };
    }
}
