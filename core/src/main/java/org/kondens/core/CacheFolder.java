package org.kondens.core;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's cache folder for Kondens: derived data (search indexes) and the error log, never
 * the analysis. {@code kondens.cache} or {@code KONDENS_CACHE} override the OS default.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /**
     * The owner-only folder {@code name} in the cache (made if missing, the cache root too): for
     * the search index, the log, and the scratch files libraries would put in the temp folder.
     */
    public static Path privateFolder(String name) throws java.io.IOException {
        Path root = PrivateFiles.createFolder(root());
        PrivateFiles.restrict(root);
        return PrivateFiles.createFolder(root.resolve(name));
    }

    public static Path root() {
        String configured = System.getProperty("kondens.cache", System.getenv("KONDENS_CACHE"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "Kondens", "Cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Kondens");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.cache", "kondens");
    }
}
