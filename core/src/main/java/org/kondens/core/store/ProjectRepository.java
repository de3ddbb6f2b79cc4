package org.kondens.core.store;

import java.util.List;
import java.util.UUID;
import org.kondens.core.model.AuditEntry;
import org.kondens.core.model.ProjectSnapshot;

/**
 * Every row the project file holds, read and written as model records, one interface per part
 * of the project ({@link StudyRows}, {@link TranscriptRows}, {@link ThemeRows},
 * {@link CodeGroupRows}, {@link MeaningUnitRows}, {@link QuoteRows}, {@link ReviewRows}); here, what spans the
 * parts: a whole snapshot, deleting a transcript with all that points into it, and the audit
 * trail. Used inside a {@link ProjectDatabase} transaction; it knows SQL, not the method's rules
 * (that is the STC service's job).
 */
public final class ProjectRepository implements StudyRows, TranscriptRows, ThemeRows, CodeGroupRows, MeaningUnitRows, QuoteRows, ReviewRows, ImportLogRows {

    private final Sql sql;

    public ProjectRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Sql sql() {
        return sql;
    }

    /** Deletes a transcript with everything that points into it, and its session if that is left empty. */
    public void deleteTranscript(UUID id) {
        for (String unit : sql.list("SELECT id FROM meaning_unit WHERE transcript_id = ?", rs -> rs.getString(1), id)) {
            deleteMeaningUnit(UUID.fromString(unit));
        }
        sql.update("DELETE FROM theme_anchor WHERE transcript_id = ?", id);
        sql.update("DELETE FROM transcript_note WHERE transcript_id = ?", id);
        sql.update("DELETE FROM speaker_turn WHERE transcript_id = ?", id);
        String session = sql.first("SELECT session_id FROM transcript WHERE id = ?", rs -> rs.getString(1), id).orElseThrow();
        sql.update("DELETE FROM transcript WHERE id = ?", id);
        if (sql.count("SELECT count(*) FROM transcript WHERE session_id = ?", session) == 0) {
            sql.update("DELETE FROM session_participant WHERE session_id = ?", session);
            sql.update("DELETE FROM session WHERE id = ?", session);
        }
    }

    public List<AuditEntry> audit() {
        return auditAfter(Long.MIN_VALUE);
    }

    /** The audit lines written after line {@code id}: the trail only grows, so a screen reads just its tail. */
    public List<AuditEntry> auditAfter(long id) {
        return sql.list("SELECT * FROM audit WHERE id > ? ORDER BY id", rs -> new AuditEntry(rs.getLong("id"), Sql.instant(rs, "time"),
                rs.getString("action"), rs.getString("detail")), id);
    }

    /** Restores an audit line exactly as exported (JSON import), keeping its id. */
    public void insertAudit(AuditEntry e) {
        sql.update("INSERT INTO audit(id, time, action, detail) VALUES (?,?,?,?)", e.id(), e.time(), e.action(), e.detail());
    }

    public ProjectSnapshot snapshot() {
        return new ProjectSnapshot(project(), questionHistory(), informants(), sessions(), transcripts(), turns(), notes(),
                themes(), codeGroups(), subgroups(), meaningUnits(), quotes(), audit(), review());
    }
}
