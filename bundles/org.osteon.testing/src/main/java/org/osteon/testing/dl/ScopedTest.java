package org.osteon.testing.dl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osteon.dl.TensorScope;

/**
 * A test class whose tests each get a fresh tensor scope of the {@link TestEngines#engine() engine} in
 * {@link #scope}, closed after the test (the base-class form of {@link TensorScopeExtension}).
 */
public abstract class ScopedTest {

    protected TensorScope scope;

    @BeforeEach
    protected final void openScope() {
        scope = TestEngines.engine().newScope();
    }

    @AfterEach
    protected final void closeScope() {
        if (scope != null) {
            scope.close();
            scope = null;
        }
    }
}
