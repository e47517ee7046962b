package org.osteon.zoo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osteon.dl.TensorScope;
import org.osteon.testing.dl.TestEngines;

/** A test whose tensors live in one scope per test method, freed after it. */
public abstract class ScopedTest {

    protected TensorScope scope;

    @BeforeEach
    void openScope() {
        scope = TestEngines.engine().newScope();
    }

    @AfterEach
    void closeScope() {
        scope.close();
    }
}
