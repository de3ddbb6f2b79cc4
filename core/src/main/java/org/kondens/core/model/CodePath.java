package org.kondens.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The original path of a code another tool had below the subgroup level ("Group › Sub › Deeper"),
 * kept on the meaning units it coded as a line {@code code: Group › Sub › Deeper} of the unit's
 * note. Kondens has two levels; the path is what lets a search narrow to a deeper code and an
 * export write the deeper codes back, so a round trip restores the other tool's tree.
 */
public record CodePath(List<String> names) {

    /** How a path line starts in a unit's note. */
    public static final String LINE = "code: ";
    /** Between the names of a path. */
    public static final String SEPARATOR = " › ";

    public CodePath {
        names = List.copyOf(names);
    }

    /** The path written as {@code A › B › C} (a name may hold a "›" of its own without spaces around it). */
    public static CodePath parse(String text) {
        List<String> names = new ArrayList<>();
        for (String n : (" " + text.strip() + " ").split(SEPARATOR)) {
            if (!n.isBlank()) {
                names.add(n.strip());
            }
        }
        return new CodePath(names);
    }

    /** The paths kept in a unit's note, in order, without repeats. */
    public static List<CodePath> of(MeaningUnit unit) {
        return of(unit.note());
    }

    /** The paths kept in {@code note}: its lines that start with {@code code: }. */
    public static List<CodePath> of(String note) {
        List<CodePath> paths = new ArrayList<>();
        if (note == null || !note.contains(LINE)) {
            return paths;
        }
        for (String line : note.split("\\R")) {
            if (line.startsWith(LINE)) {
                CodePath p = parse(line.substring(LINE.length()));
                if (!p.names.isEmpty() && !paths.contains(p)) {
                    paths.add(p);
                }
            }
        }
        return paths;
    }

    /**
     * The names below subgroup {@code subgroup} of code group {@code group} (compared without
     * case); empty when this path does not run through them. A group named by its own path (two
     * groups of one name under different parents) matches the names that end in that path.
     */
    public List<String> below(String group, String subgroup) {
        for (int i = 0; i + 1 < names.size(); i++) {
            if (names.get(i + 1).equalsIgnoreCase(subgroup) && endsIn(i, group)) {
                return names.subList(i + 2, names.size());
            }
        }
        return List.of();
    }

    private boolean endsIn(int last, String group) {
        String upTo = String.join(SEPARATOR, names.subList(0, last + 1)).toLowerCase(Locale.ROOT);
        String g = group.strip().toLowerCase(Locale.ROOT);
        return upTo.equals(g) || upTo.endsWith(SEPARATOR + g);
    }

    /**
     * Whether {@code part} ("B › C", any case) names a run of this path's codes, as a search filter
     * asks; typed without the › sign, "B > C" is read the same (but a name with a ">" of its own is
     * matched as it is first).
     */
    public boolean contains(String part) {
        return runOf(parse(part)) || !part.contains("›") && part.contains(" > ") && runOf(parse(part.replace(" > ", SEPARATOR)));
    }

    private boolean runOf(CodePath p) {
        if (p.names.isEmpty()) {
            return true;
        }
        for (int i = 0; i + p.names.size() <= names.size(); i++) {
            boolean all = true;
            for (int k = 0; k < p.names.size() && all; k++) {
                all = names.get(i + k).equalsIgnoreCase(p.names.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, names);
    }
}
