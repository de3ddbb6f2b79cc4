package org.kondens.core.exchange;

import static org.kondens.core.exchange.QdeXml.children;
import static org.kondens.core.exchange.QdeXml.description;
import static org.kondens.core.exchange.QdeXml.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.Problem;
import org.kondens.core.model.Membership;
import org.w3c.dom.Element;

/**
 * Maps a REFI-QDA codebook onto the two levels of Systematic Text Condensation: a code at the
 * group level (the first unless the user chose another) becomes a code group, the level below a
 * subgroup, and anything deeper is folded into its subgroup with a notice, its original path
 * kept for the meaning units it codes and its description kept. ATLAS.ti writes its hierarchy
 * as flat {@code Parent::child} names; these are split and mapped the same way. Every code GUID
 * of the file then resolves to the group (and subgroup) its codings belong in.
 */
final class CodeMapping {

    /** A code group as read from the codebook, before Kondens' order and extras are added. */
    record GroupDraft(UUID id, String name, String description, String color, String intro, List<SubgroupDraft> subgroups) {
    }

    /** {@code description}: the code's own, then those of the codes folded into it ("Sub › Deeper: …"). */
    record SubgroupDraft(UUID id, String name, String condensate, String analytic, String description) {
    }

    // Mutable while the codebook is walked: flat names add subgroups to a group made earlier, and
    // a later child may give its group a colour.
    private static final class Group {
        UUID id;
        String name;
        String description = "";
        String color;
        String intro = "";
        // The original path down to this group: its name, after its ancestors above the group level.
        String path;
        final List<Sub> subs = new ArrayList<>();
    }

    private static final class Sub {
        UUID id;
        String name;
        String condensate = "";
        String analytic = "";
        String description = "";
    }

    private final QdeNotes notes;
    private final ImportLog log;
    private final List<Group> groups = new ArrayList<>();
    private final Map<UUID, Membership> target = new HashMap<>();
    private final Map<UUID, String> names = new HashMap<>();
    private final Map<UUID, String> foldedPaths = new HashMap<>();
    private final int groupLevel;
    private final Set<UUID> coded;
    private int subgroupColours;

    private CodeMapping(QdeNotes notes, ImportLog log, int groupLevel, Set<UUID> coded) {
        this.notes = notes;
        this.log = log;
        this.groupLevel = groupLevel;
        this.coded = coded;
    }

    /** Maps {@code CodeBook/Codes/Code}; condensates and analytic texts are taken from the codes' notes. */
    static CodeMapping map(Element root, QdeNotes notes, ImportLog log) {
        return map(root, notes, log, 1);
    }

    /**
     * As {@link #map(Element, QdeNotes, ImportLog)}, with the codes at level {@code groupLevel}
     * (1 = the top) as code groups. A code above that level is a container: the codes below it
     * become the groups; it becomes a group itself only when it codes passages or has no codes
     * below, so no coding is lost.
     */
    static CodeMapping map(Element root, QdeNotes notes, ImportLog log, int groupLevel) {
        Set<UUID> coded = new HashSet<>();
        collectCodeRefs(root, coded);
        return map(path(root, "CodeBook", "Codes", "Code"), notes, log, groupLevel, coded);
    }

    /** Maps a codebook alone (a .qdc): {@code <CodeBook>/Codes/Code}, with no notes. */
    static CodeMapping mapCodebook(Element codeBook, ImportLog log) {
        return map(path(codeBook, "Codes", "Code"), QdeNotes.none(log), log, 1, Set.of());
    }

    private static void collectCodeRefs(Element e, Set<UUID> out) {
        for (Element c : QdeXml.elements(e)) {
            if ("CodeRef".equals(c.getLocalName())) {
                out.add(QdeXml.target(c));
            } else if (!"CodeBook".equals(c.getLocalName())) {
                collectCodeRefs(c, out);
            }
        }
    }

    private static CodeMapping map(List<Element> codes, QdeNotes notes, ImportLog log, int groupLevel, Set<UUID> coded) {
        CodeMapping m = new CodeMapping(notes, log, Math.max(1, groupLevel), coded);
        List<Element> flat = new ArrayList<>();
        for (Element c : codes) {
            if (c.getAttribute("name").contains("::")) {
                flat.add(c);
            } else {
                m.above(c, 1, "");
            }
        }
        // Nested codes first, so a flat "Parent::child" finds a nested group of that name.
        for (Element c : flat) {
            m.flat(c);
        }
        if (m.subgroupColours > 0) {
            log.notice(Problem.QDPX_SUBGROUP_COLOURS, m.subgroupColours);
        }
        return m;
    }

    /** The groups in codebook order. */
    List<GroupDraft> groups() {
        return groups.stream().map(g -> new GroupDraft(g.id, g.name, g.description, g.color, g.intro,
                g.subs.stream().map(s -> new SubgroupDraft(s.id, s.name, s.condensate, s.analytic, s.description)).toList())).toList();
    }

    /** Where codings with code {@code code} belong; null when the codebook has no such code. */
    Membership target(UUID code) {
        return target.get(code);
    }

    /**
     * The original path of a code folded into a subgroup ("Group › Sub › Deeper"), kept on the
     * meaning units it codes; null for codes at the first two levels.
     */
    String foldedPath(UUID code) {
        return foldedPaths.get(code);
    }

    /** The name of a code, group or subgroup; null when unknown. */
    String name(UUID code) {
        return names.get(code);
    }

    /** A nested code at {@code level}, {@code path} its ancestors' names: a code group at the group level, a container above it. */
    private void above(Element c, int level, String path) {
        if (level >= groupLevel) {
            group(c, path);
            return;
        }
        String here = path.isEmpty() ? nameOf(c) : path + " › " + nameOf(c);
        List<Element> below = children(c, "Code");
        if (below.isEmpty() || coded.contains(QdeXml.guid(c))) {
            // It codes passages itself (or is a leaf): a group of its own, so its codings are kept.
            Group g = newGroup(c, path);
            log.notice(Problem.QDPX_ABOVE_GROUP_LEVEL_GROUP, here, groupLevel);
            codeNotes(c, g, null);
        } else {
            log.notice(Problem.QDPX_ABOVE_GROUP_LEVEL, here, groupLevel);
            String d = description(c);
            if (!d.isBlank()) {
                log.keepInProjectNotes("Description of code '" + here + "':\n" + d);
            }
            for (Element ref : children(c, "NoteRef")) {
                notes.keepAttached(QdeXml.target(ref), here);
            }
        }
        for (Element child : below) {
            above(child, level + 1, here);
        }
    }

    /** A code group for {@code c}, without the codes below it. */
    private Group newGroup(Element c, String path) {
        Group g = new Group();
        g.id = QdeXml.guid(c);
        g.name = nameOf(c);
        g.path = path.isEmpty() ? g.name : path + " › " + g.name;
        if (!path.isEmpty() && groups.stream().anyMatch(x -> x.name.equalsIgnoreCase(g.name))) {
            // Two groups of one name under different parents: the path tells them apart.
            g.name = g.path;
        }
        g.color = color(c.getAttribute("color"));
        g.description = description(c);
        groups.add(g);
        target.put(g.id, new Membership(g.id, null));
        names.put(g.id, g.name);
        return g;
    }

    private Group group(Element c) {
        return group(c, "");
    }

    private Group group(Element c, String path) {
        Group g = newGroup(c, path);
        codeNotes(c, g, null);
        for (Element sc : children(c, "Code")) {
            Sub sub = new Sub();
            sub.id = QdeXml.guid(sc);
            sub.name = nameBelow(sc, g.name);
            g.subs.add(sub);
            target.put(sub.id, new Membership(g.id, sub.id));
            names.put(sub.id, sub.name);
            codeNotes(sc, g, sub);
            childColour(g, sc);
            describe(g, sub, sub.name, description(sc));
            for (Element deeper : children(sc, "Code")) {
                fold(deeper, g, sub, groupLevel + 2, sub.name);
            }
        }
        return g;
    }

    /** A code named {@code Parent::child[::deeper]}. */
    private void flat(Element c) {
        List<String> all = new ArrayList<>();
        for (String p : c.getAttribute("name").split("::")) {
            if (!p.isBlank()) {
                all.add(p.strip());
            }
        }
        // Names above the group level are containers; a code that is one itself becomes a group.
        int drop = Math.min(groupLevel - 1, Math.max(0, all.size() - 1));
        List<String> parts = all.subList(drop, all.size());
        String above = String.join(" › ", all.subList(0, drop));
        UUID id = QdeXml.guid(c);
        if (parts.size() <= 1) {
            Group g = group(c, above);
            g.name = parts.isEmpty() ? c.getAttribute("name") : parts.get(0);
            g.path = above.isEmpty() ? g.name : above + " › " + g.name;
            return;
        }
        Group g = groups.stream().filter(x -> x.name.equalsIgnoreCase(parts.get(0))).findFirst().orElseGet(() -> {
            // The parent has no code of its own: derive a stable GUID from its name.
            Group n = new Group();
            n.id = Guids.derived("code-path", above.isEmpty() ? parts.get(0) : String.join("::", all.subList(0, drop + 1)));
            n.name = parts.get(0);
            n.path = above.isEmpty() ? n.name : above + " › " + n.name;
            n.color = color(c.getAttribute("color"));
            groups.add(n);
            names.put(n.id, n.name);
            return n;
        });
        Sub sub = g.subs.stream().filter(x -> x.name.equalsIgnoreCase(parts.get(1))).findFirst().orElse(null);
        if (sub == null) {
            sub = new Sub();
            sub.id = parts.size() == 2 ? id : Guids.derived("code-path", parts.get(0) + "::" + parts.get(1));
            sub.name = parts.get(1);
            g.subs.add(sub);
            target.put(sub.id, new Membership(g.id, sub.id));
            names.put(sub.id, sub.name);
        }
        String below = String.join(" › ", parts.subList(1, parts.size()));
        if (parts.size() > 2) {
            log.notice(Problem.QDPX_CODE_TOO_DEEP, c.getAttribute("name"), g.name, sub.name);
            foldedPaths.put(id, g.path + " › " + below);
        }
        target.put(id, new Membership(g.id, sub.id));
        names.put(id, c.getAttribute("name"));
        codeNotes(c, g, parts.size() == 2 ? sub : null);
        if (parts.size() == 2) {
            childColour(g, c);
        }
        describe(g, sub, below, description(c));
        for (Element child : children(c, "Code")) {
            fold(child, g, sub, 3, below);
        }
    }

    /**
     * A code below the second level: its codings go to {@code sub}, its path ({@code above} is
     * the path below the group so far) is kept for its meaning units, its description with the subgroup's.
     */
    private void fold(Element c, Group g, Sub sub, int level, String above) {
        UUID id = QdeXml.guid(c);
        String name = nameBelow(c, g.name + " › " + above);
        String below = above + " › " + name;
        target.put(id, new Membership(g.id, sub.id));
        names.put(id, name);
        foldedPaths.put(id, g.path + " › " + below);
        log.notice(Problem.QDPX_CODE_FOLDED, name, level, g.name, sub.name);
        describe(g, sub, below, description(c));
        for (Element ref : children(c, "NoteRef")) {
            notes.keepAttached(QdeXml.target(ref), name);
        }
        for (Element deeper : children(c, "Code")) {
            fold(deeper, g, sub, level + 1, below);
        }
    }

    /**
     * A description below the group level: Kondens subgroups have none, so it is kept with the
     * subgroup (a codebook import folds it into the group's description) and in the project notes.
     */
    private void describe(Group g, Sub sub, String below, String d) {
        if (d.isBlank()) {
            return;
        }
        String line = below + ": " + d.strip();
        sub.description = sub.description.isEmpty() ? line : sub.description + "\n" + line;
        log.keepInProjectNotes("Description of code '" + g.name + " / " + below + "':\n" + d);
        log.notice(Problem.QDPX_SUBGROUP_DESCRIPTION, g.name, below);
    }

    /**
     * A group without a colour of its own (QualCoder's categories) takes its first coloured
     * code's; other colours below the group level are counted, as subgroups take their group's
     * (but not the shades our own export gives subgroups).
     */
    private void childColour(Group g, Element c) {
        String own = color(c.getAttribute("color"));
        if (own == null) {
            return;
        }
        if (g.color == null) {
            g.color = own;
        } else if (!own.equals(g.color) && !isKondensShade(g, own)) {
            subgroupColours++;
        }
    }

    /** A shade Kondens's own export gives a subgroup of {@code g} ({@link CodeColours}): nothing is lost with it. */
    private static boolean isKondensShade(Group g, String colour) {
        for (int i = 0; i <= g.subs.size(); i++) {
            if (colour.equalsIgnoreCase(String.valueOf(CodeColours.subgroupColor(g.color, i)))) {
                return true;
            }
        }
        return false;
    }

    /** A group's analytic intro, a subgroup's condensate and analytic text; other notes go to the project notes. */
    private void codeNotes(Element c, Group g, Sub sub) {
        for (Element ref : children(c, "NoteRef")) {
            UUID id = QdeXml.target(ref);
            QdeNotes.QdeNote n = notes.get(id);
            if (n == null) {
                continue;
            }
            if (sub == null && QdpxWriter.ANALYTIC_INTRO.equals(n.kind())) {
                g.intro = n.text();
                notes.place(id);
            } else if (sub != null && QdpxWriter.CONDENSATE.equals(n.kind())) {
                sub.condensate = n.text();
                notes.place(id);
            } else if (sub != null && QdpxWriter.ANALYTIC_TEXT.equals(n.kind())) {
                sub.analytic = n.text();
                notes.place(id);
            } else {
                notes.keepAttached(id, sub == null ? g.name : g.name + " / " + sub.name);
            }
        }
    }

    /**
     * The name of a code below {@code parent} (the path of names from its code group down): in a
     * file Kondens wrote, a name that repeats elsewhere in the codebook was written as
     * "Name (Group › Parent)" ({@link CodeNames}, for tools that keep one code per name); the
     * path is taken off again.
     */
    private String nameBelow(Element c, String parent) {
        String n = nameOf(c);
        String suffix = " (" + parent + ")";
        return notes.extension() != null && n.endsWith(suffix) && n.length() > suffix.length() ? n.substring(0, n.length() - suffix.length()) : n;
    }

    private static String nameOf(Element c) {
        String n = c.getAttribute("name").strip();
        return n.isEmpty() ? "(unnamed code)" : n;
    }

    /** #RRGGBB upper case, #RGB expanded; null for anything else. */
    static String color(String c) {
        if (c == null) {
            return null;
        }
        String s = c.strip();
        if (s.matches("#[0-9A-Fa-f]{6}")) {
            return s.toUpperCase(Locale.ROOT);
        }
        if (s.matches("#[0-9A-Fa-f]{3}")) {
            return ("#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3)).toUpperCase(Locale.ROOT);
        }
        return null;
    }
}
