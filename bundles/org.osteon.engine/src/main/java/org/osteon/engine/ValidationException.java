package org.osteon.engine;

import java.util.List;

import org.osteon.core.InvalidInputException;

/** An experiment that cannot run: every problem found, each naming the element and what was expected. */
public class ValidationException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ValidationException(String experiment, List<String> problems) {
        super(format(experiment, problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String format(String experiment, List<String> problems) {
        if (problems.size() == 1) {
            return experiment + ": " + problems.get(0);
        }
        StringBuilder sb = new StringBuilder(experiment + ": " + problems.size() + " problems:");
        for (String p : problems) {
            sb.append(System.lineSeparator()).append("  - ").append(p);
        }
        return sb.toString();
    }
}
