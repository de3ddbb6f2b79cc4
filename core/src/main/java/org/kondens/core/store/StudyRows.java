package org.kondens.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.Project;
import org.kondens.core.model.QuestionWording;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;

/**
 * The rows of the study itself: the project row (title, research question, notes), the history of
 * its questions' wordings, informants with their attributes, and sessions with their
 * participants, read and written as model records. One part of {@link ProjectRepository}, which
 * gives it the open transaction's {@link #sql()}.
 */
public interface StudyRows {

    Sql sql();

    default void insertProject(Project p) {
        sql().update("INSERT INTO project(id, title, language, research_question, sub_questions, interview_guide, notes, "
                        + "group_level_name, subgroup_level_name, created) VALUES (?,?,?,?,?,?,?,?,?,?)", p.id(), p.title(),
                p.language().code(), p.researchQuestion(), String.join("\n", p.subQuestions()), p.interviewGuide(), p.notes(),
                p.groupLevelName(), p.subgroupLevelName(), p.created());
    }

    default Project project() {
        String modified = sql().first("SELECT time FROM audit ORDER BY id DESC LIMIT 1", rs -> rs.getString(1)).orElse(null);
        return sql().first("SELECT * FROM project", rs -> new Project(Sql.uuid(rs, "id"), rs.getString("title"),
                        Language.fromCode(rs.getString("language")), rs.getString("research_question"),
                        lines(rs.getString("sub_questions")), rs.getString("interview_guide"), rs.getString("notes"),
                        rs.getString("group_level_name"), rs.getString("subgroup_level_name"), Sql.instant(rs, "created"),
                        modified == null ? Sql.instant(rs, "created") : java.time.Instant.parse(modified)))
                .orElseThrow(() -> new IllegalStateException("the project file has no project row"));
    }

    /** Sets one text column of the project row ({@code column} is ours, never user input). */
    default void setProjectField(String column, String value) {
        sql().update("UPDATE project SET " + column + " = ?", value);
    }

    default void addQuestionWording(QuestionWording w) {
        sql().update("INSERT INTO question_history(replaced, field, text) VALUES (?,?,?)", w.replaced(), w.field(), w.text());
    }

    default List<QuestionWording> questionHistory() {
        return sql().list("SELECT * FROM question_history ORDER BY id",
                rs -> new QuestionWording(Sql.instant(rs, "replaced"), rs.getString("field"), rs.getString("text")));
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n", -1));
    }

    default void insertInformant(Informant i) {
        sql().update("INSERT INTO informant(id, label, ord) VALUES (?,?,?)", i.id(), i.label(),
                sql().count("SELECT count(*) FROM informant"));
        i.attributes().forEach((k, v) -> setAttribute(i.id(), k, v));
    }

    default void setInformantLabel(UUID id, String label) {
        sql().update("UPDATE informant SET label = ? WHERE id = ?", label, id);
    }

    default void setAttribute(UUID informant, String key, String value) {
        if (value == null) {
            sql().update("DELETE FROM informant_attribute WHERE informant_id = ? AND key = ?", informant, key);
        } else {
            sql().update("INSERT INTO informant_attribute(informant_id, key, value) VALUES (?,?,?) "
                    + "ON CONFLICT(informant_id, key) DO UPDATE SET value = excluded.value", informant, key, value);
        }
    }

    default List<Informant> informants() {
        Map<UUID, Map<String, String>> attrs = new HashMap<>();
        sql().list("SELECT * FROM informant_attribute", rs -> attrs
                .computeIfAbsent(Sql.uuid(rs, "informant_id"), k -> new HashMap<>())
                .put(rs.getString("key"), rs.getString("value")));
        return sql().list("SELECT * FROM informant ORDER BY ord, label", rs -> Informant.of(Sql.uuid(rs, "id"),
                rs.getString("label"), attrs.getOrDefault(Sql.uuid(rs, "id"), Map.of())));
    }

    /**
     * The first informant (in list order) whose label equals {@code label} ignoring case, by
     * Java's rules. An import asks once per speaker: rather than read every informant, SQLite
     * picks the candidates, which for an ASCII label are the labels equal to it ignoring ASCII
     * case and any label with other letters (a dotless ı or a Kelvin sign still matches i or k).
     */
    default Optional<UUID> informantIdByLabel(String label) {
        boolean ascii = label.chars().allMatch(c -> c < 0x80);
        String candidates = ascii ? " WHERE label = ? COLLATE NOCASE OR length(CAST(label AS BLOB)) <> length(label)" : "";
        Object[] args = ascii ? new Object[] {label} : new Object[0];
        return sql().list("SELECT id, label FROM informant" + candidates + " ORDER BY ord, label",
                rs -> label.equalsIgnoreCase(rs.getString(2)) ? rs.getString(1) : null, args).stream()
                .filter(java.util.Objects::nonNull).findFirst().map(UUID::fromString);
    }

    default Optional<Informant> informant(UUID id) {
        Map<String, String> attrs = new HashMap<>();
        sql().list("SELECT key, value FROM informant_attribute WHERE informant_id = ?", rs -> attrs.put(rs.getString(1), rs.getString(2)), id);
        return sql().first("SELECT id, label FROM informant WHERE id = ?", rs -> Informant.of(Sql.uuid(rs, "id"), rs.getString("label"), attrs), id);
    }

    default void insertSession(Session s) {
        sql().update("INSERT INTO session(id, title, kind, date, duration_minutes, moderator, pilot, notes, ord) VALUES (?,?,?,?,?,?,?,?,?)",
                s.id(), s.title(), s.kind(), s.date(), s.durationMinutes(), s.moderator(), s.pilot(), s.notes(),
                sql().count("SELECT count(*) FROM session"));
        for (int i = 0; i < s.participants().size(); i++) {
            sql().update("INSERT INTO session_participant(session_id, informant_id, ord) VALUES (?,?,?)", s.id(), s.participants().get(i), i);
        }
    }

    default void updateSession(Session s) {
        sql().update("UPDATE session SET title=?, kind=?, date=?, duration_minutes=?, moderator=?, pilot=?, notes=? WHERE id=?",
                s.title(), s.kind(), s.date(), s.durationMinutes(), s.moderator(), s.pilot(), s.notes(), s.id());
    }

    default List<Session> sessions() {
        Map<UUID, List<UUID>> participants = new HashMap<>();
        sql().list("SELECT * FROM session_participant ORDER BY ord", rs -> participants
                .computeIfAbsent(Sql.uuid(rs, "session_id"), k -> new ArrayList<>()).add(Sql.uuid(rs, "informant_id")));
        return sql().list("SELECT * FROM session ORDER BY ord", rs -> new Session(Sql.uuid(rs, "id"), rs.getString("title"),
                SessionKind.valueOf(rs.getString("kind")), Sql.date(rs, "date"), Sql.integer(rs, "duration_minutes"),
                rs.getString("moderator"), participants.getOrDefault(Sql.uuid(rs, "id"), List.of()),
                rs.getInt("pilot") == 1, rs.getString("notes")));
    }

    /** The informants taking part in one session, in their order. */
    default List<UUID> participantsOf(UUID session) {
        return sql().list("SELECT informant_id FROM session_participant WHERE session_id = ? ORDER BY ord", rs -> Sql.uuid(rs, "informant_id"), session);
    }
}
