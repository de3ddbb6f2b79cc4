package org.kondens.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.model.Lines;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Passage;
import org.kondens.core.model.Span;

/**
 * The rows of step 2: meaning units and their memberships in code groups and subgroups, read and
 * written as model records. One part of {@link ProjectRepository}, which gives it the open
 * transaction's {@link #sql()}.
 */
public interface MeaningUnitRows {

    /**
     * Meaning units {@code m} with their transcripts {@code t}, for reading order ({@code ORDER BY
     * t.ord, m.start ...}). The transcripts come first, from their index (CROSS JOIN keeps that
     * order): looked up one by one, each transcript's row would be read with its whole text.
     */
    String UNITS_IN_ORDER = "transcript t CROSS JOIN meaning_unit m ON m.transcript_id = t.id ";

    Sql sql();

    default void insertMeaningUnit(MeaningUnit u) {
        Passage p = passageOf(u);
        sql().update("INSERT INTO meaning_unit(id, transcript_id, start, end, informant_id, note, created, passage, line) "
                + "VALUES (?,?,?,?,?,?,?,?,?)", u.id(), u.transcriptId(), u.start(), u.end(), u.informantId(), u.note(), u.created(),
                p.text(), p.line());
        u.memberships().forEach(m -> setMembership(u.id(), m));
    }

    default void updateMeaningUnit(MeaningUnit u) {
        Passage p = passageOf(u);
        sql().update("UPDATE meaning_unit SET start=?, end=?, informant_id=?, note=?, passage=?, line=? WHERE id=?",
                u.start(), u.end(), u.informantId(), u.note(), p.text(), p.line(), u.id());
    }

    /** The unit's words and line, from its transcript's text (at hand when the unit was just marked in it). */
    private Passage passageOf(MeaningUnit u) {
        return sql().transcriptTexts().passage(u.transcriptId(), u.start(), u.end());
    }

    /**
     * Fills the passage and line of units that have none (made before version 5), a transcript at a
     * time. A unit outside its text (a damaged file) is left without, as is, in a {@code rescue},
     * a transcript that cannot be read: its passage is then cut from the text when shown, which
     * fails there as it always did, instead of the whole file failing to open.
     */
    static void fillPassages(Sql sql, boolean rescue) {
        for (UUID t : sql.list("SELECT DISTINCT transcript_id FROM meaning_unit WHERE passage IS NULL", r -> Sql.uuid(r, "transcript_id"))) {
            String text;
            try {
                text = sql.textOf(t);
            } catch (RuntimeException e) {
                if (rescue) {
                    continue;
                }
                throw e;
            }
            Lines lines = Lines.of(text);
            List<Object[]> rows = new ArrayList<>();
            sql.list("SELECT id, start, end FROM meaning_unit WHERE transcript_id = ? AND passage IS NULL", r -> {
                int start = r.getInt("start");
                int end = r.getInt("end");
                if (start >= 0 && start < end && end <= text.length()) {
                    Passage p = lines.passage(text, start, end);
                    rows.add(new Object[] {p.text(), p.line(), r.getString("id")});
                }
                return null;
            }, t);
            sql.updateEach("UPDATE meaning_unit SET passage = ?, line = ? WHERE id = ?", rows);
        }
    }

    /** The stored passages of units {@code ids}, by their place in the transcript. */
    static Map<Span, Passage> passagesOf(Sql sql, List<UUID> ids) {
        Map<Span, Passage> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            sql.list("SELECT transcript_id, start, end, passage, line FROM meaning_unit WHERE id IN (" + marks + ")", r -> {
                Span at = new Span(Sql.uuid(r, "transcript_id"), r.getInt("start"), r.getInt("end"));
                String text = r.getString("passage");
                return out.put(at, text != null ? new Passage(text, r.getInt("line")) : cut(sql, at));
            }, chunk.toArray());
        }
        return out;
    }

    /**
     * The passage of a unit stored without one (see {@link #fillPassages}): cut from its text, or
     * empty when the text cannot give it, so that a damaged unit is shown empty, never stops the open.
     */
    private static Passage cut(Sql sql, Span at) {
        try {
            String text = sql.textOf(at.transcriptId());
            return at.end() <= text.length() ? Passage.in(text, at.start(), at.end()) : new Passage("", 0);
        } catch (StoreException e) {
            return new Passage("", 0);
        }
    }

    default void setMembership(UUID unit, Membership m) {
        sql().update("INSERT INTO membership(meaning_unit_id, code_group_id, subgroup_id) VALUES (?,?,?) "
                + "ON CONFLICT(meaning_unit_id, code_group_id) DO UPDATE SET subgroup_id = excluded.subgroup_id",
                unit, m.codeGroupId(), m.subgroupId());
    }

    default void removeMembership(UUID unit, UUID codeGroup) {
        sql().update("DELETE FROM membership WHERE meaning_unit_id = ? AND code_group_id = ?", unit, codeGroup);
    }

    default void deleteMeaningUnit(UUID id) {
        sql().update("DELETE FROM quote WHERE meaning_unit_id = ?", id);
        sql().update("DELETE FROM condensate_source WHERE meaning_unit_id = ?", id);
        sql().update("DELETE FROM membership WHERE meaning_unit_id = ?", id);
        sql().update("DELETE FROM meaning_unit WHERE id = ?", id);
    }

    default List<MeaningUnit> meaningUnits() {
        Map<UUID, List<Membership>> memberships = new HashMap<>();
        sql().list("SELECT m.* FROM membership m JOIN code_group g ON g.id = m.code_group_id ORDER BY g.ord, g.working_name", rs -> memberships
                .computeIfAbsent(Sql.uuid(rs, "meaning_unit_id"), k -> new ArrayList<>())
                .add(new Membership(Sql.uuid(rs, "code_group_id"), Sql.uuid(rs, "subgroup_id"))));
        return sql().list("SELECT m.id, m.transcript_id, m.start, m.end, m.informant_id, m.note, m.created FROM " + UNITS_IN_ORDER
                + "ORDER BY t.ord, m.start, m.end, m.id",
                rs -> {
                    UUID id = Sql.uuid(rs, "id");
                    return new MeaningUnit(id, Sql.uuid(rs, "transcript_id"), rs.getInt("start"), rs.getInt("end"),
                            Sql.uuid(rs, "informant_id"), rs.getString("note"), Sql.instant(rs, "created"), memberships.getOrDefault(id, List.of()));
                });
    }

    default Optional<MeaningUnit> meaningUnit(UUID id) {
        return sql().first("SELECT * FROM meaning_unit WHERE id = ?", this::meaningUnit, id);
    }

    /** The units among {@code ids} (ids of other rows are passed over), each with its memberships. */
    default List<MeaningUnit> meaningUnits(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return sql().list("SELECT * FROM meaning_unit WHERE id IN (" + marks + ")", this::meaningUnit, ids.toArray());
    }

    /**
     * The units whose id is {@code query}, or starts with it when it has 4 characters or more
     * (the CLI prints ids shortened). A range on the id index, not a scan of every unit.
     */
    default List<MeaningUnit> meaningUnitsById(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.length() < 4) {
            return sql().list("SELECT * FROM meaning_unit WHERE id = ?", this::meaningUnit, q);
        }
        // Ids are lower-case ASCII, so every id starting with q sorts from q up to q followed by U+FFFF.
        return sql().list("SELECT * FROM meaning_unit WHERE id >= ? AND id < ? ORDER BY id", this::meaningUnit, q, q + "\uffff");
    }

    /** The units that cover exactly {@code start}–{@code end} of a transcript (on the transcript index). */
    default List<MeaningUnit> unitsAt(UUID transcript, int start, int end) {
        return sql().list("SELECT * FROM meaning_unit WHERE transcript_id = ? AND start = ? AND end = ?", this::meaningUnit,
                transcript, start, end);
    }

    /** The units in one code group, in reading order (transcript by transcript, then by position). */
    default List<MeaningUnit> unitsOf(UUID codeGroup) {
        List<MeaningUnit> units = sql().list("SELECT m.* FROM membership s JOIN meaning_unit m ON m.id = s.meaning_unit_id "
                + "WHERE s.code_group_id = ?", this::meaningUnit, codeGroup);
        Map<UUID, Integer> order = transcriptOrder(sql());
        return units.stream().sorted(inReadingOrder(order, MeaningUnit::transcriptId, MeaningUnit::start, MeaningUnit::end,
                MeaningUnit::id)).toList();
    }

    /** The ids of the units in one subgroup, in reading order. */
    default List<UUID> unitIdsOf(UUID codeGroup, UUID subgroup) {
        return placedIds(sql(), "SELECT m.id, m.transcript_id, m.start, m.end FROM membership s JOIN meaning_unit m ON m.id = s.meaning_unit_id "
                + "WHERE s.code_group_id = ? AND s.subgroup_id = ?", codeGroup, subgroup);
    }

    /** A unit's place, to put a few units in reading order without reading their transcripts' rows. */
    record Placed(UUID id, UUID transcriptId, int start, int end) {
    }

    /**
     * The ids {@code query} selects (columns: unit id, transcript id, start, end) in reading
     * order: few units of a group or subgroup, sorted here by their transcripts' order taken from
     * its index, instead of walking every unit of the corpus in SQL.
     */
    static List<UUID> placedIds(Sql sql, String query, Object... args) {
        List<Placed> placed = sql.list(query, r -> new Placed(UUID.fromString(r.getString(1)), UUID.fromString(r.getString(2)), r.getInt(3), r.getInt(4)), args);
        Map<UUID, Integer> order = transcriptOrder(sql);
        return placed.stream().sorted(inReadingOrder(order, Placed::transcriptId, Placed::start, Placed::end, Placed::id))
                .map(Placed::id).toList();
    }

    /** Each transcript's place in reading order ({@code ord}), from the transcripts' index: no text is read. */
    static Map<UUID, Integer> transcriptOrder(Sql sql) {
        Map<UUID, Integer> order = new HashMap<>();
        sql.list("SELECT id, ord FROM transcript", r -> order.put(Sql.uuid(r, "id"), r.getInt("ord")));
        return order;
    }

    /** Reading order, as {@code ORDER BY t.ord, m.start, m.end, m.id} gives it. */
    static <T> java.util.Comparator<T> inReadingOrder(Map<UUID, Integer> order, java.util.function.Function<T, UUID> transcript,
            java.util.function.ToIntFunction<T> start, java.util.function.ToIntFunction<T> end, java.util.function.Function<T, UUID> id) {
        return java.util.Comparator.<T>comparingInt(x -> order.getOrDefault(transcript.apply(x), Integer.MAX_VALUE))
                .thenComparingInt(start).thenComparingInt(end).thenComparing(x -> id.apply(x).toString());
    }

    /** A unit's code groups, in code group order. */
    default List<Membership> membershipsOf(UUID unit) {
        return sql().list("SELECT m.code_group_id, m.subgroup_id FROM membership m JOIN code_group g ON g.id = m.code_group_id "
                + "WHERE m.meaning_unit_id = ? ORDER BY g.ord, g.working_name",
                rs -> new Membership(Sql.uuid(rs, "code_group_id"), Sql.uuid(rs, "subgroup_id")), unit);
    }

    private MeaningUnit meaningUnit(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        return new MeaningUnit(id, Sql.uuid(rs, "transcript_id"), rs.getInt("start"), rs.getInt("end"), Sql.uuid(rs, "informant_id"),
                rs.getString("note"), Sql.instant(rs, "created"), membershipsOf(id));
    }
}
