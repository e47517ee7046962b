package org.osteon.core;

/**
 * A problem with what the user gave: a missing, truncated or corrupt file, a parameter out of range, an
 * unknown contribution id. The message names what is wrong and what was expected; the command line shows
 * it as one line and exits with status 2. Anything else that escapes a step is an internal failure.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
