package org.kondens.core.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * The Users of a Kondens export. Everything is created by "Kondens", but QualCoder turns each
 * uncoded selection (a quote, a theme's anchor, a transcript note's place) into an annotation and
 * stops the whole import at a second annotation of the same passage by the same owner. So the
 * second uncoded selection of a passage is owned by "Kondens (2)", the third by "Kondens (3)" …
 * A user's GUID is derived from its name, which is how a reader knows Kondens' own users.
 */
final class KondensUsers {

    static final String NAME = "Kondens";

    private final Map<String, Integer> passages = new HashMap<>();
    private int most = 1;

    static UUID guid(String name) {
        return Guids.derived("user", name);
    }

    /** True for a User this class wrote (its GUID is the one derived from its name). */
    static boolean isOurs(String guid, String name) {
        return name.startsWith(NAME) && guid(name).equals(Guids.parse(guid));
    }

    /** The owner of an uncoded selection of {@code start..end} (UTF-16) in transcript {@code transcript}. */
    UUID ownerOfUncoded(UUID transcript, int start, int end) {
        int n = passages.merge(transcript + ":" + start + ":" + end, 1, Integer::sum);
        most = Math.max(most, n);
        return guid(name(n));
    }

    /** Fills {@code users} with every user handed out (at least "Kondens"). */
    void write(Element users) {
        for (int n = 1; n <= most; n++) {
            Element u = Xml.child(users, "User");
            u.setAttribute("guid", Guids.of(guid(name(n))));
            u.setAttribute("name", name(n));
        }
    }

    private static String name(int n) {
        return n == 1 ? NAME : NAME + " (" + n + ")";
    }
}
