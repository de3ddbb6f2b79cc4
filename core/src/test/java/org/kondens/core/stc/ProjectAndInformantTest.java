package org.kondens.core.stc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kondens.core.TestProjects.assertRefused;
import static org.kondens.core.TestProjects.assertUndoable;
import static org.kondens.core.TestProjects.unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.TestProjects;
import org.kondens.core.importer.ImportedTranscript;
import org.kondens.core.importer.SpeakerDetector;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.QuestionWording;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Session;
import org.kondens.core.model.SessionKind;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.model.Transcript;
import org.kondens.core.model.TranscriptNote;
import org.kondens.core.store.ProjectDatabase;

/** The project itself, informants, sessions, transcripts, notes, undo/redo as such, and lookups. */
class ProjectAndInformantTest {

    @TempDir
    Path dir;
    StcProject p;
    Transcript t;
    Path file;

    @BeforeEach
    void setUp() {
        p = TestProjects.newProject(dir);
        file = p.database().file();
        t = TestProjects.importInterview(p, dir);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    // --- create and open ---------------------------------------------------------------------

    @Test
    void createStoresTitleAndLanguageAndReopens() {
        p.close();
        try (StcProject again = StcProject.open(file)) {
            assertEquals(TestProjects.PROJECT_TITLE, again.project().title());
            assertEquals(Language.NB, again.project().language());
            assertEquals(TestProjects.INTERVIEW, again.snapshot().transcripts().get(0).text());
        }
        p = TestProjects.reopen(file);
    }

    @Test
    void createRefusesAnExistingFileAndABlankTitle() throws Exception {
        byte[] before = Files.readAllBytes(file);
        KondensException e = assertThrows(KondensException.class, () -> StcProject.create(file, "Ny", Language.EN));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the existing project is untouched");
        assertEquals(TestProjects.PROJECT_TITLE, p.project().title());
        Path other = dir.resolve("tom.kondens");
        e = assertThrows(KondensException.class, () -> StcProject.create(other, "  ", Language.NB));
        assertEquals("A project needs a title.", e.getMessage());
        assertFalse(Files.exists(other), "no file is left behind for a refused project");
    }

    @Test
    void createRefusesAMissingFolder() {
        Path nowhere = dir.resolve("finnes-ikke").resolve("p.kondens");
        KondensException e = assertThrows(KondensException.class, () -> StcProject.create(nowhere, "P", Language.NB));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void openingAMissingFileNamesIt() {
        Path missing = dir.resolve("borte.kondens");
        KondensException e = assertThrows(KondensException.class, () -> StcProject.open(missing));
        assertEquals("No project at " + missing + ".", e.getMessage());
    }

    @Test
    void ofWrapsAnOpenDatabase() {
        p.close();
        ProjectDatabase db = ProjectDatabase.open(file, TestProjects.NO_BACKUP);
        p = StcProject.of(db);
        assertSame(db, p.database());
        assertEquals(TestProjects.PROJECT_TITLE, p.project().title());
        p.setTitle("Via of");
        assertEquals("Via of", p.project().title());
    }

    @Test
    void modifiedIsTheTimeOfTheNewestChange() {
        p.close();
        // Whole seconds print without a fraction ("…:00Z"), which must not sort after "…:00.500Z".
        Instant first = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant second = first.plusMillis(500);
        try (StcProject a = StcProject.open(file, new ProjectDatabase.OpenOptions(false, Duration.ZERO, Clock.fixed(first, ZoneOffset.UTC)))) {
            a.setTitle("Første");
            assertEquals(first, a.project().modified());
        }
        p = StcProject.open(file, new ProjectDatabase.OpenOptions(false, Duration.ZERO, Clock.fixed(second, ZoneOffset.UTC)));
        p.setTitle("Andre");
        assertEquals(second, p.project().modified());
    }

    // --- project fields ----------------------------------------------------------------------

    @Test
    void setTitle() {
        assertUndoable(p, "Set title", () -> p.setTitle("  Bolig først  "));
        assertEquals("Bolig først", p.project().title());
        assertRefused(p, () -> p.setTitle(" "), "A project needs a title.");
    }

    @Test
    void setLanguage() {
        assertUndoable(p, "Set language", () -> p.setLanguage(Language.NN));
        assertEquals(Language.NN, p.project().language());
    }

    @Test
    void rewordingTheResearchQuestionKeepsTheOldWording() {
        p.setResearchQuestion("Hva hjelper?");
        assertEquals(List.of(), p.snapshot().questionHistory(), "a first wording replaces nothing");
        assertUndoable(p, "Set research question", () -> p.setResearchQuestion("Hva opplever brukere som hjelpsomt?"));
        ProjectSnapshot s = p.snapshot();
        assertEquals("Hva opplever brukere som hjelpsomt?", s.project().researchQuestion());
        assertEquals(1, s.questionHistory().size());
        QuestionWording old = s.questionHistory().get(0);
        assertEquals("research_question", old.field());
        assertEquals("Hva hjelper?", old.text());

        p.setResearchQuestion(" Hva opplever brukere som hjelpsomt? ");
        assertEquals(1, p.snapshot().questionHistory().size(), "the same wording again is not a rewording");
    }

    @Test
    void rewordingSubQuestionsKeepsTheOldOnes() {
        p.setSubQuestions(List.of("Bolig?", " ", "Relasjoner?"));
        assertEquals(List.of("Bolig?", "Relasjoner?"), p.project().subQuestions(), "blank questions are dropped");
        assertUndoable(p, "Set sub-questions", () -> p.setSubQuestions(List.of("Bolig?", "Arbeid?")));
        assertEquals(List.of("Bolig?", "Arbeid?"), p.project().subQuestions());
        List<QuestionWording> history = p.snapshot().questionHistory();
        assertEquals(1, history.size());
        assertEquals("sub_questions", history.get(0).field());
        assertEquals("Bolig?\nRelasjoner?", history.get(0).text());
    }

    @Test
    void setInterviewGuideAndProjectNotes() {
        assertUndoable(p, "Edit interview guide", () -> p.setInterviewGuide("1. Fortell om flyttingen …\n2. Hva hjalp?"));
        assertEquals("1. Fortell om flyttingen …\n2. Hva hjalp?", p.project().interviewGuide());
        assertUndoable(p, "Edit project notes", () -> p.setProjectNotes("Møte med veileder 3. mai"));
        assertEquals("Møte med veileder 3. mai", p.project().notes());
        p.setProjectNotes(null);
        assertEquals("", p.project().notes());
    }

    @Test
    void setLevelNamesAndBlankRestoresTheDefault() {
        assertUndoable(p, "Set level names", () -> p.setLevelNames(" Tema ", "Subtema"));
        assertEquals("Tema", p.project().groupLevelName());
        assertEquals("Subtema", p.project().subgroupLevelName());
        assertUndoable(p, "Set level names", () -> p.setLevelNames("", null));
        assertNull(p.project().groupLevelName());
        assertNull(p.project().subgroupLevelName());
    }

    // --- informants and sessions -------------------------------------------------------------

    @Test
    void addInformant() {
        Informant i = assertUndoable(p, "Add informant", () -> p.addInformant("  Deltaker 5 "));
        assertEquals("Deltaker 5", i.label());
        assertEquals(List.of("EK1", "Deltaker 5"), p.snapshot().informants().stream().map(Informant::label).toList());
        assertRefused(p, () -> p.addInformant("ek1"), "already an informant labelled 'EK1'");
        assertRefused(p, () -> p.addInformant(" "), "An informant needs a label.");
    }

    @Test
    void renamingAnInformantRelabelsQuotesWithoutTheirOwnLabel() {
        Informant ek1 = p.findInformant("EK1");
        CodeGroup g = p.addCodeGroup("Trygg bolig", null, List.of());
        MeaningUnit u = unit(p, t, "De så meg som et menneske.", new Membership(g.id(), null));
        assertEquals(ek1.id(), u.informantId(), "the unit's informant comes from the speaker turn");
        Quote plain = p.addQuote(u.id(), g.id(), null, null, null, null, null);
        Quote labelled = p.addQuote(u.id(), g.id(), null, null, null, null, "EK1, 34 år");
        assertEquals("EK1", p.snapshot().labelOf(plain));

        assertUndoable(p, "Rename informant: EK1 → Informant 1", () -> p.renameInformant(ek1.id(), " Informant 1 "));
        ProjectSnapshot s = p.snapshot();
        assertEquals("Informant 1", s.labelOf(plain));
        assertEquals("EK1, 34 år", s.labelOf(labelled));

        p.renameInformant(ek1.id(), "informant 1");
        assertEquals("informant 1", p.findInformant(ek1.id().toString()).label(), "a change of case is allowed");
        p.addInformant("EK2");
        assertRefused(p, () -> p.renameInformant(ek1.id(), "ek2"), "already an informant labelled 'EK2'");
        assertRefused(p, () -> p.renameInformant(ek1.id(), ""), "An informant needs a label.");
        UUID nobody = UUID.randomUUID();
        assertRefused(p, () -> p.renameInformant(nobody, "X"), "No such informant: " + nobody);
    }

    @Test
    void informantAttributesAreSetReplacedAndRemoved() {
        UUID ek1 = p.findInformant("EK1").id();
        assertUndoable(p, "Set informant attribute", () -> p.setInformantAttribute(ek1, " alder ", "30–39"));
        p.setInformantAttribute(ek1, "kjønn", "kvinne");
        assertEquals(Map.of("alder", "30–39", "kjønn", "kvinne"), p.findInformant("EK1").attributes());
        assertUndoable(p, "Set informant attribute", () -> p.setInformantAttribute(ek1, "alder", "40–49"));
        assertEquals("40–49", p.findInformant("EK1").attributes().get("alder"));
        assertUndoable(p, "Set informant attribute", () -> p.setInformantAttribute(ek1, "alder", " "));
        assertEquals(Map.of("kjønn", "kvinne"), p.findInformant("EK1").attributes());
        assertRefused(p, () -> p.setInformantAttribute(ek1, " ", "x"), "An attribute needs a name.");
        assertRefused(p, () -> p.setInformantAttribute(UUID.randomUUID(), "alder", "x"), "No such informant");
    }

    @Test
    void updateSession() {
        Session s = p.snapshot().sessions().get(0);
        Session edited = new Session(s.id(), "Intervju 1 – hjemme hos EK1", SessionKind.INDIVIDUAL, LocalDate.of(2024, 5, 2), 55,
                "Kari", s.participants(), true, "Lydfil delvis ødelagt");
        assertUndoable(p, "Edit session", () -> p.updateSession(edited));
        assertEquals(edited, p.snapshot().sessions().get(0));
        Session untitled = new Session(s.id(), " ", s.kind(), null, null, null, s.participants(), false, "");
        assertRefused(p, () -> p.updateSession(untitled), "A session needs a title.");
    }

    @Test
    void transcriptNotes() {
        int at = t.text().indexOf("nøkkel");
        assertUndoable(p, "Add note", () -> p.addTranscriptNote(t.id(), at, "Sterkt inntrykk: nøkkelen 🔑"));
        p.addTranscriptNote(t.id(), null, "Hele intervjuet: rolig tone");
        p.addTranscriptNote(t.id(), t.text().length(), "Slutt");
        List<TranscriptNote> notes = p.snapshot().notes();
        assertEquals(List.of("Sterkt inntrykk: nøkkelen 🔑", "Hele intervjuet: rolig tone", "Slutt"),
                notes.stream().map(TranscriptNote::text).toList());
        assertEquals(at, notes.get(0).anchor());
        assertNull(notes.get(1).anchor());
        int n = t.text().length();
        assertRefused(p, () -> p.addTranscriptNote(t.id(), n + 1, "x"), "Position " + (n + 1) + " is outside intervju-ek1");
        assertRefused(p, () -> p.addTranscriptNote(t.id(), -1, "x"), "is outside");
        assertRefused(p, () -> p.addTranscriptNote(t.id(), 0, " "), "A note needs some text.");
        assertRefused(p, () -> p.addTranscriptNote(UUID.randomUUID(), 0, "x"), "No such transcript");
    }

    // --- transcripts -----------------------------------------------------------------------------

    @Test
    void importNormalisesLineEndsAndFindsSpeakers() {
        assertEquals(TestProjects.INTERVIEW, t.text());
        assertFalse(t.text().contains("\r"));
        assertEquals("intervju-ek1", t.title());
        assertEquals("intervju-ek1.txt", t.sourceFile());
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of(t), s.transcripts());
        Informant ek1 = p.findInformant("EK1");
        assertEquals(List.of(ek1), s.informants(), "the interviewer is no informant");
        Session session = s.sessions().get(0);
        assertEquals(SessionKind.INDIVIDUAL, session.kind());
        assertEquals(List.of(ek1.id()), session.participants());
        assertEquals(t.sessionId(), session.id());
        List<SpeakerTurn> turns = s.turns().get(t.id());
        assertEquals(List.of("I", "EK1", "I", "EK1"), turns.stream().map(SpeakerTurn::speaker).toList());
        assertEquals(SpeakerRole.INTERVIEWER, turns.get(0).role());
        assertNull(turns.get(0).informantId());
        assertEquals(ek1.id(), turns.get(1).informantId());
        assertEquals("EK1: Det var tøft 😀 – men jeg fikk nøkkel\ntil egen leilighet, og årene etterpå ble bedre.",
                t.text().substring(turns.get(1).start(), turns.get(1).end()));
    }

    @Test
    void importIsOneUndoStepThatTakesTheTranscriptAndTheInformantsItMadeOutAgain() {
        p.setTitle("Før import");
        String text = "I: Hva nå?\nEK1: Vet ikke.\nEK2: Jeg vet ikke.\n";
        Transcript second = assertUndoable(p, "Import transcript: to.txt", () -> p.importTranscript(
                new ImportedTranscript("to.txt", "to", text, SpeakerDetector.detect(text), List.of()), List.of()));
        p.undo();
        ProjectSnapshot s = p.snapshot();
        assertTrue(s.transcript(second.id()).isEmpty());
        assertEquals(List.of("EK1"), s.informants().stream().map(Informant::label).toList(),
                "EK2 came with the import and goes with it; EK1 was there before");
        assertEquals(1, s.sessions().size());
        assertEquals("Set title: Før import", p.undoName().orElseThrow(), "the step before the import is next");
    }

    @Test
    void importRefusesTheSameTextTwice() throws Exception {
        Path copy = TestProjects.writeUtf8(dir.resolve("kopi.txt"), TestProjects.INTERVIEW_RAW);
        ProjectSnapshot before = p.snapshot();
        KondensException e = assertThrows(KondensException.class, () -> p.importTranscript(TranscriptFiles.read(copy), List.of()));
        assertEquals("kopi.txt: this text is already in the project as 'intervju-ek1'.", e.getMessage());
        assertEquals(before, p.snapshot());
    }

    @Test
    void aFocusGroupGetsOneInformantPerSpeakerAndReusesKnownLabels() {
        String text = "M: Velkommen alle sammen.\nEK1: Jeg starter.\nDeltaker 2: Jeg følger på 😀.\nEK1: Enig.\n";
        Transcript fg = p.importTranscript(new ImportedTranscript("fokus.txt", "fokus", text, SpeakerDetector.detect(text), List.of()),
                List.of());
        ProjectSnapshot s = p.snapshot();
        assertEquals(List.of("EK1", "Deltaker 2"), s.informants().stream().map(Informant::label).toList(),
                "EK1 is the informant already known from the first interview");
        Session session = s.sessions().stream().filter(x -> x.id().equals(fg.sessionId())).findFirst().orElseThrow();
        assertEquals(SessionKind.FOCUS_GROUP, session.kind());
        MeaningUnit u = p.addMeaningUnit(fg.id(), "Jeg følger på 😀.", List.of());
        assertEquals(p.findInformant("Deltaker 2").id(), u.informantId());
        MeaningUnit moderator = p.addMeaningUnit(fg.id(), "Velkommen alle sammen.", List.of());
        assertNull(moderator.informantId(), "moderator talk in a focus group belongs to no informant");
    }

    @Test
    void givenInformantLabelsWinOverSpeakerLabels() {
        String text = "I: Fortell.\nP1: Jeg bodde på gata.\n";
        Transcript x = p.importTranscript(new ImportedTranscript("x.txt", "x", text, SpeakerDetector.detect(text), List.of()),
                List.of("Informant 7"));
        MeaningUnit u = p.addMeaningUnit(x.id(), "Jeg bodde på gata.", List.of());
        assertEquals(p.findInformant("Informant 7").id(), u.informantId());
        assertThrows(KondensException.class, () -> p.findInformant("P1"), "the speaker label did not become an informant");
    }

    // --- undo and redo as such ---------------------------------------------------------------------

    @Test
    void nothingToUndoOrRedo() {
        assertEquals("Import transcript: intervju-ek1.txt", p.undo().orElseThrow());
        assertTrue(p.undoName().isEmpty(), "creating the project is no undo step");
        assertTrue(p.undo().isEmpty());
        p.redo();
        assertTrue(p.redoName().isEmpty());
        assertTrue(p.redo().isEmpty());
        assertEquals(TestProjects.PROJECT_TITLE, p.project().title());
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughSeveralSteps() {
        ProjectSnapshot s0 = TestProjects.withoutAudit(p.snapshot());
        CodeGroup g = p.addCodeGroup("Trygghet", null, List.of());
        ProjectSnapshot s1 = TestProjects.withoutAudit(p.snapshot());
        p.renameCodeGroup(g.id(), "Trygg bolig");
        ProjectSnapshot s2 = TestProjects.withoutAudit(p.snapshot());
        assertEquals("Rename code group: Trygghet → Trygg bolig", p.undoName().orElseThrow());

        assertEquals("Rename code group: Trygghet → Trygg bolig", p.undo().orElseThrow());
        assertEquals("Add code group: Trygghet", p.undo().orElseThrow());
        assertEquals(s0, TestProjects.withoutAudit(p.snapshot()));
        assertEquals("Import transcript: intervju-ek1.txt", p.undoName().orElseThrow(), "the import is the step before");
        assertEquals("Add code group: Trygghet", p.redo().orElseThrow());
        assertEquals(s1, TestProjects.withoutAudit(p.snapshot()));
        assertEquals("Rename code group: Trygghet → Trygg bolig", p.redo().orElseThrow());
        assertEquals(s2, TestProjects.withoutAudit(p.snapshot()));
        assertTrue(p.redo().isEmpty());

        List<String> audit = p.snapshot().audit().stream().map(a -> a.action()).toList();
        assertEquals(List.of("Create project", "Import transcript", "Add code group", "Rename code group",
                "Undo Rename code group", "Undo Add code group", "Redo Add code group", "Redo Rename code group"), audit);
    }

    @Test
    void aNewEditAfterUndoDiscardsRedo() {
        CodeGroup g = p.addCodeGroup("Trygghet", null, List.of());
        p.renameCodeGroup(g.id(), "Trygg bolig");
        p.undo();
        assertEquals("Rename code group: Trygghet → Trygg bolig", p.redoName().orElseThrow());
        p.describeCodeGroup(g.id(), "Å ha et sted");
        assertTrue(p.redoName().isEmpty());
        assertTrue(p.redo().isEmpty());
        assertEquals("Trygghet", p.findCodeGroup(g.id().toString()).workingName());
    }

    @Test
    void aRefusedEditAfterUndoKeepsRedo() {
        CodeGroup g = p.addCodeGroup("Trygghet", null, List.of());
        p.addCodeGroup("Likeverd", null, List.of());
        p.renameCodeGroup(g.id(), "Trygg bolig");
        p.undo();
        assertThrows(KondensException.class, () -> p.renameCodeGroup(g.id(), "likeverd"));
        assertEquals("Rename code group: Trygghet → Trygg bolig", p.redo().orElseThrow());
        assertEquals("Trygg bolig", p.findCodeGroup(g.id().toString()).workingName());
    }

    @Test
    void undoAndRedoSurviveClosingAndReopening() {
        CodeGroup g = p.addCodeGroup("Trygghet", null, List.of());
        ProjectSnapshot before = TestProjects.withoutAudit(p.snapshot());
        p.renameCodeGroup(g.id(), "Trygg bolig");
        ProjectSnapshot after = TestProjects.withoutAudit(p.snapshot());
        p.close();

        p = TestProjects.reopen(file);
        assertEquals("Rename code group: Trygghet → Trygg bolig", p.undoName().orElseThrow());
        p.undo();
        assertEquals(before, TestProjects.withoutAudit(p.snapshot()));
        p.close();

        p = TestProjects.reopen(file);
        assertEquals("Rename code group: Trygghet → Trygg bolig", p.redoName().orElseThrow());
        p.redo();
        assertEquals(after, TestProjects.withoutAudit(p.snapshot()));
        assertEquals(3, p.database().undoSteps().size(), "the import, the new group and its rename");
    }

    @Test
    void listenersHearEveryChangeUndoAndRedo() {
        AtomicInteger calls = new AtomicInteger();
        p.addChangeListener(calls::incrementAndGet);
        p.addTheme("Bolig", "");
        assertEquals(1, calls.get());
        p.undo();
        p.redo();
        assertEquals(3, calls.get());
        assertThrows(KondensException.class, () -> p.addTheme("bolig", ""));
        assertEquals(3, calls.get(), "a refused edit is no change");
    }

    // --- lookups -----------------------------------------------------------------------------------

    @Test
    void findTranscriptByTitleFileIdAndIdPrefix() {
        assertEquals(t, p.findTranscript("intervju-ek1"));
        assertEquals(t, p.findTranscript(" INTERVJU-EK1.TXT "));
        assertEquals(t, p.findTranscript(t.id().toString()));
        assertEquals(t, p.findTranscript(t.id().toString().substring(0, 4)));
        KondensException e = assertThrows(KondensException.class, () -> p.findTranscript(t.id().toString().substring(0, 3)));
        assertEquals("No transcript named '" + t.id().toString().substring(0, 3) + "'.", e.getMessage(), "prefixes start at 4 characters");
        e = assertThrows(KondensException.class, () -> p.findTranscript("intervju-ek9"));
        assertEquals("No transcript named 'intervju-ek9'.", e.getMessage());
        e = assertThrows(KondensException.class, () -> p.findTranscript(" "));
        assertEquals("Name a transcript.", e.getMessage());
    }

    @Test
    void anAmbiguousTranscriptNameAsksForTheId() {
        String text = "I: Noe annet.\nEK1: Ja.\n";
        Transcript twin = p.importTranscript(new ImportedTranscript("annen-mappe.txt", "intervju-ek1", text,
                SpeakerDetector.detect(text), List.of()), List.of());
        KondensException e = assertThrows(KondensException.class, () -> p.findTranscript("intervju-ek1"));
        assertEquals("'intervju-ek1' matches 2 transcripts; use its id.", e.getMessage());
        assertEquals(twin, p.findTranscript(twin.id().toString()));
        assertEquals(twin, p.findTranscript("annen-mappe.txt"));
    }

    @Test
    void findInformantByLabelOrId() {
        Informant ek1 = p.snapshot().informants().get(0);
        assertEquals(ek1, p.findInformant("ek1"));
        assertEquals(ek1, p.findInformant(ek1.id().toString().substring(0, 8)));
        KondensException e = assertThrows(KondensException.class, () -> p.findInformant("EK7"));
        assertEquals("No informant named 'EK7'.", e.getMessage());
    }
}
