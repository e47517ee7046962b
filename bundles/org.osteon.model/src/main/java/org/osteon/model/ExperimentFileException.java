package org.osteon.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An experiment or run file could not be read or written. The message is one line meant for the user: it names
 * the file and says what was expected.
 */
public class ExperimentFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public ExperimentFileException(Path file, String message) {
    this(file, message, null);
  }

  public ExperimentFileException(Path file, String message, Throwable cause) {
    super(message, cause);
    this.file = Objects.requireNonNull(file, "file");
  }

  /** The file that could not be read or written. */
  public Path getFile() {
    return file;
  }
}
