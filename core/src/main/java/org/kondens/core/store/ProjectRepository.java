package org.kondens.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kondens.core.model.AuditEntry;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Project;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.QuestionWording;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.Span;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;

/**
 * Every row the project file holds, read and written as model records. Used inside a
 * {@link ProjectDatabase} transaction; it knows SQL, not the method's rules (that is the STC
 * service's job).
 */
public final class ProjectRepository {

    private final Sql sql;

    public ProjectRepository(Sql sql) {
        this.sql = sql;
    }

    public Sql sql() {
        return sql;
    }

    // --- project ---------------------------------------------------------------------------

    public void insertProject(Project p) {
        sql.update("INSERT INTO project(id, title, language, research_question, sub_questions, interview_guide, notes, "
                        + "group_level_name, subgroup_level_name, created) VALUES (?,?,?,?,?,?,?,?,?,?)", p.id(), p.title(),
                p.language().code(), p.researchQuestion(), String.join("\n", p.subQuestions()), p.interviewGuide(), p.notes(),
                p.groupLevelName(), p.subgroupLevelName(), p.created());
    }

    public Project project() {
        String modified = sql.first("SELECT time FROM audit ORDER BY id DESC LIMIT 1", rs -> rs.getString(1)).orElse(null);
        return sql.first("SELECT * FROM project", rs -> new Project(Sql.uuid(rs, "id"), rs.getString("title"),
                        Language.fromCode(rs.getString("language")), rs.getString("research_question"),
                        lines(rs.getString("sub_questions")), rs.getString("interview_guide"), rs.getString("notes"),
                        rs.getString("group_level_name"), rs.getString("subgroup_level_name"), Sql.instant(rs, "created"),
                        modified == null ? Sql.instant(rs, "created") : java.time.Instant.parse(modified)))
                .orElseThrow(() -> new IllegalStateException("the project file has no project row"));
    }

    /** Sets one text column of the project row ({@code column} is ours, never user input). */
    public void setProjectField(String column, String value) {
        sql.update("UPDATE project SET " + column + " = ?", value);
    }

    public void addQuestionWording(QuestionWording w) {
        sql.update("INSERT INTO question_history(replaced, field, text) VALUES (?,?,?)", w.replaced(), w.field(), w.text());
    }

    public List<QuestionWording> questionHistory() {
        return sql.list("SELECT * FROM question_history ORDER BY id",
                rs -> new QuestionWording(Sql.instant(rs, "replaced"), rs.getString("field"), rs.getString("text")));
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n", -1));
    }

    // --- informants and sessions -------------------------------------------------------------

    public void insertInformant(Informant i) {
        sql.update("INSERT INTO informant(id, label, ord) VALUES (?,?,?)", i.id(), i.label(),
                sql.count("SELECT count(*) FROM informant"));
        i.attributes().forEach((k, v) -> setAttribute(i.id(), k, v));
    }

    public void setInformantLabel(UUID id, String label) {
        sql.update("UPDATE informant SET label = ? WHERE id = ?", label, id);
    }

    public void setAttribute(UUID informant, String key, String value) {
        if (value == null) {
            sql.update("DELETE FROM informant_attribute WHERE informant_id = ? AND key = ?", informant, key);
        } else {
            sql.update("INSERT INTO informant_attribute(informant_id, key, value) VALUES (?,?,?) "
                    + "ON CONFLICT(informant_id, key) DO UPDATE SET value = excluded.value", informant, key, value);
        }
    }

    public List<Informant> informants() {
        Map<UUID, Map<String, String>> attrs = new HashMap<>();
        sql.list("SELECT * FROM informant_attribute", rs -> attrs
                .computeIfAbsent(Sql.uuid(rs, "informant_id"), k -> new HashMap<>())
                .put(rs.getString("key"), rs.getString("value")));
        return sql.list("SELECT * FROM informant ORDER BY ord, label", rs -> Informant.of(Sql.uuid(rs, "id"),
                rs.getString("label"), attrs.getOrDefault(Sql.uuid(rs, "id"), Map.of())));
    }

    public Optional<Informant> informant(UUID id) {
        Map<String, String> attrs = new HashMap<>();
        sql.list("SELECT key, value FROM informant_attribute WHERE informant_id = ?", rs -> attrs.put(rs.getString(1), rs.getString(2)), id);
        return sql.first("SELECT id, label FROM informant WHERE id = ?", rs -> Informant.of(Sql.uuid(rs, "id"), rs.getString("label"), attrs), id);
    }

    public void insertSession(Session s) {
        sql.update("INSERT INTO session(id, title, kind, date, duration_minutes, moderator, pilot, notes, ord) VALUES (?,?,?,?,?,?,?,?,?)",
                s.id(), s.title(), s.kind(), s.date(), s.durationMinutes(), s.moderator(), s.pilot(), s.notes(),
                sql.count("SELECT count(*) FROM session"));
        for (int i = 0; i < s.participants().size(); i++) {
            sql.update("INSERT INTO session_participant(session_id, informant_id, ord) VALUES (?,?,?)", s.id(), s.participants().get(i), i);
        }
    }

    public void updateSession(Session s) {
        sql.update("UPDATE session SET title=?, kind=?, date=?, duration_minutes=?, moderator=?, pilot=?, notes=? WHERE id=?",
                s.title(), s.kind(), s.date(), s.durationMinutes(), s.moderator(), s.pilot(), s.notes(), s.id());
    }

    public List<Session> sessions() {
        Map<UUID, List<UUID>> participants = new HashMap<>();
        sql.list("SELECT * FROM session_participant ORDER BY ord", rs -> participants
                .computeIfAbsent(Sql.uuid(rs, "session_id"), k -> new ArrayList<>()).add(Sql.uuid(rs, "informant_id")));
        return sql.list("SELECT * FROM session ORDER BY ord", rs -> new Session(Sql.uuid(rs, "id"), rs.getString("title"),
                SessionKind.valueOf(rs.getString("kind")), Sql.date(rs, "date"), Sql.integer(rs, "duration_minutes"),
                rs.getString("moderator"), participants.getOrDefault(Sql.uuid(rs, "id"), List.of()),
                rs.getInt("pilot") == 1, rs.getString("notes")));
    }

    /** The informants taking part in one session, in their order. */
    public List<UUID> participantsOf(UUID session) {
        return sql.list("SELECT informant_id FROM session_participant WHERE session_id = ? ORDER BY ord", rs -> Sql.uuid(rs, "informant_id"), session);
    }

    // --- transcripts -------------------------------------------------------------------------

    public void insertTranscript(Transcript t, List<SpeakerTurn> turns) {
        sql.update("INSERT INTO transcript(id, session_id, title, text, source_file, hash, imported, ord) VALUES (?,?,?,?,?,?,?,?)",
                t.id(), t.sessionId(), t.title(), t.text(), t.sourceFile(), t.hash(), t.imported(),
                sql.count("SELECT count(*) FROM transcript"));
        for (SpeakerTurn turn : turns) {
            sql.update("INSERT INTO speaker_turn(transcript_id, start, end, speaker, role, informant_id) VALUES (?,?,?,?,?,?)",
                    t.id(), turn.start(), turn.end(), turn.speaker(), turn.role(), turn.informantId());
        }
    }

    private static final String TRANSCRIPT_COLUMNS = "id, session_id, title, source_file, hash, imported";

    public List<Transcript> transcripts() {
        return sql.list("SELECT " + TRANSCRIPT_COLUMNS + " FROM transcript ORDER BY ord", this::transcript);
    }

    public Optional<Transcript> transcript(UUID id) {
        return sql.first("SELECT " + TRANSCRIPT_COLUMNS + " FROM transcript WHERE id = ?", this::transcript, id);
    }

    public long unitCountOf(UUID transcript) {
        return sql.count("SELECT count(*) FROM meaning_unit WHERE transcript_id = ?", transcript);
    }

    public Optional<Transcript> transcriptByHash(String hash) {
        return sql.first("SELECT " + TRANSCRIPT_COLUMNS + " FROM transcript WHERE hash = ?", this::transcript, hash);
    }

    private Transcript transcript(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        String text = sql.transcriptTexts().computeIfAbsent(id, k ->
                sql.first("SELECT text FROM transcript WHERE id = ?", r -> r.getString(1), k).orElseThrow());
        return new Transcript(id, Sql.uuid(rs, "session_id"), rs.getString("title"), text,
                rs.getString("source_file"), rs.getString("hash"), Sql.instant(rs, "imported"));
    }

    public Map<UUID, List<SpeakerTurn>> turns() {
        Map<UUID, List<SpeakerTurn>> out = new LinkedHashMap<>();
        sql.list("SELECT * FROM speaker_turn ORDER BY transcript_id, start", rs -> out
                .computeIfAbsent(Sql.uuid(rs, "transcript_id"), k -> new ArrayList<>())
                .add(new SpeakerTurn(rs.getInt("start"), rs.getInt("end"), rs.getString("speaker"),
                        SpeakerRole.valueOf(rs.getString("role")), Sql.uuid(rs, "informant_id"))));
        return out;
    }

    /** The speaker turn at {@code offset} of one transcript (an index lookup, not a read of every turn). */
    public java.util.Optional<SpeakerTurn> turnAt(UUID transcriptId, int offset) {
        return sql.first("SELECT * FROM speaker_turn WHERE transcript_id = ? AND start <= ? AND ? < end ORDER BY start DESC LIMIT 1",
                rs -> new SpeakerTurn(rs.getInt("start"), rs.getInt("end"), rs.getString("speaker"),
                        SpeakerRole.valueOf(rs.getString("role")), Sql.uuid(rs, "informant_id")), transcriptId, offset, offset);
    }

    public void insertNote(TranscriptNote n) {
        sql.update("INSERT INTO transcript_note(id, transcript_id, anchor, text, created) VALUES (?,?,?,?,?)",
                n.id(), n.transcriptId(), n.anchor(), n.text(), n.created());
    }

    public void updateNoteText(UUID id, String text) {
        sql.update("UPDATE transcript_note SET text = ? WHERE id = ?", text, id);
    }

    public void deleteNote(UUID id) {
        sql.update("DELETE FROM transcript_note WHERE id = ?", id);
    }

    public List<TranscriptNote> notes() {
        return sql.list("SELECT * FROM transcript_note ORDER BY created, id", ProjectRepository::note);
    }

    public Optional<TranscriptNote> note(UUID id) {
        return sql.first("SELECT * FROM transcript_note WHERE id = ?", ProjectRepository::note, id);
    }

    private static TranscriptNote note(ResultSet rs) throws SQLException {
        return new TranscriptNote(Sql.uuid(rs, "id"), Sql.uuid(rs, "transcript_id"), Sql.integer(rs, "anchor"), rs.getString("text"),
                Sql.instant(rs, "created"));
    }

    // --- step 1: preliminary themes ----------------------------------------------------------

    public void insertTheme(PreliminaryTheme t) {
        sql.update("INSERT INTO theme(id, name, description, ord) VALUES (?,?,?,?)", t.id(), t.name(), t.description(), t.order());
        t.anchors().forEach(a -> addThemeAnchor(t.id(), a));
    }

    public void updateTheme(PreliminaryTheme t) {
        sql.update("UPDATE theme SET name=?, description=?, ord=? WHERE id=?", t.name(), t.description(), t.order(), t.id());
    }

    public void addThemeAnchor(UUID theme, Span a) {
        sql.update("INSERT OR IGNORE INTO theme_anchor(theme_id, transcript_id, start, end) VALUES (?,?,?,?)",
                theme, a.transcriptId(), a.start(), a.end());
    }

    public void deleteTheme(UUID id) {
        sql.update("DELETE FROM theme_anchor WHERE theme_id = ?", id);
        sql.update("DELETE FROM theme_link WHERE theme_id = ?", id);
        sql.update("DELETE FROM theme WHERE id = ?", id);
    }

    public Optional<PreliminaryTheme> theme(UUID id) {
        List<Span> anchors = sql.list("SELECT * FROM theme_anchor WHERE theme_id = ? ORDER BY transcript_id, start, end",
                rs -> new Span(Sql.uuid(rs, "transcript_id"), rs.getInt("start"), rs.getInt("end")), id);
        return sql.first("SELECT * FROM theme WHERE id = ?", rs -> new PreliminaryTheme(Sql.uuid(rs, "id"), rs.getString("name"),
                rs.getString("description"), rs.getInt("ord"), anchors), id);
    }

    public List<PreliminaryTheme> themes() {
        Map<UUID, List<Span>> anchors = new HashMap<>();
        sql.list("SELECT * FROM theme_anchor ORDER BY transcript_id, start, end", rs -> anchors
                .computeIfAbsent(Sql.uuid(rs, "theme_id"), k -> new ArrayList<>())
                .add(new Span(Sql.uuid(rs, "transcript_id"), rs.getInt("start"), rs.getInt("end"))));
        return sql.list("SELECT * FROM theme ORDER BY ord, name", rs -> new PreliminaryTheme(Sql.uuid(rs, "id"),
                rs.getString("name"), rs.getString("description"), rs.getInt("ord"),
                anchors.getOrDefault(Sql.uuid(rs, "id"), List.of())));
    }

    /** Records that a code group ({@code subgroup == false}) or a subgroup grew from a theme. */
    public void linkTheme(UUID theme, UUID target, boolean subgroup) {
        sql.update("INSERT OR IGNORE INTO theme_link(theme_id, code_group_id, subgroup_id) VALUES (?,?,?)",
                theme, subgroup ? null : target, subgroup ? target : null);
    }

    /** The code groups ({@code subgroups == false}) or subgroups that grew from a theme. */
    public List<UUID> grownFrom(UUID theme, boolean subgroups) {
        return sql.list(subgroups
                ? "SELECT s.id FROM theme_link l JOIN subgroup s ON s.id = l.subgroup_id JOIN code_group g ON g.id = s.code_group_id "
                        + "WHERE l.theme_id = ? ORDER BY g.ord, s.ord, s.name"
                : "SELECT g.id FROM theme_link l JOIN code_group g ON g.id = l.code_group_id WHERE l.theme_id = ? ORDER BY g.ord, g.working_name",
                rs -> Sql.uuid(rs, "id"), theme);
    }

    /** The themes one code group or subgroup grew from, in theme order. */
    private List<UUID> themeLinksOf(String column, UUID target) {
        return sql.list("SELECT l.theme_id FROM theme_link l JOIN theme t ON t.id = l.theme_id WHERE l." + column
                + " = ? ORDER BY t.ord, t.name", rs -> Sql.uuid(rs, "theme_id"), target);
    }

    private Map<UUID, List<UUID>> themeLinks(String column) {
        Map<UUID, List<UUID>> out = new HashMap<>();
        sql.list("SELECT l.theme_id, l." + column + " FROM theme_link l JOIN theme t ON t.id = l.theme_id WHERE l." + column
                + " IS NOT NULL ORDER BY t.ord, t.name", rs -> out
                .computeIfAbsent(Sql.uuid(rs, column), k -> new ArrayList<>()).add(Sql.uuid(rs, "theme_id")));
        return out;
    }

    // --- step 2 and 3: code groups and subgroups --------------------------------------------

    public void insertCodeGroup(CodeGroup g) {
        sql.update("INSERT INTO code_group(id, working_name, final_name, description, color, ord, analytic_intro) VALUES (?,?,?,?,?,?,?)",
                g.id(), g.workingName(), g.finalName(), g.description(), g.color(), g.order(), g.analyticIntro());
        g.grewFrom().forEach(t -> linkTheme(t, g.id(), false));
    }

    public void updateCodeGroup(CodeGroup g) {
        sql.update("UPDATE code_group SET working_name=?, final_name=?, description=?, color=?, ord=?, analytic_intro=? WHERE id=?",
                g.workingName(), g.finalName(), g.description(), g.color(), g.order(), g.analyticIntro(), g.id());
    }

    public void deleteCodeGroup(UUID id) {
        sql.update("DELETE FROM theme_link WHERE code_group_id = ?", id);
        sql.update("DELETE FROM code_group WHERE id = ?", id);
    }

    public List<CodeGroup> codeGroups() {
        Map<UUID, List<UUID>> links = themeLinks("code_group_id");
        return sql.list("SELECT * FROM code_group ORDER BY ord, working_name",
                rs -> codeGroup(rs, links.getOrDefault(Sql.uuid(rs, "id"), List.of())));
    }

    public Optional<CodeGroup> codeGroup(UUID id) {
        List<UUID> links = themeLinksOf("code_group_id", id);
        return sql.first("SELECT * FROM code_group WHERE id = ?", rs -> codeGroup(rs, links), id);
    }

    /** The working names of all code groups but {@code except} (may be null): the names a new name must not repeat. */
    public List<String> codeGroupNames(UUID except) {
        return sql.list("SELECT working_name FROM code_group WHERE id IS NOT ?", rs -> rs.getString(1), except);
    }

    private static CodeGroup codeGroup(ResultSet rs, List<UUID> links) throws SQLException {
        return new CodeGroup(Sql.uuid(rs, "id"), rs.getString("working_name"), rs.getString("final_name"), rs.getString("description"),
                rs.getString("color"), rs.getInt("ord"), rs.getString("analytic_intro"), links);
    }

    public void insertSubgroup(Subgroup s) {
        sql.update("INSERT INTO subgroup(id, code_group_id, name, ord, condensate, analytic_text) VALUES (?,?,?,?,?,?)",
                s.id(), s.codeGroupId(), s.name(), s.order(), s.condensate(), s.analyticText());
        setCondensateSources(s.id(), s.condensateSources());
        s.grewFrom().forEach(t -> linkTheme(t, s.id(), true));
    }

    public void updateSubgroup(Subgroup s) {
        sql.update("UPDATE subgroup SET code_group_id=?, name=?, ord=?, condensate=?, analytic_text=? WHERE id=?",
                s.codeGroupId(), s.name(), s.order(), s.condensate(), s.analyticText(), s.id());
    }

    /** Makes {@code units} the subgroup's condensate sources, writing only what differs (same sources again: no change). */
    public void setCondensateSources(UUID subgroup, List<UUID> units) {
        List<String> wanted = units.stream().map(UUID::toString).toList();
        List<String> current = sql.list("SELECT meaning_unit_id FROM condensate_source WHERE subgroup_id = ?", rs -> rs.getString(1), subgroup);
        current.stream().filter(u -> !wanted.contains(u)).forEach(u ->
                sql.update("DELETE FROM condensate_source WHERE subgroup_id = ? AND meaning_unit_id = ?", subgroup, u));
        wanted.stream().filter(u -> !current.contains(u)).forEach(u ->
                sql.update("INSERT OR IGNORE INTO condensate_source(subgroup_id, meaning_unit_id) VALUES (?,?)", subgroup, u));
    }

    public void deleteSubgroup(UUID id) {
        sql.update("DELETE FROM condensate_source WHERE subgroup_id = ?", id);
        sql.update("DELETE FROM theme_link WHERE subgroup_id = ?", id);
        sql.update("DELETE FROM subgroup WHERE id = ?", id);
    }

    public Optional<Subgroup> subgroup(UUID id) {
        return sql.first("SELECT * FROM subgroup WHERE id = ?", this::subgroup, id);
    }

    /** The subgroups of one code group, in their order. */
    public List<Subgroup> subgroupsOf(UUID codeGroup) {
        return sql.list("SELECT * FROM subgroup WHERE code_group_id = ? ORDER BY ord, name", this::subgroup, codeGroup);
    }

    private Subgroup subgroup(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        List<UUID> sources = sql.list("SELECT c.meaning_unit_id FROM condensate_source c JOIN meaning_unit m ON m.id = c.meaning_unit_id "
                + "JOIN transcript t ON t.id = m.transcript_id WHERE c.subgroup_id = ? ORDER BY t.ord, m.start, m.end, m.id",
                r -> Sql.uuid(r, "meaning_unit_id"), id);
        return new Subgroup(id, Sql.uuid(rs, "code_group_id"), rs.getString("name"), rs.getInt("ord"), rs.getString("condensate"),
                sources, rs.getString("analytic_text"), themeLinksOf("subgroup_id", id));
    }

    /** The ids of all subgroups in the order {@link #subgroups()} gives them, without reading their sources. */
    public List<UUID> subgroupOrder() {
        return sql.list("SELECT s.id FROM subgroup s JOIN code_group g ON g.id = s.code_group_id ORDER BY g.ord, s.ord, s.name",
                rs -> Sql.uuid(rs, "id"));
    }

    public List<Subgroup> subgroups() {
        Map<UUID, List<UUID>> links = themeLinks("subgroup_id");
        Map<UUID, List<UUID>> sources = new HashMap<>();
        sql.list("SELECT c.subgroup_id, c.meaning_unit_id FROM condensate_source c JOIN meaning_unit m ON m.id = c.meaning_unit_id "
                + "JOIN transcript t ON t.id = m.transcript_id ORDER BY t.ord, m.start, m.end, m.id", rs -> sources
                .computeIfAbsent(Sql.uuid(rs, "subgroup_id"), k -> new ArrayList<>()).add(Sql.uuid(rs, "meaning_unit_id")));
        return sql.list("SELECT s.* FROM subgroup s JOIN code_group g ON g.id = s.code_group_id ORDER BY g.ord, s.ord, s.name",
                rs -> new Subgroup(Sql.uuid(rs, "id"), Sql.uuid(rs, "code_group_id"), rs.getString("name"), rs.getInt("ord"),
                        rs.getString("condensate"), sources.getOrDefault(Sql.uuid(rs, "id"), List.of()),
                        rs.getString("analytic_text"), links.getOrDefault(Sql.uuid(rs, "id"), List.of())));
    }

    // --- meaning units and quotes -------------------------------------------------------------

    public void insertMeaningUnit(MeaningUnit u) {
        sql.update("INSERT INTO meaning_unit(id, transcript_id, start, end, informant_id, note, created) VALUES (?,?,?,?,?,?,?)",
                u.id(), u.transcriptId(), u.start(), u.end(), u.informantId(), u.note(), u.created());
        u.memberships().forEach(m -> setMembership(u.id(), m));
    }

    public void updateMeaningUnit(MeaningUnit u) {
        sql.update("UPDATE meaning_unit SET start=?, end=?, informant_id=?, note=? WHERE id=?",
                u.start(), u.end(), u.informantId(), u.note(), u.id());
    }

    public void setMembership(UUID unit, Membership m) {
        sql.update("INSERT INTO membership(meaning_unit_id, code_group_id, subgroup_id) VALUES (?,?,?) "
                + "ON CONFLICT(meaning_unit_id, code_group_id) DO UPDATE SET subgroup_id = excluded.subgroup_id",
                unit, m.codeGroupId(), m.subgroupId());
    }

    public void removeMembership(UUID unit, UUID codeGroup) {
        sql.update("DELETE FROM membership WHERE meaning_unit_id = ? AND code_group_id = ?", unit, codeGroup);
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

    public void deleteMeaningUnit(UUID id) {
        sql.update("DELETE FROM quote WHERE meaning_unit_id = ?", id);
        sql.update("DELETE FROM condensate_source WHERE meaning_unit_id = ?", id);
        sql.update("DELETE FROM membership WHERE meaning_unit_id = ?", id);
        sql.update("DELETE FROM meaning_unit WHERE id = ?", id);
    }

    public List<MeaningUnit> meaningUnits() {
        Map<UUID, List<Membership>> memberships = new HashMap<>();
        sql.list("SELECT m.* FROM membership m JOIN code_group g ON g.id = m.code_group_id ORDER BY g.ord, g.working_name", rs -> memberships
                .computeIfAbsent(Sql.uuid(rs, "meaning_unit_id"), k -> new ArrayList<>())
                .add(new Membership(Sql.uuid(rs, "code_group_id"), Sql.uuid(rs, "subgroup_id"))));
        // Reading order: transcript by transcript, then by position.
        return sql.list("SELECT m.* FROM meaning_unit m JOIN transcript t ON t.id = m.transcript_id ORDER BY t.ord, m.start, m.end, m.id",
                rs -> new MeaningUnit(Sql.uuid(rs, "id"), Sql.uuid(rs, "transcript_id"), rs.getInt("start"), rs.getInt("end"),
                Sql.uuid(rs, "informant_id"), rs.getString("note"), Sql.instant(rs, "created"), memberships.getOrDefault(Sql.uuid(rs, "id"), List.of())));
    }

    public Optional<MeaningUnit> meaningUnit(UUID id) {
        return sql.first("SELECT * FROM meaning_unit WHERE id = ?", this::meaningUnit, id);
    }

    /** The units among {@code ids} (ids of other rows are passed over), each with its memberships. */
    public List<MeaningUnit> meaningUnits(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return sql.list("SELECT * FROM meaning_unit WHERE id IN (" + marks + ")", this::meaningUnit, ids.toArray());
    }

    /**
     * The units whose id is {@code query}, or starts with it when it has 4 characters or more
     * (the CLI prints ids shortened). A range on the id index, not a scan of every unit.
     */
    public List<MeaningUnit> meaningUnitsById(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.length() < 4) {
            return sql.list("SELECT * FROM meaning_unit WHERE id = ?", this::meaningUnit, q);
        }
        // Ids are lower-case ASCII, so every id starting with q sorts from q up to q followed by U+FFFF.
        return sql.list("SELECT * FROM meaning_unit WHERE id >= ? AND id < ? ORDER BY id", this::meaningUnit, q, q + "\uffff");
    }

    /** The units that cover exactly {@code start}–{@code end} of a transcript (on the transcript index). */
    public List<MeaningUnit> unitsAt(UUID transcript, int start, int end) {
        return sql.list("SELECT * FROM meaning_unit WHERE transcript_id = ? AND start = ? AND end = ?", this::meaningUnit,
                transcript, start, end);
    }

    /** The units in one code group, in reading order (transcript by transcript, then by position). */
    public List<MeaningUnit> unitsOf(UUID codeGroup) {
        return sql.list("SELECT m.* FROM membership s JOIN meaning_unit m ON m.id = s.meaning_unit_id JOIN transcript t ON t.id = m.transcript_id "
                + "WHERE s.code_group_id = ? ORDER BY t.ord, m.start, m.end, m.id", this::meaningUnit, codeGroup);
    }

    /** The ids of the units in one subgroup, in reading order. */
    public List<UUID> unitIdsOf(UUID codeGroup, UUID subgroup) {
        return sql.list("SELECT m.id FROM membership s JOIN meaning_unit m ON m.id = s.meaning_unit_id JOIN transcript t ON t.id = m.transcript_id "
                + "WHERE s.code_group_id = ? AND s.subgroup_id = ? ORDER BY t.ord, m.start, m.end, m.id", rs -> Sql.uuid(rs, "id"),
                codeGroup, subgroup);
    }

    /** A unit's code groups, in code group order. */
    public List<Membership> membershipsOf(UUID unit) {
        return sql.list("SELECT m.code_group_id, m.subgroup_id FROM membership m JOIN code_group g ON g.id = m.code_group_id "
                + "WHERE m.meaning_unit_id = ? ORDER BY g.ord, g.working_name",
                rs -> new Membership(Sql.uuid(rs, "code_group_id"), Sql.uuid(rs, "subgroup_id")), unit);
    }

    private MeaningUnit meaningUnit(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        return new MeaningUnit(id, Sql.uuid(rs, "transcript_id"), rs.getInt("start"), rs.getInt("end"), Sql.uuid(rs, "informant_id"),
                rs.getString("note"), Sql.instant(rs, "created"), membershipsOf(id));
    }

    public void insertQuote(Quote q) {
        sql.update("INSERT INTO quote(id, meaning_unit_id, code_group_id, subgroup_id, start, end, display_text, label, ord) "
                        + "VALUES (?,?,?,?,?,?,?,?,?)", q.id(), q.meaningUnitId(), q.codeGroupId(), q.subgroupId(),
                q.start(), q.end(), q.displayText(), q.label(), q.order());
    }

    public void updateQuote(Quote q) {
        sql.update("UPDATE quote SET code_group_id=?, subgroup_id=?, start=?, end=?, display_text=?, label=?, ord=? WHERE id=?",
                q.codeGroupId(), q.subgroupId(), q.start(), q.end(), q.displayText(), q.label(), q.order(), q.id());
    }

    public void deleteQuote(UUID id) {
        sql.update("DELETE FROM quote WHERE id = ?", id);
    }

    public List<Quote> quotes() {
        return sql.list("SELECT * FROM quote ORDER BY " + QUOTE_ORDER, ProjectRepository::quote);
    }

    private static final String QUOTE_ORDER = "code_group_id, subgroup_id, ord, id";

    public Optional<Quote> quote(UUID id) {
        return sql.first("SELECT * FROM quote WHERE id = ?", ProjectRepository::quote, id);
    }

    /** The quotes taken from one meaning unit. */
    public List<Quote> quotesFrom(UUID unit) {
        return sql.list("SELECT * FROM quote WHERE meaning_unit_id = ? ORDER BY " + QUOTE_ORDER, ProjectRepository::quote, unit);
    }

    /** The quotes chosen for a code group, whatever their subgroup. */
    public List<Quote> quotesInGroup(UUID codeGroup) {
        return sql.list("SELECT * FROM quote WHERE code_group_id = ? ORDER BY " + QUOTE_ORDER, ProjectRepository::quote, codeGroup);
    }

    /** The quotes chosen for a subgroup. */
    public List<Quote> quotesInSubgroup(UUID subgroup) {
        return sql.list("SELECT * FROM quote WHERE subgroup_id = ? ORDER BY " + QUOTE_ORDER, ProjectRepository::quote, subgroup);
    }

    /** How many quotes a code group has at one level: its subgroup's, or (subgroup null) the group's own. */
    public long quoteCount(UUID codeGroup, UUID subgroup) {
        return sql.count("SELECT count(*) FROM quote WHERE code_group_id = ? AND subgroup_id IS ?", codeGroup, subgroup);
    }

    private static Quote quote(ResultSet rs) throws SQLException {
        return new Quote(Sql.uuid(rs, "id"), Sql.uuid(rs, "meaning_unit_id"), Sql.uuid(rs, "code_group_id"), Sql.uuid(rs, "subgroup_id"),
                rs.getInt("start"), rs.getInt("end"), rs.getString("display_text"), rs.getString("label"), rs.getInt("ord"));
    }

    // --- audit and snapshot -----------------------------------------------------------------

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
                themes(), codeGroups(), subgroups(), meaningUnits(), quotes(), audit());
    }

    /**
     * Writes a whole project into an empty file, keeping every id (JSON and REFI-QDA restore).
     * Subgroups refer to units (condensate sources) and units to subgroups (membership): groups
     * and subgroups go in bare, then units, then the links between them.
     */
    public void insertAll(ProjectSnapshot s) {
        insertProject(s.project());
        s.questionHistory().forEach(this::addQuestionWording);
        s.informants().forEach(this::insertInformant);
        s.sessions().forEach(this::insertSession);
        for (Transcript t : s.transcripts()) {
            insertTranscript(t, s.turns().getOrDefault(t.id(), List.of()));
        }
        s.notes().forEach(this::insertNote);
        s.themes().forEach(this::insertTheme);
        s.codeGroups().forEach(this::insertCodeGroup);
        for (Subgroup sub : s.subgroups()) {
            insertSubgroup(new Subgroup(sub.id(), sub.codeGroupId(), sub.name(), sub.order(), sub.condensate(), List.of(),
                    sub.analyticText(), sub.grewFrom()));
        }
        s.meaningUnits().forEach(this::insertMeaningUnit);
        s.subgroups().forEach(sub -> setCondensateSources(sub.id(), sub.condensateSources()));
        s.quotes().forEach(this::insertQuote);
        s.audit().forEach(this::insertAudit);
    }
}
