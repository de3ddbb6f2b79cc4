package org.kondens.core.export;

import java.util.List;
import java.util.Map;
import org.kondens.core.model.Project;

/**
 * The words exports print, in the project's language (bokmål, nynorsk, English), and the names
 * the project gives its two analysis levels ("Kodegruppe/Subgruppe", "Tema/Subtema" …).
 */
final class Labels {

    private static final Map<String, List<String>> TEXTS = Map.ofEntries(
            Map.entry("table", List.of("Tabell", "Tabell", "Table")),
            Map.entry("and", List.of("og", "og", "and")),
            Map.entry("step", List.of("Trinn", "Trinn", "Step")),
            Map.entry("theme", List.of("Foreløpig tema", "Førebels tema", "Preliminary theme")),
            Map.entry("themes", List.of("Foreløpige temaer", "Førebelse tema", "Preliminary themes")),
            Map.entry("unit", List.of("Meningsbærende enhet", "Meiningsberande eining", "Meaning unit")),
            Map.entry("units", List.of("Meningsbærende enheter", "Meiningsberande einingar", "Meaning units")),
            Map.entry("condensate", List.of("Kondensat", "Kondensat", "Condensate")),
            Map.entry("analytic", List.of("Analytisk tekst", "Analytisk tekst", "Analytic text")),
            Map.entry("process", List.of("Eksempel på analyseprosessen", "Døme på analyseprosessen", "Example of the analysis process")),
            Map.entry("results", List.of("Resultater", "Resultat", "Results")),
            Map.entry("resultsIntro", List.of("Analysen resulterte i %d %s: %s.", "Analysen resulterte i %d %s: %s.",
                    "The analysis resulted in %d %s: %s.")),
            Map.entry("description", List.of("Beskrivelse", "Skildring", "Description")),
            Map.entry("informants", List.of("Informanter", "Informantar", "Informants")),
            Map.entry("informant", List.of("Informant", "Informant", "Informant")),
            Map.entry("codebook", List.of("Kodebok", "Kodebok", "Codebook")),
            Map.entry("transcript", List.of("Transkripsjon", "Transkripsjon", "Transcript")),
            Map.entry("start", List.of("Start", "Start", "Start")),
            Map.entry("end", List.of("Slutt", "Slutt", "End")),
            Map.entry("text", List.of("Tekst", "Tekst", "Text")),
            Map.entry("quote", List.of("Illustrerende sitat", "Illustrerande sitat", "Illustrative quote")),
            Map.entry("note", List.of("Notat", "Notat", "Note")),
            Map.entry("yes", List.of("ja", "ja", "yes")),
            Map.entry("no", List.of("nei", "nei", "no")),
            Map.entry("total", List.of("Totalt", "Totalt", "Total")),
            Map.entry("participants", List.of("Deltakere", "Deltakarar", "Participants")),
            Map.entry("session", List.of("Intervju", "Intervju", "Interview")),
            Map.entry("INDIVIDUAL", List.of("Individuelt intervju", "Individuelt intervju", "Individual interview")),
            Map.entry("FOCUS_GROUP", List.of("Fokusgruppe", "Fokusgruppe", "Focus group")),
            Map.entry("date", List.of("Dato", "Dato", "Date")),
            Map.entry("duration", List.of("Varighet (min)", "Varigheit (min)", "Duration (min)")),
            Map.entry("pages", List.of("Sider", "Sider", "Pages")),
            Map.entry("pagesNote", List.of("Sider: transkribert tekst, omtrent 500 ord per side.",
                    "Sider: transkribert tekst, om lag 500 ord per side.", "Pages: transcribed text, about 500 words per page.")),
            Map.entry("condensates", List.of("Kondensering", "Kondensering", "Condensation")),
            Map.entry("unsorted", List.of("Uten %s", "Utan %s", "No %s")),
            Map.entry("notYet", List.of("(ikke skrevet ennå)", "(ikkje skrive enno)", "(not written yet)")));

    /** Default level names and the plural of the usual ones, for captions and headers. */
    private static final Map<String, String> PLURALS = Map.ofEntries(
            Map.entry("Kodegruppe", "Kodegrupper"), Map.entry("Subgruppe", "Subgrupper"),
            Map.entry("Tema", "Temaer"), Map.entry("Subtema", "Subtemaer"),
            Map.entry("Hovedtema", "Hovedtemaer"), Map.entry("Undertema", "Undertemaer"),
            Map.entry("Code group", "Code groups"), Map.entry("Subgroup", "Subgroups"),
            Map.entry("Theme", "Themes"), Map.entry("Subtheme", "Subthemes"));

    private final int lang;
    private final String group;
    private final String subgroup;

    Labels(Project project) {
        this.lang = switch (project.language()) {
            case NB -> 0;
            case NN -> 1;
            case EN -> 2;
        };
        this.group = blank(project.groupLevelName()) ? (lang == 2 ? "Code group" : "Kodegruppe") : project.groupLevelName().strip();
        this.subgroup = blank(project.subgroupLevelName()) ? (lang == 2 ? "Subgroup" : "Subgruppe") : project.subgroupLevelName().strip();
    }

    String get(String key) {
        List<String> texts = TEXTS.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return texts.get(lang);
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
        return PLURALS.getOrDefault(name, lang == 2 && !name.endsWith("s") ? name + "s" : name);
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
        return lang == 2;
    }
}
