package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.requireName;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.InformantRow;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Project;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;
import org.kondens.core.store.SnapshotRefresh;
import org.kondens.core.store.WriteTargets;

/**
 * An open STC project: every operation of the four steps, as the GUI, the CLI and the tests
 * call it. Each operation checks its input, runs as one transaction that also writes its audit
 * line and undo step, and is on disk when the method returns. Problems the user can fix are
 * thrown as {@link KondensException} with a message naming the problem. Each step's operations
 * live in a service of their own ({@link ThemesAndNotes}, {@link MeaningUnits}, {@link Condensation},
 * {@link Synthesis} …); this class is the one door to them.
 */
public final class StcProject implements AutoCloseable {

    private final ProjectDatabase db;
    private final UndoHistory history;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ProjectSettings projectSettings;
    private final Informants informants;
    private final Transcripts transcripts;
    private final ThemesAndNotes themesAndNotes;
    private final CodeGroups codeGroups;
    private final MeaningUnits meaningUnits;
    private final Condensation condensation;
    private final Synthesis synthesis;
    private final Lookups lookups;
    private final Reviews reviews;

    private StcProject(ProjectDatabase db) {
        this.db = db;
        this.history = new UndoHistory(db);
        Runnable changed = () -> listeners.forEach(Runnable::run);
        this.projectSettings = new ProjectSettings(db, changed);
        this.informants = new Informants(db, changed);
        this.transcripts = new Transcripts(db, changed);
        this.themesAndNotes = new ThemesAndNotes(db, changed);
        this.codeGroups = new CodeGroups(db, changed);
        this.meaningUnits = new MeaningUnits(db, changed);
        this.condensation = new Condensation(db, changed);
        this.synthesis = new Synthesis(db, changed);
        this.lookups = new Lookups(db, changed);
        this.reviews = new Reviews(db, changed);
    }

    public static StcProject create(Path file, String title, Language language) {
        requireName(title, Problem.PROJECT_TITLE_MISSING, Term.PROJECT_TITLE);
        ProjectDatabase db = ProjectDatabase.create(file);
        StcProject p = new StcProject(db);
        db.write("Create project", title, false, s -> {
            new ProjectRepository(s).insertProject(new Project(UUID.randomUUID(), title.strip(), language, "", List.of(),
                    "", "", null, null, db.clock().instant(), null));
            return null;
        });
        return p;
    }

    public static StcProject open(Path file) {
        return new StcProject(ProjectDatabase.open(file));
    }

    public static StcProject open(Path file, ProjectDatabase.OpenOptions options) {
        return new StcProject(ProjectDatabase.open(file, options));
    }

    /**
     * Opens {@code file} for the window: its check and backup wait for {@link #backUpIfPending}
     * (the app runs it once the project is on screen) or for the first change, whichever comes first.
     */
    public static StcProject openBackingUpLater(Path file) {
        return open(file, ProjectDatabase.OpenOptions.defaults().withBackupLater());
    }

    /** Runs the check and backup an open left for later; a damaged file turns read-only (see {@link #warnings}). */
    public void backUpIfPending() {
        db.backUpIfPending();
    }

    /** Opens {@code file} only to read it: no lock, no backup, not a byte of the file changed. */
    public static StcProject openReadOnly(Path file) {
        return new StcProject(ProjectDatabase.open(file, ProjectDatabase.OpenOptions.readOnly()));
    }

    /** Sentences the user should see once after opening (read-only, no backup made, damaged). */
    public List<String> warnings() {
        return db.warnings();
    }

    /** The same warnings, each to be told in its reader's language. */
    public List<org.kondens.core.Message> warningMessages() {
        return db.warningMessages();
    }

    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    /** Wraps an already open database (JSON import builds one row by row first). */
    public static StcProject of(ProjectDatabase db) {
        return new StcProject(db);
    }

    /** "Save a copy as…": a consistent copy of the open project (SQLite's backup API), always a new file. */
    public void saveCopy(java.nio.file.Path target) {
        WriteTargets.checkNewCopy(target);
        db.copyTo(target);
    }

    public ProjectDatabase database() {
        return db;
    }

    /** What imports from other tools (.qdpx, .qdc) brought and could not carry, oldest first. */
    public List<org.kondens.core.model.ImportRecord> importLog() {
        return db.read(s -> new ProjectRepository(s).importLog());
    }

    /** Supervision: comments, replies, suggested edits and review rounds. */
    public Reviews reviews() {
        return reviews;
    }

    /** Called after every change (on the caller's thread); the GUI refreshes its view models. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public ProjectSnapshot snapshot() {
        return db.read(s -> new ProjectRepository(s).snapshot());
    }

    /**
     * What the edits, undos and redos since the last call changed, and starts collecting afresh;
     * right after opening, everything. The GUI takes it once per edit it publishes.
     */
    public ProjectChange takeChange() {
        return db.takeChange();
    }

    /**
     * {@code old} brought up to date for {@code change}, reading only the parts it touched and
     * the new audit lines (a null {@code old} reads everything): equal to a fresh {@link #snapshot()}.
     */
    public ProjectSnapshot refreshed(ProjectSnapshot old, ProjectChange change) {
        return db.read(s -> SnapshotRefresh.refreshed(new ProjectRepository(s), old, change));
    }

    /**
     * Keeps in memory what a screen of {@code s} shows: the text and speaker turns of {@code shown}
     * (the reader's, may be null) and the passage of every meaning unit (steps 2 to 4 list them),
     * never the whole texts of the coded transcripts. A snapshot carries none of it; anything else
     * is read when asked for.
     */
    public void keepTextsShown(ProjectSnapshot s, java.util.UUID shown) {
        keepTextShown(s, shown);
        db.keepPassages(s.meaningUnits());
    }

    /** Keeps only the text and turns of {@code shown} (the reader's) in memory; the passages kept stay as they are. */
    public void keepTextShown(ProjectSnapshot s, java.util.UUID shown) {
        db.keepTexts(shown != null && s.transcript(shown).isPresent() ? java.util.Set.of(shown) : java.util.Set.of());
    }

    /**
     * Step 4: each of {@code units} in its surrounding turns, read from {@code s} (the whole texts
     * and turns, from the file). A unit whose transcript is gone since {@code s} was read (an undo
     * queued before) is left out; any other failure is one.
     */
    public java.util.Map<org.kondens.core.model.Span, UnitInContext> inContext(ProjectSnapshot s, List<MeaningUnit> units) {
        return synthesis.inContext(s, units);
    }

    /** Characters of transcript text in memory now (the bench reports it; a snapshot holds none). */
    public long textCharsInMemory() {
        return db.textCharsInMemory();
    }

    /** Characters of meaning units' passages in memory now (steps 2-4 list them all). */
    public long passageCharsInMemory() {
        return db.passageCharsInMemory();
    }

    public Project project() {
        return db.read(s -> new ProjectRepository(s).project());
    }

    @Override
    public void close() {
        db.close();
    }

    // --- undo ------------------------------------------------------------------------------------

    /**
     * Undoes the newest step; returns its name, or empty when there is nothing to undo. A step
     * that cannot apply is refused with a {@link KondensException} and never blocks older steps.
     */
    public Optional<String> undo() {
        try {
            return history.undo().map(UndoHistory::describe);
        } finally {
            listeners.forEach(Runnable::run);
        }
    }

    /** Redoes the oldest undone step; refused like {@link #undo()} when it cannot apply. */
    public Optional<String> redo() {
        try {
            return history.redo().map(UndoHistory::describe);
        } finally {
            listeners.forEach(Runnable::run);
        }
    }

    /** What Undo would do now ("Rename code group: Trygghet → Trygg bolig"), for the Edit menu. */
    public Optional<String> undoName() {
        return db.peekUndo().map(UndoHistory::describe);
    }

    public Optional<String> redoName() {
        return db.peekRedo().map(UndoHistory::describe);
    }

    /** What Undo would do now, in {@code locale}'s language ("Gi kodegruppe nytt navn: Trygghet → Trygg bolig"). */
    public Optional<String> undoName(java.util.Locale locale) {
        return db.peekUndo().map(step -> UndoHistory.describe(step, locale));
    }

    public Optional<String> redoName(java.util.Locale locale) {
        return db.peekRedo().map(step -> UndoHistory.describe(step, locale));
    }

    // --- project ---------------------------------------------------------------------------------

    public void setTitle(String title) {
        projectSettings.setTitle(title);
    }

    public void setLanguage(Language language) {
        projectSettings.setLanguage(language);
    }

    /** Rewords the research question; the earlier wording is kept in the question history. */
    public void setResearchQuestion(String question) {
        projectSettings.setResearchQuestion(question);
    }

    public void setSubQuestions(List<String> questions) {
        projectSettings.setSubQuestions(questions);
    }

    public void setInterviewGuide(String text) {
        projectSettings.setInterviewGuide(text);
    }

    public void setProjectNotes(String text) {
        projectSettings.setProjectNotes(text);
    }

    /** Names for the two analysis levels ("Tema"/"Subtema"); blank restores the language default. */
    public void setLevelNames(String groupLevel, String subgroupLevel) {
        projectSettings.setLevelNames(groupLevel, subgroupLevel);
    }

    // --- informants and sessions -----------------------------------------------------------------

    public Informant addInformant(String label) {
        return informants.addInformant(label);
    }

    /** Renames an informant everywhere: reader, quotes and exports all show the new label. */
    public void renameInformant(UUID id, String label) {
        informants.renameInformant(id, label);
    }

    /** Sets an attribute (age band, profession …); a null or blank value removes it. */
    public void setInformantAttribute(UUID id, String key, String value) {
        informants.setInformantAttribute(id, key, value);
    }

    /**
     * Adds or updates informants from a table (one row per informant: label and attributes),
     * as one undo step. New labels become new informants; a blank cell leaves that attribute as
     * it was. Returns how many informants were new.
     */
    public int importInformants(List<InformantRow> rows) {
        return informants.importInformants(rows);
    }

    public void updateSession(Session session) {
        informants.updateSession(session);
    }

    // --- step 1: notes and preliminary themes ----------------------------------------------------

    public void addTranscriptNote(UUID transcriptId, Integer anchor, String text) {
        themesAndNotes.addTranscriptNote(transcriptId, anchor, text);
    }

    /** Rewrites a step-1 note (its anchor and time stay). */
    public void editTranscriptNote(UUID noteId, String text) {
        themesAndNotes.editTranscriptNote(noteId, text);
    }

    public void deleteTranscriptNote(UUID noteId) {
        themesAndNotes.deleteTranscriptNote(noteId);
    }

    // --- transcripts -----------------------------------------------------------------------------

    /**
     * Adds an imported transcript with a new session. Speakers resolve to informants: the given
     * labels first (one label takes all informant speech; several pair with the informant
     * speakers in the order they first speak), otherwise one informant per detected informant
     * speaker, created if new (an existing informant with that label is reused). Refuses a file
     * whose text is already in the project. One undo step: Undo takes the transcript out again,
     * with its session and the informants it made. (It must be a step: the undo log replays rows
     * by rowid, so a write it did not see could collide with, or depend on, rows it restores.)
     */
    public Transcript importTranscript(ImportedTranscript in, List<String> informantLabels) {
        return transcripts.importTranscript(in, informantLabels);
    }

    /** Many imports in one transaction, each its own undo step (for {@link TranscriptImport}). */
    void importBatch(java.util.function.Consumer<Transcripts.Batch> work) {
        transcripts.importBatch(work);
    }

    // --- step 1: preliminary themes --------------------------------------------------------------

    public PreliminaryTheme addTheme(String name, String description) {
        return themesAndNotes.addTheme(name, description);
    }

    public void renameTheme(UUID id, String name) {
        themesAndNotes.renameTheme(id, name);
    }

    public void describeTheme(UUID id, String description) {
        themesAndNotes.describeTheme(id, description);
    }

    public void anchorTheme(UUID id, Span span) {
        themesAndNotes.anchorTheme(id, span);
    }

    /** Moves a theme to position {@code index} (0-based) in the list. */
    public void moveTheme(UUID id, int index) {
        themesAndNotes.moveTheme(id, index);
    }

    /** Folds {@code source} into {@code target}: anchors and "grew from" links move; descriptions join. */
    public void mergeThemes(UUID target, UUID source) {
        themesAndNotes.mergeThemes(target, source);
    }

    /** Splits a theme: a new theme with the given name appears right after it. */
    public PreliminaryTheme splitTheme(UUID id, String newName) {
        return themesAndNotes.splitTheme(id, newName);
    }

    public void deleteTheme(UUID id) {
        themesAndNotes.deleteTheme(id);
    }

    // --- step 2: code groups ---------------------------------------------------------------------

    /** A new code group, optionally grown from preliminary themes; colour null picks the next one. */
    public CodeGroup addCodeGroup(String workingName, String color, List<UUID> fromThemes) {
        return codeGroups.addCodeGroup(workingName, color, fromThemes);
    }

    /** Makes one code group per theme, named after it (step 1 → step 2 in one move). */
    public List<CodeGroup> codeGroupsFromThemes(List<UUID> themes) {
        return codeGroups.codeGroupsFromThemes(themes);
    }

    public void renameCodeGroup(UUID id, String workingName) {
        codeGroups.renameCodeGroup(id, workingName);
    }

    /** Step 4: the final result-category name; blank removes it. */
    public void setFinalName(UUID id, String finalName) {
        synthesis.setFinalName(id, finalName);
    }

    public void describeCodeGroup(UUID id, String description) {
        codeGroups.describeCodeGroup(id, description);
    }

    public void recolorCodeGroup(UUID id, String color) {
        codeGroups.recolorCodeGroup(id, color);
    }

    /** Step 4: the analytic introduction of a code group. */
    public void setGroupAnalyticText(UUID id, String text) {
        synthesis.setGroupAnalyticText(id, text);
    }

    public void moveCodeGroup(UUID id, int index) {
        codeGroups.moveCodeGroup(id, index);
    }

    /** Records that a code group or subgroup grew from a theme. */
    public void linkTheme(UUID themeId, UUID codeGroupOrSubgroup) {
        codeGroups.linkTheme(themeId, codeGroupOrSubgroup);
    }

    /**
     * Merges {@code source} into {@code target}: its meaning units, subgroups, quotes and theme
     * links move over, then the source group is removed. A unit in both groups keeps its place
     * in the target.
     */
    public void mergeCodeGroups(UUID target, UUID source) {
        codeGroups.mergeCodeGroups(target, source);
    }

    /**
     * Splits a code group: a new group takes the chosen subgroups (with their units) and the
     * chosen loose units. Returns the new group.
     */
    public CodeGroup splitCodeGroup(UUID id, String newName, List<UUID> subgroups, List<UUID> units) {
        return codeGroups.splitCodeGroup(id, newName, subgroups, units);
    }

    /**
     * Deletes a code group with its subgroups and quotes. Its meaning units are kept: a unit that
     * was only in this group becomes unsorted.
     */
    public void deleteCodeGroup(UUID id) {
        codeGroups.deleteCodeGroup(id);
    }

    /**
     * Adds the code groups, subgroups, descriptions and colours of a REFI-QDA codebook (.qdc) as
     * one undo step; a group already there is merged into (see {@link CodebookImport}).
     */
    public org.kondens.core.exchange.QdcReader.Report importCodebook(Path qdc) {
        return new CodebookImport(db, () -> listeners.forEach(Runnable::run)).importCodebook(qdc);
    }

    // --- step 3: subgroups, condensates ----------------------------------------------------------

    public Subgroup addSubgroup(UUID codeGroupId, String name) {
        return condensation.addSubgroup(codeGroupId, name);
    }

    public void renameSubgroup(UUID id, String name) {
        condensation.renameSubgroup(id, name);
    }

    public void moveSubgroup(UUID id, int index) {
        condensation.moveSubgroup(id, index);
    }

    /**
     * Moves a subgroup, with its units, condensate and quotes, to another code group. A unit that
     * is already in the target group keeps its subgroup there if it has one, else joins this one.
     */
    public void moveSubgroupToGroup(UUID id, UUID targetGroup) {
        condensation.moveSubgroupToGroup(id, targetGroup);
    }

    /** Deletes a subgroup; its units stay in the code group (without subgroup), its quotes move up to the group. */
    public void deleteSubgroup(UUID id) {
        condensation.deleteSubgroup(id);
    }

    /**
     * Writes the condensate of a subgroup. {@code sources} are the meaning units it was written
     * from; null keeps the current ones, and a subgroup with none yet takes all its units.
     */
    public void setCondensate(UUID subgroupId, String text, List<UUID> sources) {
        condensation.setCondensate(subgroupId, text, sources);
    }

    /** Step 4: the analytic text (third person) of a subgroup. */
    public void setAnalyticText(UUID subgroupId, String text) {
        synthesis.setAnalyticText(subgroupId, text);
    }

    // --- step 2: meaning units -------------------------------------------------------------------

    /**
     * Marks [start, end) of a transcript as a meaning unit in the given code groups. The informant
     * comes from the speaker turn at {@code start} (or the session's only informant).
     */
    public MeaningUnit addMeaningUnit(UUID transcriptId, int start, int end, List<Membership> memberships) {
        return meaningUnits.addMeaningUnit(transcriptId, start, end, memberships);
    }

    /** Marks a passage as a meaning unit in a code group made for it: one step, one undo. */
    public MeaningUnit addMeaningUnitInNewGroup(UUID transcriptId, int start, int end, String groupName) {
        return meaningUnits.addMeaningUnitInNewGroup(transcriptId, start, end, groupName);
    }

    /** Marks a span as a meaning unit, for example the sentence around a search hit. */
    public MeaningUnit addMeaningUnit(Span span, List<Membership> memberships) {
        return meaningUnits.addMeaningUnit(span, memberships);
    }

    /** Finds {@code text} in a transcript (whitespace may differ) and marks it as a meaning unit. */
    public MeaningUnit addMeaningUnit(UUID transcriptId, String exactText, List<Membership> memberships) {
        return meaningUnits.addMeaningUnit(transcriptId, exactText, memberships);
    }

    public void resizeMeaningUnit(UUID id, int start, int end) {
        meaningUnits.resizeMeaningUnit(id, start, end);
    }

    /** Puts a unit in a code group (and subgroup, or none); if it is already there, only the subgroup changes. */
    public void assignMeaningUnit(UUID id, UUID codeGroupId, UUID subgroupId) {
        meaningUnits.assignMeaningUnit(id, codeGroupId, subgroupId);
    }

    /** Takes a unit out of one code group; a unit in no group is kept as unsorted. */
    public void removeFromCodeGroup(UUID id, UUID codeGroupId) {
        meaningUnits.removeFromCodeGroup(id, codeGroupId);
    }

    /** Moves a unit from one code group to another (drag and drop in step 2 and 3). */
    public void moveMeaningUnit(UUID id, UUID fromGroup, UUID toGroup, UUID toSubgroup) {
        meaningUnits.moveMeaningUnit(id, fromGroup, toGroup, toSubgroup);
    }

    public void setMeaningUnitNote(UUID id, String note) {
        meaningUnits.setMeaningUnitNote(id, note);
    }

    /**
     * Deletes a transcript with its meaning units, quotes, notes and theme anchors (and its
     * session, if no other transcript is in it). One undo step brings it all back.
     */
    public void deleteTranscript(UUID id) {
        transcripts.deleteTranscript(id);
    }

    /** Deletes a meaning unit (an explicit user act), with the quotes taken from it. */
    public void deleteMeaningUnit(UUID id) {
        meaningUnits.deleteMeaningUnit(id);
    }

    // --- steps 3–4: illustrative quotes ----------------------------------------------------------

    /**
     * Chooses an illustrative quote from a meaning unit, for a subgroup or (subgroup null) for the
     * code group as a whole. The span defaults to the whole unit, the display text to its words,
     * and a null label to the informant's label.
     */
    public Quote addQuote(UUID meaningUnitId, UUID codeGroupId, UUID subgroupId, Integer start, Integer end,
            String displayText, String label) {
        return synthesis.addQuote(meaningUnitId, codeGroupId, subgroupId, start, end, displayText, label);
    }

    /** Edits a quote's shown text ("(…)" omissions, "(latter)") and its label (blank = informant label). */
    public void editQuote(UUID id, String displayText, String label) {
        synthesis.editQuote(id, displayText, label);
    }

    public void deleteQuote(UUID id) {
        synthesis.deleteQuote(id);
    }

    // --- hints -----------------------------------------------------------------------------------

    public List<Hint> hints() {
        return Hints.of(snapshot());
    }

    // --- finding things by name or id (CLI and GUI arguments) ------------------------------------

    public Transcript findTranscript(String nameOrId) {
        return lookups.findTranscript(nameOrId);
    }

    public CodeGroup findCodeGroup(String nameOrId) {
        return lookups.findCodeGroup(nameOrId);
    }

    public Subgroup findSubgroup(UUID codeGroupId, String nameOrId) {
        return lookups.findSubgroup(codeGroupId, nameOrId);
    }

    public PreliminaryTheme findTheme(String nameOrId) {
        return lookups.findTheme(nameOrId);
    }

    public MeaningUnit findMeaningUnit(String id) {
        return lookups.findMeaningUnit(id);
    }

    public Informant findInformant(String labelOrId) {
        return lookups.findInformant(labelOrId);
    }
}
