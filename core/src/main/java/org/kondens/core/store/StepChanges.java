package org.kondens.core.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;

/**
 * What one undo step changed, read from the rows the undo triggers recorded for it: each
 * recorded statement names its table and rowid, the table gives the {@link Part}, the rowids of
 * rows still there give their ids, and a removed row's id is read from the INSERT that restores it. Costs one small query over the step's own log rows, so an
 * edit, an undo and a redo each report their change without reading the project.
 */
final class StepChanges {

    private static final Map<String, Set<Part>> PARTS = Map.ofEntries(
            Map.entry("project", EnumSet.of(Part.PROJECT)),
            Map.entry("question_history", EnumSet.of(Part.PROJECT)),
            Map.entry("informant", EnumSet.of(Part.INFORMANTS)),
            Map.entry("informant_attribute", EnumSet.of(Part.INFORMANTS)),
            Map.entry("session", EnumSet.of(Part.SESSIONS)),
            Map.entry("session_participant", EnumSet.of(Part.SESSIONS)),
            Map.entry("transcript", EnumSet.of(Part.TRANSCRIPTS)),
            Map.entry("speaker_turn", EnumSet.of(Part.TRANSCRIPTS)),
            Map.entry("transcript_note", EnumSet.of(Part.NOTES)),
            Map.entry("theme", EnumSet.of(Part.THEMES)),
            Map.entry("theme_anchor", EnumSet.of(Part.THEMES)),
            // A link is shown on the theme and on the group or subgroup that grew from it.
            Map.entry("theme_link", EnumSet.of(Part.THEMES, Part.CODE_GROUPS, Part.SUBGROUPS)),
            Map.entry("code_group", EnumSet.of(Part.CODE_GROUPS)),
            Map.entry("subgroup", EnumSet.of(Part.SUBGROUPS)),
            Map.entry("condensate_source", EnumSet.of(Part.SUBGROUPS)),
            Map.entry("meaning_unit", EnumSet.of(Part.MEANING_UNITS)),
            // Memberships are part of a unit's record; group counts are counted from the units.
            Map.entry("membership", EnumSet.of(Part.MEANING_UNITS)),
            Map.entry("quote", EnumSet.of(Part.QUOTES)),
            Map.entry("comment", EnumSet.of(Part.REVIEW)),
            Map.entry("suggestion", EnumSet.of(Part.REVIEW)),
            Map.entry("review_round", EnumSet.of(Part.REVIEW)),
            Map.entry("review_text", EnumSet.of(Part.REVIEW)),
            Map.entry("import_log", EnumSet.of(Part.PROJECT)));

    /** The id columns of each table: its own id, or for a link table the ids of what it links. */
    private static final Map<String, List<String>> ID_COLUMNS = Map.ofEntries(
            Map.entry("informant_attribute", List.of("informant_id")),
            Map.entry("session_participant", List.of("session_id")),
            Map.entry("speaker_turn", List.of("transcript_id")),
            Map.entry("theme_anchor", List.of("theme_id")),
            Map.entry("theme_link", List.of("theme_id", "code_group_id", "subgroup_id")),
            Map.entry("condensate_source", List.of("subgroup_id", "meaning_unit_id")),
            Map.entry("membership", List.of("meaning_unit_id")),
            Map.entry("question_history", List.of()),
            Map.entry("review_text", List.of("round_id")));

    static {
        if (!PARTS.keySet().equals(Set.copyOf(Schema.UNDOABLE_TABLES))) {
            throw new IllegalStateException("every undoable table needs its part");
        }
    }

    private StepChanges() {
    }

    /**
     * The change step {@code step} made (or, after its undo or redo, made again): its parts, the
     * ids of the rows it wrote that are there now, and the ids of the rows it removed.
     */
    static ProjectChange of(Sql sql, long step) {
        // Only each statement's head (table), its rowid, and the start of any INSERT it holds
        // (whose first value after the rowid is the row's id): never the whole text it may carry.
        // An update or delete ends with its rowid; an insert gives it right after "VALUES(".
        Map<String, Set<Long>> rows = new LinkedHashMap<>();
        Set<UUID> ids = new HashSet<>();
        sql.list("SELECT substr(undo_sql, 1, 40), CASE WHEN undo_sql LIKE 'INSERT%' "
                        + "THEN CAST(substr(undo_sql, instr(undo_sql, ') VALUES(') + 9, 21) AS INTEGER) ELSE substr(undo_sql, -30) END, "
                        + "CASE WHEN undo_sql LIKE 'INSERT%' THEN substr(undo_sql, instr(undo_sql, ') VALUES(') + 9, 60) END, "
                        + "CASE WHEN redo_sql LIKE 'INSERT%' THEN substr(redo_sql, instr(redo_sql, ') VALUES(') + 9, 60) END "
                        + "FROM undo_change WHERE step = ?",
                rs -> {
                    rows.computeIfAbsent(table(rs.getString(1)), k -> new HashSet<>()).add(rowid(rs.getString(2)));
                    firstValueId(rs.getString(3), ids);
                    firstValueId(rs.getString(4), ids);
                    return null;
                }, step);
        if (rows.isEmpty()) {
            return ProjectChange.NOTHING;
        }
        Set<Part> parts = EnumSet.noneOf(Part.class);
        rows.forEach((table, rowids) -> {
            parts.addAll(PARTS.getOrDefault(table, Set.of()));
            ids.addAll(idsOf(sql, table, rowids));
        });
        return new ProjectChange(parts, ids);
    }

    /**
     * The id in "123,'3f2a…',…", the values of a recorded INSERT after its rowid: every table's
     * first column is its id or, for a link table, the id of what it belongs to (a removed row's
     * id is known only from here).
     */
    private static void firstValueId(String values, Set<UUID> ids) {
        if (values == null) {
            return;
        }
        int comma = values.indexOf(',');
        if (comma > 0 && values.length() > comma + 38 && values.charAt(comma + 1) == '\'' && values.charAt(comma + 38) == '\'') {
            try {
                ids.add(UUID.fromString(values.substring(comma + 2, comma + 38)));
            } catch (IllegalArgumentException e) {
                // not an id (question_history's first column is a number): nothing to report
            }
        }
    }

    /** "UPDATE code_group SET …", "DELETE FROM quote WHERE …", "INSERT INTO theme(rowid,…" → the table. */
    private static String table(String head) {
        String rest = head.startsWith("DELETE FROM ") ? head.substring(12)
                : head.startsWith("INSERT INTO ") ? head.substring(12) : head.substring(head.indexOf(' ') + 1);
        int end = 0;
        while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '_')) {
            end++;
        }
        return rest.substring(0, end);
    }

    /** The rowid: given as a number for an insert, else the number after the tail's last "rowid=". */
    private static long rowid(String value) {
        int at = value.lastIndexOf("rowid=");
        return Long.parseLong(at < 0 ? value.strip() : value.substring(at + 6).strip());
    }

    private static List<UUID> idsOf(Sql sql, String table, Set<Long> rowids) {
        List<String> columns = ID_COLUMNS.getOrDefault(table, List.of("id"));
        if (columns.isEmpty()) {
            return List.of();
        }
        String in = rowids.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<UUID> out = new ArrayList<>();
        // Rows a step removed are gone: only the ids of rows still there are known.
        sql.list("SELECT " + String.join(",", columns) + " FROM " + table + " WHERE rowid IN (" + in + ")", rs -> {
            for (int c = 1; c <= columns.size(); c++) {
                String id = rs.getString(c);
                if (id != null) {
                    out.add(UUID.fromString(id));
                }
            }
            return null;
        });
        return out;
    }
}
