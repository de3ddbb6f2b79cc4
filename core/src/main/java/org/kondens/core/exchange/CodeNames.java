package org.kondens.core.exchange;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;

/**
 * The names codes are written with. REFI-QDA lets two codes in different branches share a name
 * ("Annet" under two groups), but QualCoder keeps one code per name and drops the codings of the
 * second; so a name that repeats in the codebook is written with the path above it, "Name (Group ›
 * Parent)", which no other code has. Our reader takes the path off again in files Kondens wrote,
 * so a round trip keeps every name.
 */
final class CodeNames {

    private final Map<String, Integer> uses = new HashMap<>();

    private CodeNames() {
    }

    static CodeNames of(ProjectSnapshot s, ChildCodes childCodes) {
        CodeNames n = new CodeNames();
        for (CodeGroup g : s.codeGroups()) {
            n.count(g.workingName());
            for (Subgroup sub : s.subgroupsOf(g.id())) {
                n.count(sub.name());
                childCodes.below(sub.id()).forEach(n::count);
            }
        }
        return n;
    }

    private void count(ChildCodes.Node node) {
        count(node.name());
        node.children().forEach(this::count);
    }

    private void count(String name) {
        uses.merge(key(name), 1, Integer::sum);
    }

    /** The name to write for a code named {@code name} below {@code path} (its code group's name, then the codes below it). */
    String written(String name, String path) {
        String suffix = " (" + path + ")";
        // A name that already ends in its path ("Smerte (Helse)" in Helse) is suffixed too, so the reader takes off exactly one.
        return uses.getOrDefault(key(name), 0) > 1 || name.endsWith(suffix) ? name + suffix : name;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
