package org.kondens.app.gui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * Menu items that show their text as it is: names of projects, code groups and undo steps may
 * hold underscores ({@code intervju_ola}), which JavaFX would otherwise take as mnemonics and hide.
 * Every menu and menu item in the app is made here (a test keeps it so).
 */
public final class Menus {

    /** How many characters of a user's name a menu shows before "…". */
    public static final int MAX_NAME = 60;

    private Menus() {
    }

    public static MenuItem item(String text) {
        return plain(new MenuItem(text));
    }

    public static MenuItem item(String text, Node graphic) {
        return plain(new MenuItem(text, graphic));
    }

    public static Menu menu(String text) {
        return plain(new Menu(text));
    }

    static <T extends MenuItem> T plain(T item) {
        item.setMnemonicParsing(false);
        return item;
    }

    /** Turns mnemonic parsing off for {@code items} and everything under them. */
    static void plainAll(List<? extends MenuItem> items) {
        for (MenuItem i : items) {
            plain(i);
            if (i instanceof Menu m) {
                plainAll(m.getItems());
            }
        }
    }

    /** {@code name} on one line, at most {@link #MAX_NAME} characters, cut with "…". */
    public static String shorten(String name) {
        return Words.shorten(name, MAX_NAME);
    }

    /** "Undo: NAME" with the name shortened; just "Undo" without one. */
    public static String withName(String verb, String name) {
        return name == null ? verb : verb + ": " + shorten(name);
    }
}
