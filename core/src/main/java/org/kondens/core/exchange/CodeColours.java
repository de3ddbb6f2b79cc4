package org.kondens.core.exchange;

/** Code colours on export: a group's own, and a shade of it for each of its subgroups. */
final class CodeColours {

    private CodeColours() {
    }

    /** A colour REFI-QDA accepts (#RGB or #RRGGBB), or null. */
    static String rgb(String color) {
        return color != null && color.matches("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})") ? color : null;
    }

    /**
     * A subgroup's own colour: a lighter or darker shade of its group's (alternating, further with
     * each subgroup), so tools that colour by code tell subgroups apart and still see the family.
     * The group's colour itself is written unchanged on the group's Code (and read back from it).
     */
    static String subgroupColor(String groupColor, int index) {
        String c = rgb(groupColor);
        if (c == null) {
            return null;
        }
        String hex = c.length() == 4 ? "" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3) : c.substring(1);
        int rgb = Integer.parseInt(hex, 16);
        double amount = Math.min(0.2 * (index / 2 + 1), 0.8);
        int target = index % 2 == 0 ? 255 : 0;
        StringBuilder out = new StringBuilder("#");
        for (int shift = 16; shift >= 0; shift -= 8) {
            int v = (rgb >> shift) & 0xFF;
            out.append(String.format("%02X", (int) Math.round(v + (target - v) * amount)));
        }
        return out.toString();
    }
}
