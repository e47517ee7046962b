package org.osteon.io.internal.dataset;

import java.nio.file.Path;
import java.util.List;

import org.osteon.core.InvalidInputException;

/**
 * One non-blank line of a CSV index file, split into fields, with its 1-based line number for messages.
 */
public record CsvLine(Path file, int number, List<String> fields) {

    public CsvLine {
        fields = List.copyOf(fields);
    }

    public int size() {
        return fields.size();
    }

    public String field(int i) {
        return fields.get(i);
    }

    /** "FILE, line N: PROBLEM" as an InvalidInputException. */
    public InvalidInputException error(String problem) {
        return new InvalidInputException(file + ", line " + number + ": " + problem);
    }

    /** "FILE, line N, column C (NAME): PROBLEM" as an InvalidInputException; column is 0-based here, 1-based in the text. */
    public InvalidInputException error(int column, String name, String problem) {
        return new InvalidInputException(file + ", line " + number + ", column " + (column + 1) + " (" + name + "): "
                + problem);
    }
}
