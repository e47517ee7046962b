package org.osteon.testing.dl;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.osteon.dl.TensorScope;

/**
 * A fresh tensor scope of the {@link TestEngines#engine() engine} for each test, closed after it, so that a
 * test never leaks native memory into the next:
 *
 * <pre>
 * &#64;RegisterExtension
 * final TensorScopeExtension scopes = new TensorScopeExtension();
 *
 * &#64;Test
 * void adds() {
 *     Tensor t = Tensor.ones(scopes.scope(), 2, 3);
 * }
 * </pre>
 */
public final class TensorScopeExtension implements BeforeEachCallback, AfterEachCallback {

    private TensorScope scope;

    @Override
    public void beforeEach(ExtensionContext context) {
        scope = TestEngines.engine().newScope();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (scope != null) {
            scope.close();
            scope = null;
        }
    }

    /** The current test's scope. */
    public TensorScope scope() {
        if (scope == null) {
            throw new IllegalStateException("no test is running: register this extension with @RegisterExtension"
                    + " on an instance field and ask for the scope inside a test");
        }
        return scope;
    }
}
