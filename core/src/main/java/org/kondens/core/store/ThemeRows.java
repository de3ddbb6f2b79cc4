package org.kondens.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Span;

/**
 * The rows of step 1: the preliminary themes and the passages anchoring them, read and written as
 * model records. One part of {@link ProjectRepository}, which gives it the open transaction's
 * {@link #sql()}.
 */
public interface ThemeRows {

    Sql sql();

    default void insertTheme(PreliminaryTheme t) {
        sql().update("INSERT INTO theme(id, name, description, ord) VALUES (?,?,?,?)", t.id(), t.name(), t.description(), t.order());
        t.anchors().forEach(a -> addThemeAnchor(t.id(), a));
    }

    default void updateTheme(PreliminaryTheme t) {
        sql().update("UPDATE theme SET name=?, description=?, ord=? WHERE id=?", t.name(), t.description(), t.order(), t.id());
    }

    default void addThemeAnchor(UUID theme, Span a) {
        sql().update("INSERT OR IGNORE INTO theme_anchor(theme_id, transcript_id, start, end) VALUES (?,?,?,?)",
                theme, a.transcriptId(), a.start(), a.end());
    }

    default void deleteTheme(UUID id) {
        sql().update("DELETE FROM theme_anchor WHERE theme_id = ?", id);
        sql().update("DELETE FROM theme_link WHERE theme_id = ?", id);
        sql().update("DELETE FROM theme WHERE id = ?", id);
    }

    default Optional<PreliminaryTheme> theme(UUID id) {
        List<Span> anchors = sql().list("SELECT * FROM theme_anchor WHERE theme_id = ? ORDER BY transcript_id, start, end",
                rs -> new Span(Sql.uuid(rs, "transcript_id"), rs.getInt("start"), rs.getInt("end")), id);
        return sql().first("SELECT * FROM theme WHERE id = ?", rs -> new PreliminaryTheme(Sql.uuid(rs, "id"), rs.getString("name"),
                rs.getString("description"), rs.getInt("ord"), anchors), id);
    }

    default List<PreliminaryTheme> themes() {
        Map<UUID, List<Span>> anchors = new HashMap<>();
        sql().list("SELECT * FROM theme_anchor ORDER BY transcript_id, start, end", rs -> anchors
                .computeIfAbsent(Sql.uuid(rs, "theme_id"), k -> new ArrayList<>())
                .add(new Span(Sql.uuid(rs, "transcript_id"), rs.getInt("start"), rs.getInt("end"))));
        return sql().list("SELECT * FROM theme ORDER BY ord, name", rs -> new PreliminaryTheme(Sql.uuid(rs, "id"),
                rs.getString("name"), rs.getString("description"), rs.getInt("ord"),
                anchors.getOrDefault(Sql.uuid(rs, "id"), List.of())));
    }
}
