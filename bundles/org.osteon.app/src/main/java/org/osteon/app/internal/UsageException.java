package org.osteon.app.internal;

import org.osteon.core.InvalidInputException;

/** A malformed command line: the message says what was expected; the usage is printed after it. */
final class UsageException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
