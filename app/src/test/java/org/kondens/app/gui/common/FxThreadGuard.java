package org.kondens.app.gui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kondens.core.ThreadGuard;

/**
 * Every app test runs with this guard (registered for JUnit's extension autodetection): database
 * or index work on the FX thread is refused, and the test that caused it fails, with the stack
 * of the offending call. (An exception on the FX thread alone would only be printed.)
 */
public final class FxThreadGuard implements BeforeAllCallback, AfterEachCallback {

    private static final List<Throwable> VIOLATIONS = new CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        ThreadGuard.install(() -> {
            if (Platform.isFxApplicationThread()) {
                IllegalStateException e = new IllegalStateException("database or index work on the FX thread");
                VIOLATIONS.add(e);
                throw e;
            }
        });
    }

    /** The calls refused so far, taken: for the test that proves the guard works. */
    static List<Throwable> takeViolations() {
        List<Throwable> taken = List.copyOf(VIOLATIONS);
        VIOLATIONS.clear();
        return taken;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!VIOLATIONS.isEmpty()) {
            AssertionError failure = new AssertionError(VIOLATIONS.size() + " database or index calls on the FX thread; the first:",
                    VIOLATIONS.get(0));
            VIOLATIONS.clear();
            throw failure;
        }
    }
}
