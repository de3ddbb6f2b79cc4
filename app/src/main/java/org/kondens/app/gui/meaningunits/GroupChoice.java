package org.kondens.app.gui.meaningunits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kondens.core.model.CodeGroup;

/** Where a new meaning unit goes: an existing code group, or a new group of this name. */
record GroupChoice(UUID groupId, String newName) {

    static GroupChoice existing(UUID groupId) {
        return new GroupChoice(groupId, null);
    }

    static GroupChoice newGroup(String name) {
        return new GroupChoice(null, name.strip());
    }

    /** A preliminary theme with no code group of its name yet: choosing it makes that group, grown from the theme. */
    record FromTheme(String name) {
    }

    /**
     * What the Ctrl+M popup offers for {@code q}: the matching groups, then (once something is
     * typed) the matching preliminary themes that have no group yet, then {@code q} as a new name
     * unless a group or theme has it.
     */
    static List<Object> offers(List<CodeGroup> groups, List<String> freeThemes, String q) {
        List<Object> out = new ArrayList<>(matches(groups, q));
        String k = q.strip().toLowerCase(Locale.ROOT);
        if (k.isEmpty()) {
            return out;
        }
        freeThemes.stream().filter(th -> th.toLowerCase(Locale.ROOT).startsWith(k)).map(FromTheme::new).forEach(out::add);
        freeThemes.stream().filter(th -> !th.toLowerCase(Locale.ROOT).startsWith(k) && th.toLowerCase(Locale.ROOT).contains(k))
                .map(FromTheme::new).forEach(out::add);
        boolean named = groups.stream().anyMatch(g -> g.workingName().equalsIgnoreCase(k))
                || freeThemes.stream().anyMatch(th -> th.equalsIgnoreCase(k));
        if (!named) {
            out.add(q.strip());
        }
        return out;
    }

    /** Groups matching {@code q}: exact name first, then names that start with it, then names that contain it. */
    static List<CodeGroup> matches(List<CodeGroup> groups, String q) {
        String k = q.strip().toLowerCase(Locale.ROOT);
        if (k.isEmpty()) {
            return groups;
        }
        List<CodeGroup> out = new ArrayList<>();
        groups.stream().filter(g -> g.workingName().toLowerCase(Locale.ROOT).equals(k)).forEach(out::add);
        groups.stream().filter(g -> !out.contains(g) && g.workingName().toLowerCase(Locale.ROOT).startsWith(k)).forEach(out::add);
        groups.stream().filter(g -> !out.contains(g) && g.workingName().toLowerCase(Locale.ROOT).contains(k)).forEach(out::add);
        return out;
    }

    /** Enter without a list choice: the first match, else a new group named {@code q}; null for nothing typed and no groups. */
    static GroupChoice choose(List<CodeGroup> groups, String q) {
        List<CodeGroup> m = matches(groups, q);
        if (!m.isEmpty()) {
            return existing(m.get(0).id());
        }
        return q.isBlank() ? null : newGroup(q);
    }
}
