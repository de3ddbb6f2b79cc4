package org.kondens.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;

/**
 * The rows of transcripts (their text read only when asked for), their speaker turns, and the
 * notes written in their margin, read and written as model records. One part of {@link
 * ProjectRepository}, which gives it the open transaction's {@link #sql()}.
 */
public interface TranscriptRows {

    Sql sql();

    default void insertTranscript(Transcript t, List<SpeakerTurn> turns) {
        sql().update("INSERT INTO transcript(id, session_id, title, text, source_file, hash, imported, ord) VALUES (?,?,?,?,?,?,?,?)",
                t.id(), t.sessionId(), t.title(), t.text(), t.sourceFile(), t.hash(), t.imported(),
                sql().count("SELECT count(*) FROM transcript"));
        sql().transcriptTexts().remember(t.id(), t.text());
        sql().updateEach("INSERT INTO speaker_turn(transcript_id, start, end, speaker, role, informant_id) VALUES (?,?,?,?,?,?)",
                turns.stream().map(turn -> new Object[] {t.id(), turn.start(), turn.end(), turn.speaker(), turn.role(), turn.informantId()})
                        .toList());
    }

    /** A transcript's columns but its text, which is read when asked for ({@link TranscriptTexts}). */
    private static String columns() {
        return "id, session_id, title, source_file, hash, imported";
    }

    default List<Transcript> transcripts() {
        return sql().list("SELECT " + columns() + " FROM transcript ORDER BY ord", this::transcript);
    }

    default Optional<Transcript> transcript(UUID id) {
        return sql().first("SELECT " + columns() + " FROM transcript WHERE id = ?", this::transcript, id);
    }

    default long unitCountOf(UUID transcript) {
        return sql().count("SELECT count(*) FROM meaning_unit WHERE transcript_id = ?", transcript);
    }

    default Optional<Transcript> transcriptByHash(String hash) {
        return sql().first("SELECT " + columns() + " FROM transcript WHERE hash = ?", this::transcript, hash);
    }

    private Transcript transcript(ResultSet rs) throws SQLException {
        return Transcript.stored(Sql.uuid(rs, "id"), Sql.uuid(rs, "session_id"), rs.getString("title"), sql().transcriptTexts(),
                rs.getString("source_file"), rs.getString("hash"), Sql.instant(rs, "imported"));
    }

    /**
     * Every transcript's speaker turns, in order. A 10-million-word corpus has a quarter of a
     * million, so each row comes as two numbers and one string (each string read out of SQLite
     * costs more than the rest of the row): the transcript and informant ids, fixed-width, then
     * the role and the speaker label. The few distinct ones are parsed once and shared.
     */
    default Map<UUID, List<SpeakerTurn>> turns() {
        record Who(UUID transcript, String speaker, SpeakerRole role, UUID informant) {
        }
        Map<UUID, List<SpeakerTurn>> out = new LinkedHashMap<>();
        Map<String, Who> known = new HashMap<>();
        int idChars = 36; // ids are stored as UUID.toString()
        sql().list("SELECT start, end, transcript_id || coalesce(informant_id, '" + "-".repeat(idChars) + "') || role || char(31)"
                + " || speaker FROM speaker_turn ORDER BY transcript_id, start", rs -> {
                    Who who = known.computeIfAbsent(rs.getString(3), key -> {
                        int roleEnd = key.indexOf('\u001f', 2 * idChars);
                        String informant = key.substring(idChars, 2 * idChars);
                        return new Who(UUID.fromString(key.substring(0, idChars)), key.substring(roleEnd + 1),
                                SpeakerRole.valueOf(key.substring(2 * idChars, roleEnd)),
                                informant.startsWith("-") ? null : UUID.fromString(informant));
                    });
                    out.computeIfAbsent(who.transcript(), k -> new ArrayList<>())
                            .add(new SpeakerTurn(rs.getInt(1), rs.getInt(2), who.speaker(), who.role(), who.informant()));
                    return null;
                });
        return out;
    }

    /** The speaker turn at {@code offset} of one transcript (an index lookup, not a read of every turn). */
    default java.util.Optional<SpeakerTurn> turnAt(UUID transcriptId, int offset) {
        return sql().first("SELECT * FROM speaker_turn WHERE transcript_id = ? AND start <= ? AND ? < end ORDER BY start DESC LIMIT 1",
                rs -> new SpeakerTurn(rs.getInt("start"), rs.getInt("end"), rs.getString("speaker"),
                        SpeakerRole.valueOf(rs.getString("role")), Sql.uuid(rs, "informant_id")), transcriptId, offset, offset);
    }

    default void insertNote(TranscriptNote n) {
        sql().update("INSERT INTO transcript_note(id, transcript_id, anchor, text, created) VALUES (?,?,?,?,?)",
                n.id(), n.transcriptId(), n.anchor(), n.text(), n.created());
    }

    default void updateNoteText(UUID id, String text) {
        sql().update("UPDATE transcript_note SET text = ? WHERE id = ?", text, id);
    }

    default void deleteNote(UUID id) {
        sql().update("DELETE FROM transcript_note WHERE id = ?", id);
    }

    default List<TranscriptNote> notes() {
        return sql().list("SELECT * FROM transcript_note ORDER BY created, id", TranscriptRows::note);
    }

    default Optional<TranscriptNote> note(UUID id) {
        return sql().first("SELECT * FROM transcript_note WHERE id = ?", TranscriptRows::note, id);
    }

    private static TranscriptNote note(ResultSet rs) throws SQLException {
        return new TranscriptNote(Sql.uuid(rs, "id"), Sql.uuid(rs, "transcript_id"), Sql.integer(rs, "anchor"), rs.getString("text"),
                Sql.instant(rs, "created"));
    }
}
