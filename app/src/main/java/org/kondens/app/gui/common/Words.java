package org.kondens.app.gui.common;

/** Short forms of a transcript's words for labels and menus. */
public final class Words {

    private Words() {
    }

    /**
     * {@code text} on one line (white space folded), at most {@code max} characters: cut at a
     * word boundary where one is near, and ended with "…". The one shortening every label uses.
     */
    public static String shorten(String text, int max) {
        String one = text.strip().replaceAll("\\s+", " ");
        if (one.length() <= max) {
            return one;
        }
        int cut = one.lastIndexOf(' ', max - 1);
        return one.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }
}
