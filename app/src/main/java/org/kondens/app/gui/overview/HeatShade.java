package org.kondens.app.gui.overview;

import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.kondens.app.gui.common.Css;

/**
 * A heat-map cell: the group's colour laid over the theme's background, stronger for more units,
 * and a figure that stays readable on it in the light theme and in the dark one. Which of black
 * or white reads better is worked out here for both themes' backgrounds; kondens.css picks the
 * one for the theme in use (ladder on -color-bg-default).
 */
final class HeatShade {

    /** AtlantaFX Primer Light's -color-bg-default. */
    static final Color LIGHT_THEME = Color.WHITE;
    /** AtlantaFX Primer Dark's -color-bg-default. */
    static final Color DARK_THEME = Color.web("#0d1117");

    private HeatShade() {
    }

    /** How strongly a count shows: a faint shade for one unit, nearly the full colour for the most. */
    static double alpha(long count, long max) {
        return 0.18 + 0.72 * count / Math.max(1, max);
    }

    /** Shades {@code cell} with {@code base} at {@code alpha} and gives {@code figure} the readable colour for each theme. */
    static void paint(Region cell, Labeled figure, Color base, double alpha) {
        cell.getStyleClass().add("heat-cell");
        cell.setStyle("-heat-color: " + rgba(base, alpha) + ";");
        Css.set(figure, "heat-figure", true);
        Css.set(figure, "heat-white-on-light", whiteReads(base, alpha, LIGHT_THEME));
        Css.set(figure, "heat-black-on-dark", !whiteReads(base, alpha, DARK_THEME));
    }

    /** True when a white figure contrasts more than a black one with {@code base} at {@code alpha} over {@code background}. */
    static boolean whiteReads(Color base, double alpha, Color background) {
        Color shade = background.interpolate(base, alpha);
        return contrast(shade, Color.WHITE) > contrast(shade, Color.BLACK);
    }

    /** WCAG contrast ratio of two colours (1 to 21). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    static String rgba(Color c, double alpha) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255), alpha);
    }
}
