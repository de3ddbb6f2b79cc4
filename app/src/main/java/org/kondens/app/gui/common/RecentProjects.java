package org.kondens.app.gui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last projects opened (at most 8), kept in the user's preferences, newest first. */
public final class RecentProjects {

    private static final String KEY = "recentProjects";
    private static final int MAX = 8;

    private RecentProjects() {
    }

    public static List<Path> list() {
        String stored = prefs().get(KEY, "");
        List<Path> paths = new ArrayList<>();
        for (String s : stored.split("\n")) {
            if (!s.isBlank() && Files.exists(Path.of(s))) {
                paths.add(Path.of(s));
            }
        }
        return paths;
    }

    public static void add(Path file) {
        List<Path> paths = new ArrayList<>(list());
        Path abs = file.toAbsolutePath().normalize();
        paths.remove(abs);
        paths.add(0, abs);
        List<String> lines = paths.stream().limit(MAX).map(Path::toString).toList();
        try {
            prefs().put(KEY, String.join("\n", lines));
        } catch (RuntimeException e) {
            // preferences unavailable (read-only home): the list is a convenience
        }
    }

    private static Preferences prefs() {
        return Prefs.node();
    }
}
