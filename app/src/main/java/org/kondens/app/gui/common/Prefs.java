package org.kondens.app.gui.common;

import java.util.prefs.Preferences;

/**
 * Where the app keeps its settings (recent projects, language, theme, window bounds): the user
 * preferences node {@code org/kondens}, or the node the system property {@code kondens.prefs}
 * names. The tests set that property (app/pom.xml), so a test run never touches a user's settings.
 */
public final class Prefs {

    /** The system property naming another preferences node (tests, trying things out). */
    static final String PROPERTY = "kondens.prefs";
    static final String DEFAULT_NODE = "org/kondens";

    private Prefs() {
    }

    public static Preferences node() {
        String name = System.getProperty(PROPERTY, "").strip();
        return Preferences.userRoot().node(name.isEmpty() ? DEFAULT_NODE : name);
    }
}
