package org.osteon.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a finished run into files of the run folder (CSV tables, an HTML report...). Contributed through
 * {@code org.osteon.core.reporters}.
 */
public interface Reporter {

    /**
     * Writes this reporter's files under {@code runDirectory} and returns their paths relative to it.
     */
    List<String> report(RunReport run, Path runDirectory) throws IOException;
}
