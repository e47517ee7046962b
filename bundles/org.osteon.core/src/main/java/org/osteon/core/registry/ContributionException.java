package org.osteon.core.registry;

/**
 * A contribution could not be created (its class is missing, does not implement the expected type, or its
 * constructor failed). Names the contribution id and the contributing bundle.
 */
public class ContributionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
