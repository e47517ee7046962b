package org.osteon.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Where a problem is: an experiment parameter ({@code step} null), a step, a step's parameter or a step's input
     * port; all null for the experiment as a whole. Editors use it to show a problem at its element.
     */
    public record Problem(String message, String step, String parameter, String port) {

        /** The element named at the start of a validator message ("step 'x' parameter 'y': ..."). */
        public static Problem locate(String message) {
            Matcher m = STEP_PART.matcher(message);
            if (m.lookingAt()) {
                String step = m.group(1);
                String param = m.group(2) != null ? m.group(2) : m.group(4);
                String port = m.group(3) != null ? m.group(3) : m.group(5);
                return new Problem(message, step, param, port);
            }
            m = EXPERIMENT_PARAMETER.matcher(message);
            if (m.lookingAt()) {
                return new Problem(message, null, m.group(1) != null ? m.group(1) : m.group(2), null);
            }
            return new Problem(message, null, null, null);
        }
    }

    private static final Pattern STEP_PART = Pattern.compile(
            "step '([^']*)'(?: parameter '([^']*)'| input '([^']*)')?(?: \\([^)]*\\))?"
                    + "(?:: unknown parameter '([^']*)'|: (?:required|unknown) input '([^']*)')?");
    private static final Pattern EXPERIMENT_PARAMETER = Pattern.compile(
            "experiment parameter '([^']*)'|--set ([^=:\\s]+)");

    /** Every problem with the element it names. */
    public List<Problem> located() {
        return problems.stream().map(Problem::locate).toList();
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
