package org.osteon.training;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osteon.dl.TensorScope;

/** A test with one tensor scope per test method, on the platform's engine. */
abstract class ScopedTest {

    protected TensorScope scope;

    @BeforeEach
    void openScope() {
        scope = TrainingTestEngine.get().newScope();
    }

    @AfterEach
    void closeScope() {
        scope.close();
    }
}
