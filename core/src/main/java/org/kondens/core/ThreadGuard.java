package org.kondens.core;

/**
 * A check run before every database transaction and index call. Core knows nothing of UI
 * threads; the app installs a check that refuses its UI thread (the FX thread must never wait
 * on the disk), and the app's tests install one that fails the test.
 */
public final class ThreadGuard {

    private static volatile Runnable check = () -> { };

    private ThreadGuard() {
    }

    /** Installs {@code check}; it throws when the current thread must not do database or index work. */
    public static void install(Runnable newCheck) {
        check = newCheck == null ? () -> { } : newCheck;
    }

    /** Runs the installed check on the current thread. */
    public static void check() {
        check.run();
    }
}
