package org.kondens.core.stc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.kondens.core.KondensException;
import org.kondens.core.importer.DetectedTurn;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.InformantRow;
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
import org.kondens.core.model.TextHash;
import org.kondens.core.model.Subgroup;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;
import org.kondens.core.store.WriteTargets;

/**
 * An open STC project: every operation of the four steps, as the GUI, the CLI and the tests
 * call it. Each operation checks its input, runs as one transaction that also writes its audit
 * line and undo step, and is on disk when the method returns. Problems the user can fix are
 * thrown as {@link KondensException} with a message naming the problem.
 */
public final class StcProject implements AutoCloseable {

    private static final List<String> PALETTE = List.of(
            "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#BAB0AC");

    private final ProjectDatabase db;
    private final UndoHistory history;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private StcProject(ProjectDatabase db) {
        this.db = db;
        this.history = new UndoHistory(db);
    }

    public static StcProject create(Path file, String title, Language language) {
        requireName(title, "A project needs a title.", "A project title");
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

    /** Opens {@code file} only to read it: no lock, no backup, not a byte of the file changed. */
    public static StcProject openReadOnly(Path file) {
        return new StcProject(ProjectDatabase.open(file, ProjectDatabase.OpenOptions.readOnly()));
    }

    /** Sentences the user should see once after opening (read-only, no backup made, damaged). */
    public List<String> warnings() {
        return db.warnings();
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

    /** Called after every change (on the caller's thread); the GUI refreshes its view models. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public ProjectSnapshot snapshot() {
        return db.read(s -> new ProjectRepository(s).snapshot());
    }

    public Project project() {
        return db.read(s -> new ProjectRepository(s).project());
    }

    @Override
    public void close() {
        db.close();
    }

    // --- the change machinery -------------------------------------------------------------

    private <T> T change(String action, String detail, Function<ProjectRepository, T> work) {
        T result = db.write(action, detail, true, s -> work.apply(new ProjectRepository(s)));
        listeners.forEach(Runnable::run);
        return result;
    }

    private void changeVoid(String action, String detail, java.util.function.Consumer<ProjectRepository> work) {
        change(action, detail, r -> {
            work.accept(r);
            return null;
        });
    }

    // --- undo -------------------------------------------------------------------------------

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

    // --- project -----------------------------------------------------------------------------

    public void setTitle(String title) {
        requireName(title, "A project needs a title.", "A project title");
        changeVoid("Set title", title.strip(), r -> r.setProjectField("title", title.strip()));
    }

    public void setLanguage(Language language) {
        changeVoid("Set language", language.code(), r -> r.setProjectField("language", language.code()));
    }

    /** Rewords the research question; the earlier wording is kept in the question history. */
    public void setResearchQuestion(String question) {
        Names.checkText(question, "The research question");
        String q = Objects.requireNonNullElse(question, "").strip();
        changeVoid("Set research question", q, r -> {
            String old = r.project().researchQuestion();
            if (!old.isEmpty() && !old.equals(q)) {
                r.addQuestionWording(new QuestionWording(db.clock().instant(), "research_question", old));
            }
            r.setProjectField("research_question", q);
        });
    }

    public void setSubQuestions(List<String> questions) {
        questions.forEach(q -> Names.checkText(q, "A sub-question"));
        List<String> qs = questions.stream().map(String::strip).filter(q -> !q.isEmpty()).toList();
        changeVoid("Set sub-questions", String.join(" | ", qs), r -> {
            List<String> old = r.project().subQuestions();
            if (!old.isEmpty() && !old.equals(qs)) {
                r.addQuestionWording(new QuestionWording(db.clock().instant(), "sub_questions", String.join("\n", old)));
            }
            r.setProjectField("sub_questions", String.join("\n", qs));
        });
    }

    public void setInterviewGuide(String text) {
        Names.checkText(text, "The interview guide");
        changeVoid("Edit interview guide", "", r -> r.setProjectField("interview_guide", Objects.requireNonNullElse(text, "")));
    }

    public void setProjectNotes(String text) {
        Names.checkText(text, "The project notes");
        changeVoid("Edit project notes", "", r -> r.setProjectField("notes", Objects.requireNonNullElse(text, "")));
    }

    /** Names for the two analysis levels ("Tema"/"Subtema"); blank restores the language default. */
    public void setLevelNames(String groupLevel, String subgroupLevel) {
        Names.checkName(groupLevel, "A level name");
        Names.checkName(subgroupLevel, "A level name");
        changeVoid("Set level names", groupLevel + " / " + subgroupLevel, r -> {
            r.setProjectField("group_level_name", blankToNull(groupLevel));
            r.setProjectField("subgroup_level_name", blankToNull(subgroupLevel));
        });
    }

    // --- informants and sessions ----------------------------------------------------------------

    public Informant addInformant(String label) {
        requireName(label, "An informant needs a label.", "An informant label");
        String l = label.strip();
        return change("Add informant", l, r -> {
            requireFreeLabel(r, l, null);
            Informant i = Informant.of(UUID.randomUUID(), l, Map.of());
            r.insertInformant(i);
            return i;
        });
    }

    /** Renames an informant everywhere: reader, quotes and exports all show the new label. */
    public void renameInformant(UUID id, String label) {
        requireName(label, "An informant needs a label.", "An informant label");
        Informant old = informant(id);
        changeVoid("Rename informant", old.label() + " → " + label.strip(), r -> {
            requireFreeLabel(r, label.strip(), id);
            r.setInformantLabel(id, label.strip());
        });
    }

    /** Sets an attribute (age band, profession …); a null or blank value removes it. */
    public void setInformantAttribute(UUID id, String key, String value) {
        requireName(key, "An attribute needs a name.", "An attribute name");
        Names.checkName(value, "An attribute value");
        Informant i = informant(id);
        changeVoid("Set informant attribute", i.label() + ": " + key.strip() + " = " + Objects.requireNonNullElse(value, ""),
                r -> r.setAttribute(id, key.strip(), blankToNull(value)));
    }

    /**
     * Adds or updates informants from a table (one row per informant: label and attributes),
     * as one undo step. New labels become new informants; a blank cell leaves that attribute as
     * it was. Returns how many informants were new.
     */
    public int importInformants(List<InformantRow> rows) {
        if (rows.isEmpty()) {
            throw new KondensException("The table has no informants.");
        }
        rows.forEach(row -> {
            requireName(row.label(), "Every row needs an informant label.", "An informant label");
            row.attributes().forEach((k, v) -> {
                Names.checkName(k, "An attribute name");
                Names.checkName(v, "An attribute value");
            });
        });
        return change("Import informants", rows.size() + " informants", r -> {
            int added = 0;
            for (InformantRow row : rows) {
                Optional<Informant> known = informantByLabel(r, row.label());
                UUID id = known.map(Informant::id).orElse(UUID.randomUUID());
                if (known.isEmpty()) {
                    r.insertInformant(Informant.of(id, row.label().strip(), Map.of()));
                    added++;
                }
                for (Map.Entry<String, String> a : row.attributes().entrySet()) {
                    if (!a.getValue().isBlank()) {
                        r.setAttribute(id, a.getKey().strip(), a.getValue().strip());
                    }
                }
            }
            return added;
        });
    }

    public void updateSession(Session session) {
        requireName(session.title(), "A session needs a title.", "A session title");
        changeVoid("Edit session", session.title(), r -> r.updateSession(session));
    }

    public void addTranscriptNote(UUID transcriptId, Integer anchor, String text) {
        requireText(text, "A note needs some text.");
        Names.checkText(text, "A note");
        Transcript t = transcript(transcriptId);
        if (anchor != null && (anchor < 0 || anchor > t.text().length())) {
            throw new KondensException("Position " + anchor + " is outside " + t.title() + " (0–" + t.text().length() + ").");
        }
        changeVoid("Add note", t.title(), r -> r.insertNote(new TranscriptNote(UUID.randomUUID(), transcriptId, anchor, text,
                db.clock().instant())));
    }

    /** Rewrites a step-1 note (its anchor and time stay). */
    public void editTranscriptNote(UUID noteId, String text) {
        requireText(text, "A note needs some text.");
        Names.checkText(text, "A note");
        TranscriptNote n = note(noteId);
        changeVoid("Edit note", transcript(n.transcriptId()).title(), r -> r.updateNoteText(noteId, text));
    }

    public void deleteTranscriptNote(UUID noteId) {
        TranscriptNote n = note(noteId);
        changeVoid("Delete note", transcript(n.transcriptId()).title(), r -> r.deleteNote(noteId));
    }

    private TranscriptNote note(UUID id) {
        return read(r -> r.note(id)).orElseThrow(() -> new KondensException("No such note: " + id));
    }

    // --- transcripts ---------------------------------------------------------------------------

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
        String hash = TextHash.of(in.text());
        List<String> given = givenLabels(in, informantLabels);
        return change("Import transcript", in.sourceFile(), r -> {
            r.transcriptByHash(hash).ifPresent(t -> {
                throw new KondensException(in.sourceFile() + ": this text is already in the project as '" + t.title() + "'.");
            });
            List<String> speakers = in.turns().stream().filter(t -> t.role() == SpeakerRole.INFORMANT)
                    .map(DetectedTurn::speaker).distinct().toList();
            List<String> labels = !given.isEmpty() ? given : !speakers.isEmpty() ? speakers : List.of(in.title());
            Map<String, UUID> ids = new LinkedHashMap<>();
            for (String label : labels) {
                ids.put(label, informantByLabel(r, label).orElseGet(() -> {
                    Informant i = Informant.of(UUID.randomUUID(), label.strip(), Map.of());
                    r.insertInformant(i);
                    return i;
                }).id());
            }
            // Speaker labels that differ only in case ("EK1", "ek1") are one informant, so one participant.
            List<UUID> participants = ids.values().stream().distinct().toList();
            UUID only = participants.size() == 1 ? participants.get(0) : null;
            // Several given labels pair with the informant speakers in the order they first speak.
            Map<String, UUID> bySpeaker = new LinkedHashMap<>(ids);
            if (given.size() > 1) {
                if (given.size() != speakers.size()) {
                    throw new KondensException(in.sourceFile() + ": " + given.size() + " informants given for "
                            + speakers.size() + " speakers " + speakers + ".");
                }
                for (int i = 0; i < speakers.size(); i++) {
                    bySpeaker.put(speakers.get(i), ids.get(given.get(i)));
                }
            }
            List<SpeakerTurn> turns = in.turns().stream().map(t -> new SpeakerTurn(t.start(), t.end(), t.speaker(), t.role(),
                    t.role() == SpeakerRole.INTERVIEWER ? null : bySpeaker.getOrDefault(t.speaker(), only))).toList();
            Session session = new Session(UUID.randomUUID(), in.title(), participants.size() > 1 ? SessionKind.FOCUS_GROUP
                    : SessionKind.INDIVIDUAL, null, null, null, participants, false, "");
            r.insertSession(session);
            Transcript t = new Transcript(UUID.randomUUID(), session.id(), in.title(), in.text(), in.sourceFile(), hash,
                    db.clock().instant());
            r.insertTranscript(t, turns);
            return t;
        });
    }

    /** The informant labels given for an import, stripped; none blank, none given twice. */
    private static List<String> givenLabels(ImportedTranscript in, List<String> labels) {
        List<String> given = new ArrayList<>();
        for (String label : labels) {
            requireText(label, in.sourceFile() + ": an informant label is blank.");
            if (given.stream().anyMatch(g -> g.equalsIgnoreCase(label.strip()))) {
                throw new KondensException(in.sourceFile() + ": informant '" + label.strip() + "' is given twice.");
            }
            given.add(label.strip());
        }
        return given;
    }

    // --- step 1: preliminary themes ----------------------------------------------------------------

    public PreliminaryTheme addTheme(String name, String description) {
        requireName(name, "A theme needs a name.", "A theme name");
        Names.checkText(description, "A theme description");
        return change("Add theme", name.strip(), r -> {
            requireFreeName(r.themes().stream().map(PreliminaryTheme::name).toList(), name, "a preliminary theme");
            PreliminaryTheme t = new PreliminaryTheme(UUID.randomUUID(), name.strip(), Objects.requireNonNullElse(description, ""),
                    r.themes().size(), List.of());
            r.insertTheme(t);
            return t;
        });
    }

    public void renameTheme(UUID id, String name) {
        requireName(name, "A theme needs a name.", "A theme name");
        PreliminaryTheme t = theme(id);
        changeVoid("Rename theme", t.name() + " → " + name.strip(), r -> {
            requireFreeName(r.themes().stream().filter(x -> !x.id().equals(id)).map(PreliminaryTheme::name).toList(), name,
                    "a preliminary theme");
            r.updateTheme(new PreliminaryTheme(id, name.strip(), t.description(), t.order(), t.anchors()));
        });
    }

    public void describeTheme(UUID id, String description) {
        Names.checkText(description, "A theme description");
        PreliminaryTheme t = theme(id);
        changeVoid("Describe theme", t.name(), r -> r.updateTheme(new PreliminaryTheme(id, t.name(),
                Objects.requireNonNullElse(description, ""), t.order(), t.anchors())));
    }

    public void anchorTheme(UUID id, Span span) {
        PreliminaryTheme t = theme(id);
        checkSpan(transcript(span.transcriptId()), span.start(), span.end());
        changeVoid("Anchor theme", t.name(), r -> r.addThemeAnchor(id, span));
    }

    /** Moves a theme to position {@code index} (0-based) in the list. */
    public void moveTheme(UUID id, int index) {
        PreliminaryTheme t = theme(id);
        changeVoid("Reorder themes", t.name(), r -> reorder(r.themes(), PreliminaryTheme::id, id, index,
                (x, i) -> r.updateTheme(new PreliminaryTheme(x.id(), x.name(), x.description(), i, x.anchors()))));
    }

    /** Folds {@code source} into {@code target}: anchors and "grew from" links move; descriptions join. */
    public void mergeThemes(UUID target, UUID source) {
        PreliminaryTheme t = theme(target);
        PreliminaryTheme s = theme(source);
        requireDifferent(target, source);
        changeVoid("Merge themes", s.name() + " → " + t.name(), r -> {
            s.anchors().forEach(a -> r.addThemeAnchor(target, a));
            r.grownFrom(source, false).forEach(g -> r.linkTheme(target, g, false));
            r.grownFrom(source, true).forEach(g -> r.linkTheme(target, g, true));
            r.updateTheme(new PreliminaryTheme(target, t.name(), joinText(t.description(), s.description()), t.order(), t.anchors()));
            r.deleteTheme(source);
            renumberThemes(r);
        });
    }

    /** Splits a theme: a new theme with the given name appears right after it. */
    public PreliminaryTheme splitTheme(UUID id, String newName) {
        requireName(newName, "A theme needs a name.", "A theme name");
        PreliminaryTheme t = theme(id);
        return change("Split theme", t.name() + " → " + newName.strip(), r -> {
            requireFreeName(r.themes().stream().map(PreliminaryTheme::name).toList(), newName, "a preliminary theme");
            PreliminaryTheme created = new PreliminaryTheme(UUID.randomUUID(), newName.strip(), "", r.themes().size(), List.of());
            r.insertTheme(created);
            reorder(r.themes(), PreliminaryTheme::id, created.id(), t.order() + 1,
                    (x, i) -> r.updateTheme(new PreliminaryTheme(x.id(), x.name(), x.description(), i, x.anchors())));
            return r.themes().stream().filter(x -> x.id().equals(created.id())).findFirst().orElseThrow();
        });
    }

    public void deleteTheme(UUID id) {
        PreliminaryTheme t = theme(id);
        changeVoid("Delete theme", t.name(), r -> {
            r.deleteTheme(id);
            renumberThemes(r);
        });
    }

    private void renumberThemes(ProjectRepository r) {
        List<PreliminaryTheme> themes = r.themes();
        for (int i = 0; i < themes.size(); i++) {
            PreliminaryTheme x = themes.get(i);
            if (x.order() != i) {
                r.updateTheme(new PreliminaryTheme(x.id(), x.name(), x.description(), i, x.anchors()));
            }
        }
    }

    // --- step 2: code groups ---------------------------------------------------------------------

    /** A new code group, optionally grown from preliminary themes; colour null picks the next one. */
    public CodeGroup addCodeGroup(String workingName, String color, List<UUID> fromThemes) {
        requireName(workingName, "A code group needs a name.", "A code group name");
        fromThemes.forEach(this::theme);
        return change("Add code group", workingName.strip(), r -> {
            List<String> groups = r.codeGroupNames(null);
            requireFreeName(groups, workingName, "a code group");
            CodeGroup g = new CodeGroup(UUID.randomUUID(), workingName.strip(), null, "",
                    color == null ? PALETTE.get(groups.size() % PALETTE.size()) : checkColor(color), groups.size(), "", fromThemes);
            r.insertCodeGroup(g);
            return g;
        });
    }

    /** Makes one code group per theme, named after it (step 1 → step 2 in one move). */
    public List<CodeGroup> codeGroupsFromThemes(List<UUID> themes) {
        List<PreliminaryTheme> chosen = themes.stream().map(this::theme).toList();
        return change("Code groups from themes", String.join(", ", chosen.stream().map(PreliminaryTheme::name).toList()), r -> {
            List<CodeGroup> created = new ArrayList<>();
            for (PreliminaryTheme t : chosen) {
                List<String> groups = r.codeGroupNames(null);
                requireFreeName(groups, t.name(), "a code group");
                CodeGroup g = new CodeGroup(UUID.randomUUID(), t.name(), null, t.description(),
                        PALETTE.get(groups.size() % PALETTE.size()), groups.size(), "", List.of(t.id()));
                r.insertCodeGroup(g);
                created.add(g);
            }
            return created;
        });
    }

    public void renameCodeGroup(UUID id, String workingName) {
        requireName(workingName, "A code group needs a name.", "A code group name");
        CodeGroup g = codeGroup(id);
        changeVoid("Rename code group", g.workingName() + " → " + workingName.strip(), r -> {
            requireFreeName(r.codeGroupNames(id), workingName, "a code group");
            r.updateCodeGroup(withGroup(g, workingName.strip(), g.finalName(), g.description(), g.color(), g.order(), g.analyticIntro()));
        });
    }

    /** Step 4: the final result-category name; blank removes it. */
    public void setFinalName(UUID id, String finalName) {
        Names.checkName(finalName, "A final name");
        CodeGroup g = codeGroup(id);
        changeVoid("Set final name", g.workingName() + " → " + Objects.requireNonNullElse(finalName, "").strip(),
                r -> r.updateCodeGroup(withGroup(g, g.workingName(), blankToNull(finalName), g.description(), g.color(), g.order(),
                        g.analyticIntro())));
    }

    public void describeCodeGroup(UUID id, String description) {
        Names.checkText(description, "A code group description");
        CodeGroup g = codeGroup(id);
        changeVoid("Describe code group", g.workingName(), r -> r.updateCodeGroup(withGroup(g, g.workingName(), g.finalName(),
                Objects.requireNonNullElse(description, ""), g.color(), g.order(), g.analyticIntro())));
    }

    public void recolorCodeGroup(UUID id, String color) {
        CodeGroup g = codeGroup(id);
        String c = checkColor(color);
        changeVoid("Recolour code group", g.workingName() + " " + c, r -> r.updateCodeGroup(withGroup(g, g.workingName(),
                g.finalName(), g.description(), c, g.order(), g.analyticIntro())));
    }

    /** Step 4: the analytic introduction of a code group. */
    public void setGroupAnalyticText(UUID id, String text) {
        Names.checkText(text, "An analytic text");
        CodeGroup g = codeGroup(id);
        changeVoid("Edit analytic text", g.workingName(), r -> r.updateCodeGroup(withGroup(g, g.workingName(), g.finalName(),
                g.description(), g.color(), g.order(), Objects.requireNonNullElse(text, ""))));
    }

    public void moveCodeGroup(UUID id, int index) {
        CodeGroup g = codeGroup(id);
        changeVoid("Reorder code groups", g.workingName(), r -> reorder(r.codeGroups(), CodeGroup::id, id, index,
                (x, i) -> r.updateCodeGroup(withGroup(x, x.workingName(), x.finalName(), x.description(), x.color(), i, x.analyticIntro()))));
    }

    /** Records that a code group or subgroup grew from a theme. */
    public void linkTheme(UUID themeId, UUID codeGroupOrSubgroup) {
        PreliminaryTheme t = theme(themeId);
        boolean isSubgroup = read(r -> r.subgroup(codeGroupOrSubgroup)).isPresent();
        if (!isSubgroup) {
            codeGroup(codeGroupOrSubgroup);
        }
        changeVoid("Link theme", t.name(), r -> r.linkTheme(themeId, codeGroupOrSubgroup, isSubgroup));
    }

    /**
     * Merges {@code source} into {@code target}: its meaning units, subgroups, quotes and theme
     * links move over, then the source group is removed. A unit in both groups keeps its place
     * in the target.
     */
    public void mergeCodeGroups(UUID target, UUID source) {
        CodeGroup t = codeGroup(target);
        CodeGroup s = codeGroup(source);
        requireDifferent(target, source);
        changeVoid("Merge code groups", s.workingName() + " → " + t.workingName(), r -> {
            List<Subgroup> targetSubs = r.subgroupsOf(target);
            List<Subgroup> sourceSubs = r.subgroupsOf(source);
            List<String> targetNames = targetSubs.stream().map(Subgroup::name).toList();
            for (Subgroup sub : sourceSubs) {
                requireFreeName(targetNames, sub.name(), "a subgroup in '" + t.workingName() + "'");
            }
            int next = targetSubs.size();
            for (Subgroup sub : sourceSubs) {
                r.updateSubgroup(withSubgroup(sub, target, sub.name(), next++));
            }
            moveUnits(r, source, target, null);
            for (Quote q : r.quotesInGroup(source)) {
                r.updateQuote(new Quote(q.id(), q.meaningUnitId(), target, q.subgroupId(), q.start(), q.end(), q.displayText(),
                        q.label(), q.order()));
            }
            s.grewFrom().forEach(theme -> r.linkTheme(theme, target, false));
            r.deleteCodeGroup(source);
            renumberGroups(r);
        });
    }

    /**
     * Splits a code group: a new group takes the chosen subgroups (with their units) and the
     * chosen loose units. Returns the new group.
     */
    public CodeGroup splitCodeGroup(UUID id, String newName, List<UUID> subgroups, List<UUID> units) {
        requireName(newName, "A code group needs a name.", "A code group name");
        CodeGroup g = codeGroup(id);
        List<Subgroup> before = read(r -> r.subgroupsOf(id));
        for (UUID sub : subgroups) {
            if (before.stream().noneMatch(x -> x.id().equals(sub))) {
                throw new KondensException("That subgroup is not in code group '" + g.workingName() + "'.");
            }
        }
        return change("Split code group", g.workingName() + " → " + newName.strip(), r -> {
            List<String> groups = r.codeGroupNames(null);
            requireFreeName(groups, newName, "a code group");
            CodeGroup created = new CodeGroup(UUID.randomUUID(), newName.strip(), null, "", PALETTE.get(groups.size() % PALETTE.size()),
                    groups.size(), "", g.grewFrom());
            r.insertCodeGroup(created);
            List<MeaningUnit> unitsBefore = r.unitsOf(id);
            int i = 0;
            for (UUID sub : subgroups) {
                Subgroup x = r.subgroup(sub).orElseThrow();
                r.updateSubgroup(withSubgroup(x, created.id(), x.name(), i++));
            }
            List<UUID> moved = new ArrayList<>();
            for (MeaningUnit u : unitsBefore) {
                Membership m = membershipIn(u, id);
                // null-safe: List.of(...) throws on contains(null), and loose units have no subgroup
                boolean withSubgroup = m.subgroupId() != null && subgroups.contains(m.subgroupId());
                if (withSubgroup || units.contains(u.id())) {
                    r.removeMembership(u.id(), id);
                    r.setMembership(u.id(), new Membership(created.id(), withSubgroup ? m.subgroupId() : null));
                    moved.add(u.id());
                }
            }
            // Quotes follow their unit: a quote may not stay in a group its unit has left.
            for (Quote q : r.quotesInGroup(id).stream().filter(q -> moved.contains(q.meaningUnitId())).toList()) {
                UUID sub = q.subgroupId() != null && subgroups.contains(q.subgroupId()) ? q.subgroupId() : null;
                r.updateQuote(new Quote(q.id(), q.meaningUnitId(), created.id(), sub, q.start(), q.end(), q.displayText(),
                        q.label(), q.order()));
            }
            renumberSubgroups(r, id);
            return created;
        });
    }

    /**
     * Deletes a code group with its subgroups and quotes. Its meaning units are kept: a unit that
     * was only in this group becomes unsorted.
     */
    public void deleteCodeGroup(UUID id) {
        CodeGroup g = codeGroup(id);
        changeVoid("Delete code group", g.workingName(), r -> {
            r.quotesInGroup(id).forEach(q -> r.deleteQuote(q.id()));
            r.unitsOf(id).forEach(u -> r.removeMembership(u.id(), id));
            r.subgroupsOf(id).forEach(s -> r.deleteSubgroup(s.id()));
            r.deleteCodeGroup(id);
            renumberGroups(r);
        });
    }

    private void renumberGroups(ProjectRepository r) {
        List<CodeGroup> groups = r.codeGroups();
        for (int i = 0; i < groups.size(); i++) {
            CodeGroup x = groups.get(i);
            if (x.order() != i) {
                r.updateCodeGroup(withGroup(x, x.workingName(), x.finalName(), x.description(), x.color(), i, x.analyticIntro()));
            }
        }
    }

    // --- step 3: subgroups, condensates ----------------------------------------------------------

    public Subgroup addSubgroup(UUID codeGroupId, String name) {
        requireName(name, "A subgroup needs a name.", "A subgroup name");
        CodeGroup g = codeGroup(codeGroupId);
        return change("Add subgroup", g.workingName() + " / " + name.strip(), r -> {
            List<Subgroup> siblings = r.subgroupsOf(codeGroupId);
            requireFreeName(siblings.stream().map(Subgroup::name).toList(), name, "a subgroup of '" + g.workingName() + "'");
            Subgroup s = new Subgroup(UUID.randomUUID(), codeGroupId, name.strip(), siblings.size(), "", List.of(), "", List.of());
            r.insertSubgroup(s);
            return s;
        });
    }

    public void renameSubgroup(UUID id, String name) {
        requireName(name, "A subgroup needs a name.", "A subgroup name");
        Subgroup s = subgroup(id);
        changeVoid("Rename subgroup", s.name() + " → " + name.strip(), r -> {
            requireFreeName(r.subgroupsOf(s.codeGroupId()).stream().filter(x -> !x.id().equals(id)).map(Subgroup::name).toList(),
                    name, "a subgroup in this code group");
            r.updateSubgroup(withSubgroup(s, s.codeGroupId(), name.strip(), s.order()));
        });
    }

    public void moveSubgroup(UUID id, int index) {
        Subgroup s = subgroup(id);
        changeVoid("Reorder subgroups", s.name(), r -> reorder(r.subgroupsOf(s.codeGroupId()), Subgroup::id, id, index,
                (x, i) -> r.updateSubgroup(withSubgroup(x, x.codeGroupId(), x.name(), i))));
    }

    /**
     * Moves a subgroup, with its units, condensate and quotes, to another code group. A unit that
     * is already in the target group keeps its subgroup there if it has one, else joins this one.
     */
    public void moveSubgroupToGroup(UUID id, UUID targetGroup) {
        Subgroup s = subgroup(id);
        CodeGroup target = codeGroup(targetGroup);
        if (s.codeGroupId().equals(targetGroup)) {
            return;
        }
        changeVoid("Move subgroup", s.name() + " → " + target.workingName(), r -> {
            List<Subgroup> targetSubs = r.subgroupsOf(targetGroup);
            requireFreeName(targetSubs.stream().map(Subgroup::name).toList(), s.name(),
                    "a subgroup of '" + target.workingName() + "'");
            r.updateSubgroup(withSubgroup(s, targetGroup, s.name(), targetSubs.size()));
            moveUnits(r, s.codeGroupId(), targetGroup, id);
            for (Quote q : r.quotesInSubgroup(id)) {
                r.updateQuote(new Quote(q.id(), q.meaningUnitId(), targetGroup, id, q.start(), q.end(), q.displayText(), q.label(), q.order()));
            }
            renumberSubgroups(r, s.codeGroupId());
        });
    }

    /** Deletes a subgroup; its units stay in the code group (without subgroup), its quotes move up to the group. */
    public void deleteSubgroup(UUID id) {
        Subgroup s = subgroup(id);
        changeVoid("Delete subgroup", s.name(), r -> {
            r.unitIdsOf(s.codeGroupId(), id).forEach(u -> r.setMembership(u, new Membership(s.codeGroupId(), null)));
            r.quotesInSubgroup(id).forEach(q -> r.updateQuote(new Quote(q.id(), q.meaningUnitId(),
                    q.codeGroupId(), null, q.start(), q.end(), q.displayText(), q.label(), q.order())));
            r.deleteSubgroup(id);
            renumberSubgroups(r, s.codeGroupId());
        });
    }

    /**
     * Writes the condensate of a subgroup. {@code sources} are the meaning units it was written
     * from; null keeps the current ones, and a subgroup with none yet takes all its units.
     */
    public void setCondensate(UUID subgroupId, String text, List<UUID> sources) {
        Names.checkText(text, "A condensate");
        Subgroup s = subgroup(subgroupId);
        if (sources != null) {
            List<UUID> members = read(r -> r.unitIdsOf(s.codeGroupId(), subgroupId));
            for (UUID source : sources) {
                if (!members.contains(source)) {
                    throw new KondensException("A condensate is written from its subgroup's meaning units; " + source
                            + " is not one of '" + s.name() + "'.");
                }
            }
        }
        changeVoid("Edit condensate", s.name(), r -> {
            r.updateSubgroup(new Subgroup(s.id(), s.codeGroupId(), s.name(), s.order(), Objects.requireNonNullElse(text, ""),
                    s.condensateSources(), s.analyticText(), s.grewFrom()));
            List<UUID> chosen = sources != null ? sources : !s.condensateSources().isEmpty() ? s.condensateSources()
                    : r.unitIdsOf(s.codeGroupId(), subgroupId);
            r.setCondensateSources(subgroupId, chosen);
        });
    }

    /** Step 4: the analytic text (third person) of a subgroup. */
    public void setAnalyticText(UUID subgroupId, String text) {
        Names.checkText(text, "An analytic text");
        Subgroup s = subgroup(subgroupId);
        changeVoid("Edit analytic text", s.name(), r -> r.updateSubgroup(new Subgroup(s.id(), s.codeGroupId(), s.name(), s.order(),
                s.condensate(), s.condensateSources(), Objects.requireNonNullElse(text, ""), s.grewFrom())));
    }

    private void renumberSubgroups(ProjectRepository r, UUID codeGroupId) {
        List<Subgroup> subs = r.subgroupsOf(codeGroupId);
        for (int i = 0; i < subs.size(); i++) {
            if (subs.get(i).order() != i) {
                r.updateSubgroup(withSubgroup(subs.get(i), codeGroupId, subs.get(i).name(), i));
            }
        }
    }

    // --- step 2: meaning units ---------------------------------------------------------------------

    /**
     * Marks [start, end) of a transcript as a meaning unit in the given code groups. The informant
     * comes from the speaker turn at {@code start} (or the session's only informant).
     */
    public MeaningUnit addMeaningUnit(UUID transcriptId, int start, int end, List<Membership> memberships) {
        Transcript t = transcript(transcriptId);
        checkSpan(t, start, end);
        checkMemberships(memberships);
        String passage = t.text().substring(start, end);
        return change("Add meaning unit", t.title() + " [" + start + "–" + end + "] " + shorten(passage), r -> {
            MeaningUnit u = new MeaningUnit(UUID.randomUUID(), transcriptId, start, end, informantAt(r, t, start), "",
                    db.clock().instant(), memberships);
            r.insertMeaningUnit(u);
            return u;
        });
    }

    /** Marks a passage as a meaning unit in a code group made for it: one step, one undo. */
    public MeaningUnit addMeaningUnitInNewGroup(UUID transcriptId, int start, int end, String groupName) {
        requireName(groupName, "A code group needs a name.", "A code group name");
        Transcript t = transcript(transcriptId);
        checkSpan(t, start, end);
        String passage = t.text().substring(start, end);
        return change("Add meaning unit", t.title() + " [" + start + "–" + end + "] " + shorten(passage) + " → " + groupName.strip(), r -> {
            List<String> groups = r.codeGroupNames(null);
            requireFreeName(groups, groupName, "a code group");
            CodeGroup g = new CodeGroup(UUID.randomUUID(), groupName.strip(), null, "", PALETTE.get(groups.size() % PALETTE.size()),
                    groups.size(), "", List.of());
            r.insertCodeGroup(g);
            MeaningUnit u = new MeaningUnit(UUID.randomUUID(), transcriptId, start, end, informantAt(r, t, start), "",
                    db.clock().instant(), List.of(new Membership(g.id(), null)));
            r.insertMeaningUnit(u);
            return u;
        });
    }

    /** Marks a span as a meaning unit, for example the sentence around a search hit. */
    public MeaningUnit addMeaningUnit(Span span, List<Membership> memberships) {
        return addMeaningUnit(span.transcriptId(), span.start(), span.end(), memberships);
    }

    /** Finds {@code text} in a transcript (whitespace may differ) and marks it as a meaning unit. */
    public MeaningUnit addMeaningUnit(UUID transcriptId, String exactText, List<Membership> memberships) {
        Span span = QuoteLocator.find(transcript(transcriptId), exactText);
        return addMeaningUnit(transcriptId, span.start(), span.end(), memberships);
    }

    public void resizeMeaningUnit(UUID id, int start, int end) {
        MeaningUnit u = meaningUnit(id);
        Transcript t = transcript(u.transcriptId());
        checkSpan(t, start, end);
        changeVoid("Resize meaning unit", t.title() + " [" + u.start() + "–" + u.end() + "] → [" + start + "–" + end + "]", r -> {
            r.updateMeaningUnit(new MeaningUnit(id, u.transcriptId(), start, end, informantAt(r, t, start), u.note(), u.created(),
                    u.memberships()));
            // Quotes are parts of their unit: clip them to its new bounds, drop those left empty.
            for (Quote q : r.quotesFrom(id)) {
                int qs = Math.max(q.start(), start);
                int qe = Math.min(q.end(), end);
                if (qs >= qe) {
                    r.deleteQuote(q.id());
                } else if (qs != q.start() || qe != q.end()) {
                    r.updateQuote(new Quote(q.id(), id, q.codeGroupId(), q.subgroupId(), qs, qe,
                            q.displayText(), q.label(), q.order()));
                }
            }
        });
    }

    /** Puts a unit in a code group (and subgroup, or none); if it is already there, only the subgroup changes. */
    public void assignMeaningUnit(UUID id, UUID codeGroupId, UUID subgroupId) {
        MeaningUnit u = meaningUnit(id);
        Membership m = new Membership(codeGroupId, subgroupId);
        checkMemberships(List.of(m));
        changeVoid("Assign meaning unit", shorten(textOf(u)) + " → " + groupPath(m), r -> {
            r.setMembership(id, m);
            quotesFollow(r, id, codeGroupId, subgroupId);
        });
    }

    /** A unit's quotes in a subgroup follow it when it moves to another subgroup of the same group. */
    private void quotesFollow(ProjectRepository r, UUID unit, UUID group, UUID subgroup) {
        for (Quote q : r.quotesFrom(unit).stream().filter(q -> q.codeGroupId().equals(group)
                && q.subgroupId() != null && !q.subgroupId().equals(subgroup)).toList()) {
            r.updateQuote(new Quote(q.id(), unit, group, subgroup, q.start(), q.end(), q.displayText(), q.label(), q.order()));
        }
    }

    /** Takes a unit out of one code group; a unit in no group is kept as unsorted. */
    public void removeFromCodeGroup(UUID id, UUID codeGroupId) {
        MeaningUnit u = meaningUnit(id);
        CodeGroup g = codeGroup(codeGroupId);
        changeVoid("Remove from code group", shorten(textOf(u)) + " ✕ " + g.workingName(), r -> {
            r.removeMembership(id, codeGroupId);
            r.quotesFrom(id).stream().filter(q -> q.codeGroupId().equals(codeGroupId))
                    .forEach(q -> r.deleteQuote(q.id()));
        });
    }

    /** Moves a unit from one code group to another (drag and drop in step 2 and 3). */
    public void moveMeaningUnit(UUID id, UUID fromGroup, UUID toGroup, UUID toSubgroup) {
        MeaningUnit u = meaningUnit(id);
        if (!u.isIn(fromGroup)) {
            throw new KondensException("That meaning unit is not in code group '" + codeGroup(fromGroup).workingName() + "'.");
        }
        Membership to = new Membership(toGroup, toSubgroup);
        checkMemberships(List.of(to));
        changeVoid("Move meaning unit", shorten(textOf(u)) + " → " + groupPath(to), r -> {
            if (!fromGroup.equals(toGroup)) {
                r.removeMembership(id, fromGroup);
                for (Quote q : r.quotesFrom(id).stream().filter(q -> q.codeGroupId().equals(fromGroup)).toList()) {
                    r.updateQuote(new Quote(q.id(), id, toGroup, toSubgroup, q.start(), q.end(), q.displayText(), q.label(), q.order()));
                }
            }
            r.setMembership(id, to);
            quotesFollow(r, id, toGroup, toSubgroup);
        });
    }

    public void setMeaningUnitNote(UUID id, String note) {
        Names.checkText(note, "A note");
        MeaningUnit u = meaningUnit(id);
        changeVoid("Edit unit note", shorten(textOf(u)), r -> r.updateMeaningUnit(new MeaningUnit(id, u.transcriptId(), u.start(),
                u.end(), u.informantId(), Objects.requireNonNullElse(note, ""), u.created(), u.memberships())));
    }

    /** Deletes a meaning unit (an explicit user act), with the quotes taken from it. */
    /**
     * Deletes a transcript with its meaning units, quotes, notes and theme anchors (and its
     * session, if no other transcript is in it). One undo step brings it all back.
     */
    public void deleteTranscript(UUID id) {
        Transcript t = transcript(id);
        long units = read(r -> r.unitCountOf(id));
        changeVoid("Delete transcript", t.title() + " (" + units + " meaning units)", r -> r.deleteTranscript(id));
    }

    public void deleteMeaningUnit(UUID id) {
        MeaningUnit u = meaningUnit(id);
        changeVoid("Delete meaning unit", shorten(textOf(u)), r -> r.deleteMeaningUnit(id));
    }

    // --- steps 3–4: illustrative quotes ---------------------------------------------------------

    /**
     * Chooses an illustrative quote from a meaning unit, for a subgroup or (subgroup null) for the
     * code group as a whole. The span defaults to the whole unit, the display text to its words,
     * and a null label to the informant's label.
     */
    public Quote addQuote(UUID meaningUnitId, UUID codeGroupId, UUID subgroupId, Integer start, Integer end, String displayText,
            String label) {
        Names.checkText(displayText, "A quote");
        Names.checkName(label, "A quote label");
        MeaningUnit u = meaningUnit(meaningUnitId);
        Membership m = new Membership(codeGroupId, subgroupId);
        checkMemberships(List.of(m));
        if (!u.isIn(codeGroupId)) {
            throw new KondensException("That meaning unit is not in code group '" + codeGroup(codeGroupId).workingName()
                    + "'; add it to the group before quoting it there.");
        }
        int qs = start == null ? u.start() : start;
        int qe = end == null ? u.end() : end;
        if (qs < u.start() || qe > u.end() || qs >= qe) {
            throw new KondensException("A quote must lie inside its meaning unit [" + u.start() + "–" + u.end() + "], got [" + qs + "–" + qe + "].");
        }
        checkSpan(transcript(u.transcriptId()), qs, qe);
        String text = displayText == null || displayText.isBlank()
                ? transcript(u.transcriptId()).text().substring(qs, qe).strip() : displayText.strip();
        return change("Choose quote", groupPath(m) + ": " + shorten(text), r -> {
            Quote q = new Quote(UUID.randomUUID(), meaningUnitId, codeGroupId, subgroupId, qs, qe, text, blankToNull(label),
                    (int) r.quoteCount(codeGroupId, subgroupId));
            r.insertQuote(q);
            return q;
        });
    }

    /** Edits a quote's shown text ("(…)" omissions, "(latter)") and its label (blank = informant label). */
    public void editQuote(UUID id, String displayText, String label) {
        requireText(displayText, "A quote needs some text.");
        Names.checkText(displayText, "A quote");
        Names.checkName(label, "A quote label");
        Quote q = quote(id);
        changeVoid("Edit quote", shorten(displayText), r -> r.updateQuote(new Quote(id, q.meaningUnitId(), q.codeGroupId(), q.subgroupId(),
                q.start(), q.end(), displayText.strip(), blankToNull(label), q.order())));
    }

    public void deleteQuote(UUID id) {
        Quote q = quote(id);
        changeVoid("Remove quote", shorten(q.displayText()), r -> r.deleteQuote(id));
    }

    /** The label printed after a quote: its own, or its informant's. */
    // --- hints ---------------------------------------------------------------------------------

    public List<Hint> hints() {
        return Hints.of(snapshot());
    }

    // --- finding things by name or id (CLI and GUI arguments) --------------------------------------

    public Transcript findTranscript(String nameOrId) {
        return Lookup.one(read(ProjectRepository::transcripts), nameOrId, "transcript", Transcript::id, Transcript::title, Transcript::sourceFile);
    }

    public CodeGroup findCodeGroup(String nameOrId) {
        return Lookup.one(read(ProjectRepository::codeGroups), nameOrId, "code group", CodeGroup::id, CodeGroup::workingName, CodeGroup::finalName);
    }

    public Subgroup findSubgroup(UUID codeGroupId, String nameOrId) {
        return Lookup.one(read(r -> r.subgroupsOf(codeGroupId)), nameOrId, "subgroup in '" + codeGroup(codeGroupId).workingName() + "'",
                Subgroup::id, Subgroup::name, Subgroup::name);
    }

    public PreliminaryTheme findTheme(String nameOrId) {
        return Lookup.one(read(ProjectRepository::themes), nameOrId, "preliminary theme", PreliminaryTheme::id, PreliminaryTheme::name,
                PreliminaryTheme::name);
    }

    public MeaningUnit findMeaningUnit(String id) {
        return Lookup.one(read(r -> r.meaningUnitsById(id)), id, "meaning unit", MeaningUnit::id, u -> null, u -> null);
    }

    public Informant findInformant(String labelOrId) {
        return Lookup.one(read(ProjectRepository::informants), labelOrId, "informant", Informant::id, Informant::label, Informant::label);
    }

    // --- internals -----------------------------------------------------------------------------

    /** One read transaction: an edit looks up only the rows it needs, never the whole project. */
    private <T> T read(Function<ProjectRepository, T> query) {
        return db.read(s -> query.apply(new ProjectRepository(s)));
    }

    private static <T> void reorder(List<T> items, Function<T, UUID> id, UUID moving, int index, java.util.function.ObjIntConsumer<T> setOrder) {
        List<T> list = new ArrayList<>(items);
        T item = list.stream().filter(x -> id.apply(x).equals(moving)).findFirst().orElseThrow();
        list.remove(item);
        list.add(Math.max(0, Math.min(index, list.size())), item);
        for (int i = 0; i < list.size(); i++) {
            setOrder.accept(list.get(i), i);
        }
    }

    /** Moves every unit of {@code from} into {@code to}; with {@code onlySubgroup}, only that subgroup's units. */
    private static void moveUnits(ProjectRepository r, UUID from, UUID to, UUID onlySubgroup) {
        for (MeaningUnit u : r.unitsOf(from)) {
            Membership m = membershipIn(u, from);
            if (onlySubgroup != null && !onlySubgroup.equals(m.subgroupId())) {
                continue;
            }
            r.removeMembership(u.id(), from);
            Optional<Membership> existing = u.memberships().stream().filter(x -> x.codeGroupId().equals(to)).findFirst();
            if (existing.isEmpty() || existing.get().subgroupId() == null) {
                r.setMembership(u.id(), new Membership(to, m.subgroupId()));
            }
        }
    }

    private static Membership membershipIn(MeaningUnit u, UUID group) {
        return u.memberships().stream().filter(m -> m.codeGroupId().equals(group)).findFirst().orElseThrow();
    }

    private UUID informantAt(ProjectRepository r, Transcript t, int offset) {
        SpeakerTurn turn = r.turnAt(t.id(), offset).orElse(null);
        if (turn == null) {
            return onlyParticipant(r, t); // text outside turns, e.g. an interview without markers
        }
        // The interviewer's words are nobody's data.
        return turn.role() == SpeakerRole.INTERVIEWER ? null : turn.informantId() != null ? turn.informantId() : onlyParticipant(r, t);
    }

    private static UUID onlyParticipant(ProjectRepository r, Transcript t) {
        List<UUID> participants = r.participantsOf(t.sessionId());
        return participants.size() == 1 ? participants.get(0) : null;
    }

    private static Optional<Informant> informantByLabel(ProjectRepository r, String label) {
        return r.informants().stream().filter(i -> i.label().equalsIgnoreCase(label.strip())).findFirst();
    }

    private static void requireFreeLabel(ProjectRepository r, String label, UUID except) {
        informantByLabel(r, label).filter(i -> !i.id().equals(except)).ifPresent(i -> {
            throw new KondensException("There is already an informant labelled '" + i.label() + "'.");
        });
    }

    private void checkMemberships(List<Membership> memberships) {
        read(r -> {
            checkMemberships(r, memberships);
            return null;
        });
    }

    private static void checkMemberships(ProjectRepository r, List<Membership> memberships) {
        List<UUID> seen = new ArrayList<>();
        for (Membership m : memberships) {
            CodeGroup g = r.codeGroup(m.codeGroupId())
                    .orElseThrow(() -> new KondensException("No such code group: " + m.codeGroupId()));
            if (m.subgroupId() != null && !r.subgroup(m.subgroupId()).map(s -> s.codeGroupId().equals(g.id())).orElse(false)) {
                throw new KondensException("That subgroup is not in code group '" + g.workingName() + "'.");
            }
            if (seen.contains(g.id())) {
                throw new KondensException("A meaning unit can be in code group '" + g.workingName() + "' only once.");
            }
            seen.add(g.id());
        }
    }

    /** Offsets must lie inside the text and never cut an emoji or other surrogate pair in half. */
    static void checkSpan(Transcript t, int start, int end) {
        int n = t.text().length();
        if (start < 0 || end > n || start >= end) {
            throw new KondensException("[" + start + "–" + end + "] is not a passage of '" + t.title() + "' (its text has "
                    + n + " characters; start must be below end).");
        }
        if (Character.isLowSurrogate(t.text().charAt(start)) || (end < n && Character.isLowSurrogate(t.text().charAt(end)))) {
            throw new KondensException("[" + start + "–" + end + "] cuts a character of '" + t.title() + "' in half.");
        }
    }

    private String groupPath(Membership m) {
        return read(r -> {
            String g = r.codeGroup(m.codeGroupId()).map(CodeGroup::workingName).orElse("?");
            return m.subgroupId() == null ? g : g + " / " + r.subgroup(m.subgroupId()).map(Subgroup::name).orElse("?");
        });
    }

    private String textOf(MeaningUnit u) {
        return transcript(u.transcriptId()).text().substring(u.start(), u.end());
    }

    private static CodeGroup withGroup(CodeGroup g, String working, String fin, String desc, String color, int order, String intro) {
        return new CodeGroup(g.id(), working, fin, desc, color, order, intro, g.grewFrom());
    }

    private static Subgroup withSubgroup(Subgroup s, UUID group, String name, int order) {
        return new Subgroup(s.id(), group, name, order, s.condensate(), s.condensateSources(), s.analyticText(), s.grewFrom());
    }

    private Informant informant(UUID id) {
        return byId(r -> r.informant(id), id, "informant");
    }

    private Transcript transcript(UUID id) {
        return byId(r -> r.transcript(id), id, "transcript");
    }

    private PreliminaryTheme theme(UUID id) {
        return byId(r -> r.theme(id), id, "preliminary theme");
    }

    private CodeGroup codeGroup(UUID id) {
        return byId(r -> r.codeGroup(id), id, "code group");
    }

    private Subgroup subgroup(UUID id) {
        return byId(r -> r.subgroup(id), id, "subgroup");
    }

    private MeaningUnit meaningUnit(UUID id) {
        return byId(r -> r.meaningUnit(id), id, "meaning unit");
    }

    private Quote quote(UUID id) {
        return byId(r -> r.quote(id), id, "quote");
    }

    private <T> T byId(Function<ProjectRepository, Optional<T>> find, UUID id, String what) {
        return read(find).orElseThrow(() -> new KondensException("No such " + what + ": " + id));
    }

    private static void requireText(String s, String message) {
        if (s == null || s.isBlank()) {
            throw new KondensException(message);
        }
    }

    /** A required name: not blank ({@code missing} otherwise), and one a name can be ({@link Names}). */
    private static void requireName(String s, String missing, String what) {
        requireText(s, missing);
        Names.checkName(s, what);
    }

    private static void requireDifferent(UUID a, UUID b) {
        if (a.equals(b)) {
            throw new KondensException("Cannot merge something into itself.");
        }
    }

    private static void requireFreeName(List<String> taken, String name, String what) {
        if (taken.stream().anyMatch(t -> t.equalsIgnoreCase(name.strip()))) {
            throw new KondensException("There is already " + what + " named '" + name.strip() + "'.");
        }
    }

    private static String checkColor(String color) {
        if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
            throw new KondensException("Colour '" + color + "' is not of the form #RRGGBB.");
        }
        return color.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String joinText(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + "\n\n" + b;
    }

    static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? "«" + one + "»" : "«" + one.substring(0, 57) + "…»";
    }

}
