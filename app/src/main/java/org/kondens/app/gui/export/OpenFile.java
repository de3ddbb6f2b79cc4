package org.kondens.app.gui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Opens a saved export in the system's program for it, on a thread of its own (it may take seconds). */
final class OpenFile {

    private OpenFile() {
    }

    /** Opens {@code file}; {@code failed} hears on the FX thread if no program could open it. */
    static void open(Path file, Consumer<Path> failed) {
        if (file == null || !Files.exists(file)) {
            return;
        }
        Thread opener = new Thread(() -> {
            if (!desktopOpens(file) && !runOpener(file)) {
                Platform.runLater(() -> failed.accept(file));
            }
        }, "kondens-open-export");
        opener.setDaemon(true);
        opener.start();
    }

    private static boolean desktopOpens(Path file) {
        try {
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(file.toFile());
                return true;
            }
        } catch (Exception | Error e) {
            return false;
        }
        return false;
    }

    /** The desktop's own "open" command, for systems where AWT cannot open files. */
    private static boolean runOpener(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "", file.toString())
                : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) ? p.exitValue() == 0 : true;
        } catch (Exception e) {
            return false;
        }
    }
}
