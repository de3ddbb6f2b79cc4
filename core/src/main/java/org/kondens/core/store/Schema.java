package org.kondens.core.store;

import java.util.List;

/**
 * The project file's tables and their forward migrations. A file records its version in
 * {@code schema_version}; opening runs every later migration in one transaction. Never edit a
 * released migration: add a new one.
 *
 * <p>Rules the tables follow: ids are UUID text kept forever; offsets are UTF-16 units into
 * {@code transcript.text}, which never changes; {@code ord} columns give display order. No
 * {@code ON DELETE CASCADE}: the STC service deletes children explicitly, so every deleted row is
 * seen by the undo log and nothing disappears as a side effect.
 */
public final class Schema {

    /** {@code PRAGMA application_id} of every Kondens file ("KOND"), so we recognise our own files. */
    public static final int APPLICATION_ID = 0x4B4F4E44;

    static final List<String> MIGRATIONS = List.of(
            // Version 1: the first release.
            """
            CREATE TABLE project (
              id TEXT PRIMARY KEY, title TEXT NOT NULL, language TEXT NOT NULL,
              research_question TEXT NOT NULL DEFAULT '', sub_questions TEXT NOT NULL DEFAULT '',
              interview_guide TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
              created TEXT NOT NULL);
            CREATE TABLE question_history (
              id INTEGER PRIMARY KEY, replaced TEXT NOT NULL, field TEXT NOT NULL, text TEXT NOT NULL);
            CREATE TABLE informant (
              id TEXT PRIMARY KEY, label TEXT NOT NULL UNIQUE COLLATE NOCASE, ord INTEGER NOT NULL);
            CREATE TABLE informant_attribute (
              informant_id TEXT NOT NULL REFERENCES informant(id), key TEXT NOT NULL, value TEXT NOT NULL,
              PRIMARY KEY (informant_id, key));
            CREATE TABLE session (
              id TEXT PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL, date TEXT,
              duration_minutes INTEGER, moderator TEXT, pilot INTEGER NOT NULL DEFAULT 0,
              notes TEXT NOT NULL DEFAULT '', ord INTEGER NOT NULL);
            CREATE TABLE session_participant (
              session_id TEXT NOT NULL REFERENCES session(id), informant_id TEXT NOT NULL REFERENCES informant(id),
              ord INTEGER NOT NULL, PRIMARY KEY (session_id, informant_id));
            CREATE TABLE transcript (
              id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES session(id), title TEXT NOT NULL,
              text TEXT NOT NULL, source_file TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,
              imported TEXT NOT NULL, ord INTEGER NOT NULL);
            CREATE TABLE speaker_turn (
              transcript_id TEXT NOT NULL REFERENCES transcript(id), start INTEGER NOT NULL, end INTEGER NOT NULL,
              speaker TEXT NOT NULL, role TEXT NOT NULL, informant_id TEXT REFERENCES informant(id),
              PRIMARY KEY (transcript_id, start), CHECK (start < end));
            CREATE TABLE transcript_note (
              id TEXT PRIMARY KEY, transcript_id TEXT NOT NULL REFERENCES transcript(id), anchor INTEGER,
              text TEXT NOT NULL, created TEXT NOT NULL);
            CREATE TABLE theme (
              id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', ord INTEGER NOT NULL);
            CREATE TABLE theme_anchor (
              theme_id TEXT NOT NULL REFERENCES theme(id), transcript_id TEXT NOT NULL REFERENCES transcript(id),
              start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY (theme_id, transcript_id, start, end));
            CREATE TABLE code_group (
              id TEXT PRIMARY KEY, working_name TEXT NOT NULL, final_name TEXT, description TEXT NOT NULL DEFAULT '',
              color TEXT NOT NULL, ord INTEGER NOT NULL, analytic_intro TEXT NOT NULL DEFAULT '');
            CREATE TABLE subgroup (
              id TEXT PRIMARY KEY, code_group_id TEXT NOT NULL REFERENCES code_group(id), name TEXT NOT NULL,
              ord INTEGER NOT NULL, condensate TEXT NOT NULL DEFAULT '', analytic_text TEXT NOT NULL DEFAULT '');
            CREATE TABLE theme_link (
              theme_id TEXT NOT NULL REFERENCES theme(id),
              code_group_id TEXT REFERENCES code_group(id), subgroup_id TEXT REFERENCES subgroup(id),
              CHECK ((code_group_id IS NULL) <> (subgroup_id IS NULL)));
            CREATE UNIQUE INDEX theme_link_unique ON theme_link(theme_id, IFNULL(code_group_id, ''), IFNULL(subgroup_id, ''));
            CREATE TABLE meaning_unit (
              id TEXT PRIMARY KEY, transcript_id TEXT NOT NULL REFERENCES transcript(id),
              start INTEGER NOT NULL, end INTEGER NOT NULL, informant_id TEXT REFERENCES informant(id),
              note TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, CHECK (0 <= start AND start < end));
            CREATE TABLE membership (
              meaning_unit_id TEXT NOT NULL REFERENCES meaning_unit(id),
              code_group_id TEXT NOT NULL REFERENCES code_group(id), subgroup_id TEXT REFERENCES subgroup(id),
              PRIMARY KEY (meaning_unit_id, code_group_id));
            CREATE TABLE condensate_source (
              subgroup_id TEXT NOT NULL REFERENCES subgroup(id), meaning_unit_id TEXT NOT NULL REFERENCES meaning_unit(id),
              PRIMARY KEY (subgroup_id, meaning_unit_id));
            CREATE TABLE quote (
              id TEXT PRIMARY KEY, meaning_unit_id TEXT NOT NULL REFERENCES meaning_unit(id),
              code_group_id TEXT NOT NULL REFERENCES code_group(id), subgroup_id TEXT REFERENCES subgroup(id),
              start INTEGER NOT NULL, end INTEGER NOT NULL, display_text TEXT NOT NULL, label TEXT,
              ord INTEGER NOT NULL);
            CREATE TABLE audit (
              id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);
            CREATE TABLE undo_step (
              id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL, detail TEXT NOT NULL,
              time TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE undo_change (
              seq INTEGER PRIMARY KEY AUTOINCREMENT, step INTEGER NOT NULL REFERENCES undo_step(id),
              undo_sql TEXT NOT NULL, redo_sql TEXT NOT NULL);
            CREATE TABLE undo_state (recording INTEGER NOT NULL, step INTEGER);
            INSERT INTO undo_state VALUES (0, NULL);
            """,
            // Version 2: indexes for large projects; per-project names for the two analysis levels
            // ("Kodegruppe/Subgruppe", "Tema/Subtema" ...), used by exports.
            """
            CREATE INDEX meaning_unit_transcript ON meaning_unit(transcript_id, start);
            CREATE INDEX membership_group ON membership(code_group_id, subgroup_id);
            CREATE INDEX quote_unit ON quote(meaning_unit_id);
            CREATE INDEX undo_change_step ON undo_change(step);
            ALTER TABLE project ADD COLUMN group_level_name TEXT;
            ALTER TABLE project ADD COLUMN subgroup_level_name TEXT;
            """,
            // Version 3: supervision. Comments (a reply names its thread's first comment) on any
            // element of the analysis, kept by id when the element is renamed or moved and kept with
            // what they were about when it is deleted; suggested edits from tracked changes; review
            // rounds with the audit position when the analysis was sent. "source" makes a second
            // import of the same review document or reviewer's copy add nothing.
            """
            CREATE TABLE comment (
              id TEXT PRIMARY KEY, parent_id TEXT REFERENCES comment(id), target_kind TEXT NOT NULL, target_id TEXT,
              transcript_id TEXT, start INTEGER, end INTEGER, quoted TEXT NOT NULL DEFAULT '', about TEXT NOT NULL DEFAULT '',
              author TEXT NOT NULL, time TEXT NOT NULL, text TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0, source TEXT);
            CREATE INDEX comment_target ON comment(target_kind, target_id);
            CREATE UNIQUE INDEX comment_source ON comment(source) WHERE source IS NOT NULL;
            CREATE TABLE suggestion (
              id TEXT PRIMARY KEY, target_kind TEXT NOT NULL, target_id TEXT NOT NULL, about TEXT NOT NULL DEFAULT '',
              author TEXT NOT NULL, time TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL,
              status TEXT NOT NULL DEFAULT 'OPEN', source TEXT);
            CREATE UNIQUE INDEX suggestion_source ON suggestion(source) WHERE source IS NOT NULL;
            CREATE TABLE review_round (
              id TEXT PRIMARY KEY, time TEXT NOT NULL, reviewers TEXT NOT NULL, audit_position INTEGER NOT NULL,
              note TEXT NOT NULL DEFAULT '');
            CREATE TABLE review_text (
              round_id TEXT NOT NULL REFERENCES review_round(id), kind TEXT NOT NULL, element_id TEXT NOT NULL,
              name TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (round_id, kind, element_id));
            """,
            // Version 4: the import log. What an import from another tool (.qdpx, .qdc) brought and
            // could not carry, kept with the project instead of only printed once.
            """
            CREATE TABLE import_log (
              id TEXT PRIMARY KEY, time TEXT NOT NULL, file TEXT NOT NULL, kind TEXT NOT NULL, lines TEXT NOT NULL);
            """,
            // Version 5: each meaning unit's words and the line it starts on, kept with the unit, so
            // that steps 2-4 list a fully coded corpus without reading its texts. Derived from
            // transcript.text, which never changes; filled for older files by FileFormat. The list
            // of transcripts read from an index: in the table, the columns after the text can only
            // be read by reading the whole text.
            """
            ALTER TABLE meaning_unit ADD COLUMN passage TEXT;
            ALTER TABLE meaning_unit ADD COLUMN line INTEGER;
            CREATE INDEX transcript_order ON transcript(ord, id, session_id, title, source_file, hash, imported);
            """);

    /**
     * The tables whose changes are recorded for undo: everything the analysis edits. Transcripts
     * are here so that importing and deleting one are undo steps like any other.
     */
    static final List<String> UNDOABLE_TABLES = List.of(
            "project", "question_history", "informant", "informant_attribute", "session", "session_participant",
            "transcript", "speaker_turn", "transcript_note", "theme", "theme_anchor", "code_group", "subgroup", "theme_link",
            "meaning_unit", "membership", "condensate_source", "quote", "comment", "suggestion", "review_round", "review_text", "import_log");

    public static int currentVersion() {
        return MIGRATIONS.size();
    }

    private Schema() {
    }
}
