package org.kondens.app.gui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The app's keyboard shortcuts, listed from where they are bound so the list cannot drift: the
 * menus' accelerators, the scene's named accelerators, and the keys the work areas handle
 * themselves (defined here and matched by those views).
 */
public final class Shortcuts {

    /** Step 1: adds the note being typed. */
    public static final KeyCombination ADD_NOTE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    /** Step 2 (selected text) and Search (chosen hit): make a meaning unit. */
    public static final KeyCombination MAKE_UNIT = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    /** The reader (steps 1–2): the previous and the next transcript. */
    public static final KeyCombination PREVIOUS_TRANSCRIPT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    public static final KeyCombination NEXT_TRANSCRIPT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    /** One line of the list: the keys as the platform shows them, and what they do. */
    public record Shortcut(String keys, String action) {
    }

    private Shortcuts() {
    }

    /** The keys the work areas handle themselves, with what they do in {@code t}'s words. */
    public static Map<KeyCombination, String> ofViews(I18n t) {
        Map<KeyCombination, String> keys = new LinkedHashMap<>();
        keys.put(MAKE_UNIT, t.get("step2.makeUnit") + " (" + t.get("step.2") + ", " + t.get("menu.search") + ")");
        keys.put(ADD_NOTE, t.get("step1.note.add") + " (" + t.get("step.1") + ")");
        keys.put(PREVIOUS_TRANSCRIPT, t.get("shortcuts.previousTranscript"));
        keys.put(NEXT_TRANSCRIPT, t.get("shortcuts.nextTranscript"));
        return keys;
    }

    /**
     * Every shortcut: the menu bar's accelerators (named by their items), then the scene's that
     * have a name in {@code sceneNames}, then the views' own; each key combination once.
     */
    public static List<Shortcut> list(MenuBar bar, Scene scene, Map<KeyCombination, String> sceneNames, Map<KeyCombination, String> views) {
        Map<KeyCombination, String> all = new LinkedHashMap<>();
        for (Menu m : bar.getMenus()) {
            collect(m.getItems(), all);
        }
        // the scene's accelerators in the order they were named (the scene's map has none)
        sceneNames.forEach((k, name) -> {
            if (scene.getAccelerators().containsKey(k)) {
                all.putIfAbsent(k, name);
            }
        });
        views.forEach(all::putIfAbsent);
        List<Shortcut> list = new ArrayList<>();
        all.forEach((k, name) -> list.add(new Shortcut(k.getDisplayText(), name)));
        return list;
    }

    private static void collect(List<MenuItem> items, Map<KeyCombination, String> into) {
        for (MenuItem i : items) {
            if (i instanceof Menu sub) {
                collect(sub.getItems(), into);
            } else if (i.getAccelerator() != null) {
                // the item's own words, without a bound "Undo: NAME" suffix
                String text = i.getId() != null && i.textProperty().isBound() && i.getText().contains(":")
                        ? i.getText().substring(0, i.getText().indexOf(':')) : i.getText();
                into.putIfAbsent(i.getAccelerator(), text);
            }
        }
    }

    /** The list as text, one shortcut a line. */
    static String format(List<Shortcut> list) {
        int width = list.stream().mapToInt(s -> s.keys().length()).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (Shortcut s : list) {
            b.append(s.keys()).append(" ".repeat(width - s.keys().length() + 3)).append(s.action()).append('\n');
        }
        return b.toString().stripTrailing();
    }
}
