package org.kondens.core.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kondens.core.Messages;
import org.kondens.core.model.Language;
import org.kondens.core.model.Project;

/**
 * The words exports print, in the project's language (bokmål, nynorsk, English), and the names
 * the project gives its two analysis levels ("Kodegruppe/Subgruppe", "Tema/Subtema" …).
 */
final class Labels {

    /** Default level names and the plural of the usual ones, for captions and headers. */
    private static final Map<String, String> PLURALS = Map.ofEntries(
            Map.entry("Kodegruppe", "Kodegrupper"), Map.entry("Subgruppe", "Subgrupper"),
            Map.entry("Tema", "Temaer"), Map.entry("Subtema", "Subtemaer"),
            Map.entry("Hovedtema", "Hovedtemaer"), Map.entry("Undertema", "Undertemaer"),
            Map.entry("Code group", "Code groups"), Map.entry("Subgroup", "Subgroups"),
            Map.entry("Theme", "Themes"), Map.entry("Subtheme", "Subthemes"));

    private final boolean english;
    private final Locale locale;
    private final String group;
    private final String subgroup;

    Labels(Project project) {
        this.english = project.language() == Language.EN;
        this.locale = Messages.locale(project.language());
        this.group = blank(project.groupLevelName()) ? get("codeGroup") : project.groupLevelName().strip();
        this.subgroup = blank(project.subgroupLevelName()) ? get("subgroup") : project.subgroupLevelName().strip();
    }

    /** The word {@code export.<key>} of core's bundle in the project's language. */
    String get(String key, Object... args) {
        return Messages.text("export." + key, locale, args);
    }

    String group() {
        return group;
    }

    String subgroup() {
        return subgroup;
    }

    String groups() {
        return plural(group);
    }

    String subgroups() {
        return plural(subgroup);
    }

    private String plural(String name) {
        return PLURALS.getOrDefault(name, english && !name.endsWith("s") ? name + "s" : name);
    }

    /** "Tabell 1: Kodegrupper og subgrupper". */
    String caption(int number, String what) {
        return get("table") + " " + number + ": " + what;
    }

    String groupsAndSubgroups() {
        return groups() + " " + get("and") + " " + lower(subgroups());
    }

    /** "A, B og C". */
    String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + get("and") + " " + items.get(items.size() - 1);
    }

    static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    boolean english() {
        return english;
    }
}
