package org.kondens.app.gui.common;

/** Short forms of a transcript's words for labels and menus. */
public final class Words {

    private Words() {
    }

    /** {@code text} on one line, cut at {@code max} characters with "…". */
    public static String shorten(String text, int max) {
        String one = text.replace('\n', ' ').strip();
        return one.length() <= max ? one : one.substring(0, max - 1).strip() + "…";
    }
}
