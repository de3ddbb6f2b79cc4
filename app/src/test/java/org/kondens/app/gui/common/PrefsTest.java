package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test run keeps its settings apart: the user's recent projects, language and window stay as they were. */
class PrefsTest {

    @TempDir
    Path dir;

    @Test
    void testsUseAPreferencesNodeOfTheirOwn() {
        assertNotEquals("/" + Prefs.DEFAULT_NODE, Prefs.node().absolutePath(), "surefire names another node (kondens.prefs)");
    }

    @Test
    void aProjectOpenedInATestIsNotAddedToTheUsersRecentList() throws Exception {
        Preferences user = Preferences.userRoot();
        String before = user.nodeExists(Prefs.DEFAULT_NODE) ? user.node(Prefs.DEFAULT_NODE).get("recentProjects", null) : null;
        Path file = Files.createFile(dir.resolve("intervju_ola.kondens"));
        RecentProjects.add(file);
        assertEquals(file.toAbsolutePath().normalize(), RecentProjects.list().get(0));
        String after = user.nodeExists(Prefs.DEFAULT_NODE) ? user.node(Prefs.DEFAULT_NODE).get("recentProjects", null) : null;
        assertEquals(before, after, "the user's own list is unchanged");
        assertTrue(after == null || !after.contains(dir.toString()));
    }
}
