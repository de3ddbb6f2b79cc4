package org.kondens.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.model.Quote;

/**
 * The rows of steps 3 and 4: the quotes chosen from meaning units for a code group or subgroup,
 * read and written as model records. One part of {@link ProjectRepository}, which gives it the
 * open transaction's {@link #sql()}.
 */
public interface QuoteRows {

    Sql sql();

    default void insertQuote(Quote q) {
        sql().update("INSERT INTO quote(id, meaning_unit_id, code_group_id, subgroup_id, start, end, display_text, label, ord) "
                        + "VALUES (?,?,?,?,?,?,?,?,?)", q.id(), q.meaningUnitId(), q.codeGroupId(), q.subgroupId(),
                q.start(), q.end(), q.displayText(), q.label(), q.order());
    }

    default void updateQuote(Quote q) {
        sql().update("UPDATE quote SET code_group_id=?, subgroup_id=?, start=?, end=?, display_text=?, label=?, ord=? WHERE id=?",
                q.codeGroupId(), q.subgroupId(), q.start(), q.end(), q.displayText(), q.label(), q.order(), q.id());
    }

    default void deleteQuote(UUID id) {
        sql().update("DELETE FROM quote WHERE id = ?", id);
    }

    default List<Quote> quotes() {
        return sql().list("SELECT * FROM quote ORDER BY " + order(), QuoteRows::quote);
    }

    /** The order quotes are listed in. */
    private static String order() {
        return "code_group_id, subgroup_id, ord, id";
    }

    default Optional<Quote> quote(UUID id) {
        return sql().first("SELECT * FROM quote WHERE id = ?", QuoteRows::quote, id);
    }

    /** The quotes taken from one meaning unit. */
    default List<Quote> quotesFrom(UUID unit) {
        return sql().list("SELECT * FROM quote WHERE meaning_unit_id = ? ORDER BY " + order(), QuoteRows::quote, unit);
    }

    /** The quotes chosen for a code group, whatever their subgroup. */
    default List<Quote> quotesInGroup(UUID codeGroup) {
        return sql().list("SELECT * FROM quote WHERE code_group_id = ? ORDER BY " + order(), QuoteRows::quote, codeGroup);
    }

    /** The quotes chosen for a subgroup. */
    default List<Quote> quotesInSubgroup(UUID subgroup) {
        return sql().list("SELECT * FROM quote WHERE subgroup_id = ? ORDER BY " + order(), QuoteRows::quote, subgroup);
    }

    /** How many quotes a code group has at one level: its subgroup's, or (subgroup null) the group's own. */
    default long quoteCount(UUID codeGroup, UUID subgroup) {
        return sql().count("SELECT count(*) FROM quote WHERE code_group_id = ? AND subgroup_id IS ?", codeGroup, subgroup);
    }

    private static Quote quote(ResultSet rs) throws SQLException {
        return new Quote(Sql.uuid(rs, "id"), Sql.uuid(rs, "meaning_unit_id"), Sql.uuid(rs, "code_group_id"), Sql.uuid(rs, "subgroup_id"),
                rs.getInt("start"), rs.getInt("end"), rs.getString("display_text"), rs.getString("label"), rs.getInt("ord"));
    }
}
