package org.kondens.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Subgroup;

/**
 * The rows of steps 2 and 3: code groups and their subgroups with condensates and condensate
 * sources, and the themes each grew from, read and written as model records. One part of {@link
 * ProjectRepository}, which gives it the open transaction's {@link #sql()}.
 */
public interface CodeGroupRows {

    Sql sql();

    /** Records that a code group ({@code subgroup == false}) or a subgroup grew from a theme. */
    default void linkTheme(UUID theme, UUID target, boolean subgroup) {
        sql().update("INSERT OR IGNORE INTO theme_link(theme_id, code_group_id, subgroup_id) VALUES (?,?,?)",
                theme, subgroup ? null : target, subgroup ? target : null);
    }

    /** The code groups ({@code subgroups == false}) or subgroups that grew from a theme. */
    default List<UUID> grownFrom(UUID theme, boolean subgroups) {
        return sql().list(subgroups
                ? "SELECT s.id FROM theme_link l JOIN subgroup s ON s.id = l.subgroup_id JOIN code_group g ON g.id = s.code_group_id "
                        + "WHERE l.theme_id = ? ORDER BY g.ord, s.ord, s.name"
                : "SELECT g.id FROM theme_link l JOIN code_group g ON g.id = l.code_group_id WHERE l.theme_id = ? ORDER BY g.ord, g.working_name",
                rs -> Sql.uuid(rs, "id"), theme);
    }

    /** The themes one code group or subgroup grew from, in theme order. */
    private List<UUID> themeLinksOf(String column, UUID target) {
        return sql().list("SELECT l.theme_id FROM theme_link l JOIN theme t ON t.id = l.theme_id WHERE l." + column
                + " = ? ORDER BY t.ord, t.name", rs -> Sql.uuid(rs, "theme_id"), target);
    }

    private Map<UUID, List<UUID>> themeLinks(String column) {
        Map<UUID, List<UUID>> out = new HashMap<>();
        sql().list("SELECT l.theme_id, l." + column + " FROM theme_link l JOIN theme t ON t.id = l.theme_id WHERE l." + column
                + " IS NOT NULL ORDER BY t.ord, t.name", rs -> out
                .computeIfAbsent(Sql.uuid(rs, column), k -> new ArrayList<>()).add(Sql.uuid(rs, "theme_id")));
        return out;
    }

    default void insertCodeGroup(CodeGroup g) {
        sql().update("INSERT INTO code_group(id, working_name, final_name, description, color, ord, analytic_intro) VALUES (?,?,?,?,?,?,?)",
                g.id(), g.workingName(), g.finalName(), g.description(), g.color(), g.order(), g.analyticIntro());
        g.grewFrom().forEach(t -> linkTheme(t, g.id(), false));
    }

    default void updateCodeGroup(CodeGroup g) {
        sql().update("UPDATE code_group SET working_name=?, final_name=?, description=?, color=?, ord=?, analytic_intro=? WHERE id=?",
                g.workingName(), g.finalName(), g.description(), g.color(), g.order(), g.analyticIntro(), g.id());
    }

    default void deleteCodeGroup(UUID id) {
        sql().update("DELETE FROM theme_link WHERE code_group_id = ?", id);
        sql().update("DELETE FROM code_group WHERE id = ?", id);
    }

    default List<CodeGroup> codeGroups() {
        Map<UUID, List<UUID>> links = themeLinks("code_group_id");
        return sql().list("SELECT * FROM code_group ORDER BY ord, working_name",
                rs -> codeGroup(rs, links.getOrDefault(Sql.uuid(rs, "id"), List.of())));
    }

    default Optional<CodeGroup> codeGroup(UUID id) {
        List<UUID> links = themeLinksOf("code_group_id", id);
        return sql().first("SELECT * FROM code_group WHERE id = ?", rs -> codeGroup(rs, links), id);
    }

    /** The working names of all code groups but {@code except} (may be null): the names a new name must not repeat. */
    default List<String> codeGroupNames(UUID except) {
        return sql().list("SELECT working_name FROM code_group WHERE id IS NOT ?", rs -> rs.getString(1), except);
    }

    private static CodeGroup codeGroup(ResultSet rs, List<UUID> links) throws SQLException {
        return new CodeGroup(Sql.uuid(rs, "id"), rs.getString("working_name"), rs.getString("final_name"), rs.getString("description"),
                rs.getString("color"), rs.getInt("ord"), rs.getString("analytic_intro"), links);
    }

    default void insertSubgroup(Subgroup s) {
        sql().update("INSERT INTO subgroup(id, code_group_id, name, ord, condensate, analytic_text) VALUES (?,?,?,?,?,?)",
                s.id(), s.codeGroupId(), s.name(), s.order(), s.condensate(), s.analyticText());
        setCondensateSources(s.id(), s.condensateSources());
        s.grewFrom().forEach(t -> linkTheme(t, s.id(), true));
    }

    default void updateSubgroup(Subgroup s) {
        sql().update("UPDATE subgroup SET code_group_id=?, name=?, ord=?, condensate=?, analytic_text=? WHERE id=?",
                s.codeGroupId(), s.name(), s.order(), s.condensate(), s.analyticText(), s.id());
    }

    /** Makes {@code units} the subgroup's condensate sources, writing only what differs (same sources again: no change). */
    default void setCondensateSources(UUID subgroup, List<UUID> units) {
        List<String> wanted = units.stream().map(UUID::toString).toList();
        List<String> current = sql().list("SELECT meaning_unit_id FROM condensate_source WHERE subgroup_id = ?", rs -> rs.getString(1), subgroup);
        current.stream().filter(u -> !wanted.contains(u)).forEach(u ->
                sql().update("DELETE FROM condensate_source WHERE subgroup_id = ? AND meaning_unit_id = ?", subgroup, u));
        wanted.stream().filter(u -> !current.contains(u)).forEach(u ->
                sql().update("INSERT OR IGNORE INTO condensate_source(subgroup_id, meaning_unit_id) VALUES (?,?)", subgroup, u));
    }

    default void deleteSubgroup(UUID id) {
        sql().update("DELETE FROM condensate_source WHERE subgroup_id = ?", id);
        sql().update("DELETE FROM theme_link WHERE subgroup_id = ?", id);
        sql().update("DELETE FROM subgroup WHERE id = ?", id);
    }

    default Optional<Subgroup> subgroup(UUID id) {
        return sql().first("SELECT * FROM subgroup WHERE id = ?", this::subgroup, id);
    }

    /** The subgroups of one code group, in their order. */
    default List<Subgroup> subgroupsOf(UUID codeGroup) {
        return sql().list("SELECT * FROM subgroup WHERE code_group_id = ? ORDER BY ord, name", this::subgroup, codeGroup);
    }

    private Subgroup subgroup(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        List<UUID> sources = MeaningUnitRows.placedIds(sql(), "SELECT m.id, m.transcript_id, m.start, m.end FROM condensate_source c "
                + "JOIN meaning_unit m ON m.id = c.meaning_unit_id WHERE c.subgroup_id = ?", id);
        return new Subgroup(id, Sql.uuid(rs, "code_group_id"), rs.getString("name"), rs.getInt("ord"), rs.getString("condensate"),
                sources, rs.getString("analytic_text"), themeLinksOf("subgroup_id", id));
    }

    /** The ids of all subgroups in the order {@link #subgroups()} gives them, without reading their sources. */
    default List<UUID> subgroupOrder() {
        return sql().list("SELECT s.id FROM subgroup s JOIN code_group g ON g.id = s.code_group_id ORDER BY g.ord, s.ord, s.name",
                rs -> Sql.uuid(rs, "id"));
    }

    default List<Subgroup> subgroups() {
        Map<UUID, List<UUID>> links = themeLinks("subgroup_id");
        Map<UUID, List<UUID>> sources = new HashMap<>();
        sql().list("SELECT c.subgroup_id, c.meaning_unit_id FROM " + MeaningUnitRows.UNITS_IN_ORDER
                + "CROSS JOIN condensate_source c ON c.meaning_unit_id = m.id ORDER BY t.ord, m.start, m.end, m.id", rs -> sources
                .computeIfAbsent(Sql.uuid(rs, "subgroup_id"), k -> new ArrayList<>()).add(Sql.uuid(rs, "meaning_unit_id")));
        return sql().list("SELECT s.* FROM subgroup s JOIN code_group g ON g.id = s.code_group_id ORDER BY g.ord, s.ord, s.name",
                rs -> new Subgroup(Sql.uuid(rs, "id"), Sql.uuid(rs, "code_group_id"), rs.getString("name"), rs.getInt("ord"),
                        rs.getString("condensate"), sources.getOrDefault(Sql.uuid(rs, "id"), List.of()),
                        rs.getString("analytic_text"), links.getOrDefault(Sql.uuid(rs, "id"), List.of())));
    }
}
