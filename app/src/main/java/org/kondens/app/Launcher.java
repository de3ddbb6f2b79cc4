package org.kondens.app;

import org.kondens.app.cli.KondensCli;
import org.kondens.app.gui.shell.KondensApp;

/**
 * Entry point of {@code kondens.jar}, reached through {@link JavaCheck} once the Java is new
 * enough. No arguments, or just a project file, opens the desktop app; anything else is a
 * command-line call. (A plain main class, not a JavaFX Application,
 * lets the JavaFX runtime start from a fat jar on the class path.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before any library logs: their messages go to the error log, not the console.
        LibraryLogging.install();
        if (args.length == 0 || (args.length == 1 && (args[0].endsWith(".kondens") || args[0].startsWith(KondensApp.STARTUP_PROBE)))
                || (args.length == 2 && args[0].equals(KondensApp.REVIEW) && args[1].endsWith(".kondens"))) {
            KondensApp.launchGui(args);
        } else {
            KondensCli.main(args);
        }
    }
}
