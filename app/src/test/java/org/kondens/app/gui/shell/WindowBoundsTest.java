package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.Prefs;

/** The main window opens where it was left, but always on a screen and never at 200×200. */
class WindowBoundsTest {

    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1366, 0, 1920, 1050);

    @Test
    void storedBoundsOnAScreenAreUsedAsTheyAre() {
        WindowBounds stored = new WindowBounds(1500, 40, 1400, 900, false);
        assertEquals(stored, WindowBounds.fit(Optional.of(stored), List.of(LAPTOP, RIGHT_MONITOR)));
    }

    @Test
    void withoutStoredBoundsTheWindowHasItsPreferredSizeCentred() {
        WindowBounds b = WindowBounds.fit(Optional.empty(), List.of(new Rectangle2D(0, 0, 1920, 1050)));
        assertEquals(new WindowBounds(320, 125, 1280, 800, false), b);
        assertEquals(new WindowBounds(43, 0, 1280, 740, false), WindowBounds.fit(Optional.empty(), List.of(LAPTOP)), "no taller than the screen");
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneComesBackToThePrimaryScreen() {
        WindowBounds onGone = new WindowBounds(1500, 40, 1400, 900, false);
        WindowBounds b = WindowBounds.fit(Optional.of(onGone), List.of(LAPTOP));
        assertEquals(new WindowBounds(43, 0, 1280, 740, false), b);
    }

    @Test
    void aWindowHangingOverTheEdgeOrTooLargeIsPulledInside() {
        WindowBounds over = new WindowBounds(-300, -50, 2000, 600, false);
        assertEquals(new WindowBounds(0, 0, 1366, 600, false), WindowBounds.fit(Optional.of(over), List.of(LAPTOP)));
        WindowBounds tiny = new WindowBounds(100, 100, 200, 200, false);
        assertEquals(new WindowBounds(100, 100, 900, 600, false), WindowBounds.fit(Optional.of(tiny), List.of(LAPTOP)),
                "never smaller than the minimum");
    }

    @Test
    void boundsAreKeptInThePreferencesAndAMaximizedWindowKeepsItsNormalSize() throws Exception {
        Preferences prefs = Prefs.node().node("window-bounds-test");
        try {
            new WindowBounds(10, 20, 1000, 700, false).save(prefs);
            assertEquals(Optional.of(new WindowBounds(10, 20, 1000, 700, false)), WindowBounds.load(prefs));
            new WindowBounds(0, 0, 1920, 1050, true).save(prefs);
            assertEquals(Optional.of(new WindowBounds(10, 20, 1000, 700, true)), WindowBounds.load(prefs));
        } finally {
            prefs.removeNode();
        }
    }
}
