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
        insertTurns(t.id(), turns);
    }

    /** The speaker turns of transcript {@code id}, which has none yet. */
    default void insertTurns(UUID id, List<SpeakerTurn> turns) {
        String transcript = id.toString();
        sql().insertAll("speaker_turn(transcript_id, start, end, speaker, role, informant_id)",
                turns.stream().map(turn -> new Object[] {transcript, turn.start(), turn.end(), turn.speaker(), turn.role(), turn.informantId()})
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
     * Every transcript's speaker turns, in order, each transcript's read when asked for: a
     * 10-million-word corpus has a quarter of a million, and a screen shows a few transcripts'.
     */
    default Map<UUID, List<SpeakerTurn>> turns() {
        return new StoredTurns(sql().list("SELECT id FROM transcript t WHERE EXISTS (SELECT 1 FROM speaker_turn s WHERE s.transcript_id = t.id)"
                + " ORDER BY id", rs -> Sql.uuid(rs, "id")), sql().transcriptTexts());
    }

    /** One transcript's speaker turns, in order (the primary key's). */
    static List<SpeakerTurn> turnsOf(Sql sql, UUID transcript) {
        return sql.list("SELECT start, end, speaker, role, informant_id FROM speaker_turn WHERE transcript_id = ? ORDER BY start",
                TranscriptRows::turn, transcript);
    }

    /** The speakers who only interview, with no informant: their passages are no informant's. */
    static java.util.Set<String> interviewerSpeakers(Sql sql) {
        return new java.util.HashSet<>(sql.list("SELECT DISTINCT speaker FROM speaker_turn WHERE role = ? AND informant_id IS NULL",
                rs -> rs.getString(1), SpeakerRole.INTERVIEWER));
    }

    private static SpeakerTurn turn(ResultSet rs) throws SQLException {
        return new SpeakerTurn(rs.getInt("start"), rs.getInt("end"), rs.getString("speaker"), SpeakerRole.valueOf(rs.getString("role")),
                Sql.uuid(rs, "informant_id"));
    }

    /** The speaker turn at {@code offset} of one transcript (an index lookup, not a read of every turn). */
    default java.util.Optional<SpeakerTurn> turnAt(UUID transcriptId, int offset) {
        return sql().first("SELECT * FROM speaker_turn WHERE transcript_id = ? AND start <= ? AND ? < end ORDER BY start DESC LIMIT 1",
                TranscriptRows::turn, transcriptId, offset, offset);
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
