package org.kondens.app.gui.shell;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * The main window's place and size, kept in the app's preferences between starts. A stored place
 * is used only where it can be seen: moved onto a screen (a second monitor may be gone) and made
 * no larger than that screen. Without one, the window opens at its preferred size, centred.
 * Sizes are always given explicitly: some window managers otherwise open a JavaFX window at 200×200.
 */
record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;
    static final double PREF_WIDTH = 1280;
    static final double PREF_HEIGHT = 800;
    /** How much of a stored window must lie on a screen for it to count as on that screen. */
    private static final double VISIBLE = 100;

    Rectangle2D rectangle() {
        return new Rectangle2D(x, y, width, height);
    }

    static Optional<WindowBounds> load(Preferences prefs) {
        double w = prefs.getDouble("window.width", -1);
        double h = prefs.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w, h,
                prefs.getBoolean("window.maximized", false)));
    }

    void save(Preferences prefs) {
        try {
            prefs.putBoolean("window.maximized", maximized);
            if (!maximized) { // keep the normal size for when the window is restored
                prefs.putDouble("window.x", x);
                prefs.putDouble("window.y", y);
                prefs.putDouble("window.width", width);
                prefs.putDouble("window.height", height);
            }
        } catch (RuntimeException e) {
            // preferences unavailable: the window opens at its usual size next time
        }
    }

    /**
     * Where to put the window: {@code stored} if enough of it is on one of {@code screens}
     * (their visual bounds, the primary first), moved and shrunk to lie wholly on that screen;
     * else the preferred size centred on the primary screen.
     */
    static WindowBounds fit(Optional<WindowBounds> stored, List<Rectangle2D> screens) {
        Rectangle2D primary = screens.isEmpty() ? new Rectangle2D(0, 0, PREF_WIDTH, PREF_HEIGHT) : screens.get(0);
        if (stored.isPresent()) {
            WindowBounds b = stored.get();
            for (Rectangle2D screen : screens) {
                if (overlap(b.rectangle(), screen) >= VISIBLE * VISIBLE) {
                    return inside(b, screen);
                }
            }
        }
        double w = Math.min(PREF_WIDTH, primary.getWidth());
        double h = Math.min(PREF_HEIGHT, primary.getHeight());
        return new WindowBounds(primary.getMinX() + (primary.getWidth() - w) / 2, primary.getMinY() + (primary.getHeight() - h) / 2, w, h,
                stored.map(WindowBounds::maximized).orElse(false));
    }

    private static WindowBounds inside(WindowBounds b, Rectangle2D screen) {
        double w = Math.min(Math.max(b.width, Math.min(MIN_WIDTH, screen.getWidth())), screen.getWidth());
        double h = Math.min(Math.max(b.height, Math.min(MIN_HEIGHT, screen.getHeight())), screen.getHeight());
        double x = Math.min(Math.max(b.x, screen.getMinX()), screen.getMaxX() - w);
        double y = Math.min(Math.max(b.y, screen.getMinY()), screen.getMaxY() - h);
        return new WindowBounds(x, y, w, h, b.maximized);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }
}
