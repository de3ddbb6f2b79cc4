package org.kondens.app.gui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kondens.core.KondensException;
import org.kondens.core.PrivateFiles;
import org.kondens.core.Problem;
import org.kondens.core.sample.SampleStudy;

/**
 * Where the sample project is kept: {@code sample.kondens} in the user's data folder for Kondens,
 * built from the study bundled with the app the first time it is opened. Never in the working
 * folder or beside the jar, so a source checkout or an installed app stays as it came.
 */
public final class Samples {

    static final String PROJECT = "sample.kondens";

    /** Tests point the data folder elsewhere (as {@code kondens.prefs} does for the settings). */
    static final String PROPERTY = "kondens.data";

    private Samples() {
    }

    /** The folder the sample project is kept in (present on every system; an Optional for the menu's sake). */
    public static Optional<Path> folder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        return Optional.of(dataFolder(System.getProperty("os.name", ""), System.getProperty("user.home"), System::getenv));
    }

    /**
     * The user's data folder for Kondens: {@code %APPDATA%\Kondens} on Windows,
     * {@code ~/Library/Application Support/Kondens} on macOS, {@code $XDG_DATA_HOME/Kondens}
     * (default {@code ~/.local/share/Kondens}) elsewhere.
     */
    static Path dataFolder(String os, String home, UnaryOperator<String> env) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.contains("win")) {
            String appData = env.apply("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Kondens") : Path.of(home, "AppData", "Roaming", "Kondens");
        }
        if (name.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Kondens");
        }
        String xdg = env.apply("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "Kondens") : Path.of(home, ".local", "share", "Kondens");
    }

    /** Builds {@code folder}/sample.kondens from the bundled study unless it is there already; the folder is owner-only. */
    static void ensureBuilt(Path folder) {
        Path project = folder.resolve(PROJECT);
        if (Files.exists(project)) {
            return;
        }
        try {
            PrivateFiles.createFolder(folder);
        } catch (IOException e) {
            throw new KondensException(e, Problem.CANNOT_CREATE, folder, e.getMessage());
        }
        PrivateFiles.restrict(folder);
        SampleStudy.build(project);
    }
}
