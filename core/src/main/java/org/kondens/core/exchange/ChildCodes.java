package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.CodePath;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;

/**
 * The codes another tool had below a subgroup, brought back from the paths kept on the meaning
 * units ({@link CodePath}): each becomes a child code of its subgroup in the export, and a unit's
 * coding points at the deepest code of its path, so importing the file elsewhere (or here again)
 * gives the tree it came with.
 */
final class ChildCodes {

    /** One code below a subgroup: its name and the codes below it, in the order first met. */
    record Node(UUID id, String name, List<Node> children) {
    }

    private final Map<UUID, Map<String, MutableNode>> bySubgroup = new LinkedHashMap<>();
    private final Map<UUID, Map<UUID, List<UUID>>> codesOfUnit = new LinkedHashMap<>();

    private static final class MutableNode {
        final UUID id;
        final String name;
        final Map<String, MutableNode> children = new LinkedHashMap<>();

        MutableNode(UUID id, String name) {
            this.id = id;
            this.name = name;
        }

        Node frozen() {
            return new Node(id, name, children.values().stream().map(MutableNode::frozen).toList());
        }
    }

    private ChildCodes() {
    }

    static ChildCodes of(ProjectSnapshot s) {
        ChildCodes c = new ChildCodes();
        Map<UUID, CodeGroup> groups = new LinkedHashMap<>();
        s.codeGroups().forEach(g -> groups.put(g.id(), g));
        Map<UUID, Subgroup> subgroups = new LinkedHashMap<>();
        s.subgroups().forEach(x -> subgroups.put(x.id(), x));
        for (MeaningUnit u : s.meaningUnits()) {
            List<CodePath> paths = CodePath.of(u);
            if (paths.isEmpty()) {
                continue;
            }
            for (Membership m : u.memberships()) {
                CodeGroup g = groups.get(m.codeGroupId());
                Subgroup sub = m.subgroupId() == null ? null : subgroups.get(m.subgroupId());
                if (g == null || sub == null) {
                    continue;
                }
                for (CodePath p : paths) {
                    List<String> below = p.below(g.workingName(), sub.name());
                    if (!below.isEmpty()) {
                        c.add(u.id(), sub.id(), below);
                    }
                }
            }
        }
        return c;
    }

    private void add(UUID unit, UUID subgroup, List<String> below) {
        Map<String, MutableNode> level = bySubgroup.computeIfAbsent(subgroup, k -> new LinkedHashMap<>());
        MutableNode node = null;
        List<String> walked = new ArrayList<>();
        for (String name : below) {
            walked.add(name.toLowerCase(java.util.Locale.ROOT));
            UUID id = Guids.derived("child-code", subgroup + "/" + String.join("/", walked));
            node = level.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> new MutableNode(id, name));
            level = node.children;
        }
        List<UUID> codes = codesOfUnit.computeIfAbsent(unit, k -> new LinkedHashMap<>()).computeIfAbsent(subgroup, k -> new ArrayList<>());
        if (!codes.contains(node.id)) {
            codes.add(node.id);
        }
    }

    /** The codes below {@code subgroup}, in the order first met. */
    List<Node> below(UUID subgroup) {
        return bySubgroup.getOrDefault(subgroup, Map.of()).values().stream().map(MutableNode::frozen).toList();
    }

    /** The codes a unit's coding in {@code m} points at: the deepest of each of its paths there, else the subgroup or group. */
    List<UUID> codesFor(UUID unit, Membership m) {
        List<UUID> deeper = m.subgroupId() == null ? null : codesOfUnit.getOrDefault(unit, Map.of()).get(m.subgroupId());
        return deeper != null ? deeper : List.of(m.subgroupId() != null ? m.subgroupId() : m.codeGroupId());
    }
}
