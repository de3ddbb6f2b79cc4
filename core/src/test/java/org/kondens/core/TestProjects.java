package org.kondens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.Language;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Project;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;
import org.kondens.core.stc.StcProject;
import org.kondens.core.store.ProjectDatabase;

/** Shared test fixture: small projects in a temp folder, and the undo/redo check every edit gets. */
public final class TestProjects {

    /**
     * A one-to-one interview as a Windows editor saves it: CRLF line ends, æøå, an emoji (a
     * surrogate pair), a passage broken over two lines, and phrases that occur twice.
     */
    public static final String INTERVIEW_RAW = "I: Hvordan var det å flytte inn i egen leilighet?\r\n"
            + "EK1: Det var tøft 😀 – men jeg fikk nøkkel\r\n"
            + "til egen leilighet, og årene etterpå ble bedre.\r\n"
            + "I: Hva betydde de ansatte for deg?\r\n"
            + "EK1: De så meg som et menneske. Ikke som en diagnose, men som et menneske.\r\n";

    /** {@link #INTERVIEW_RAW} as it is stored after import: LF line ends, nothing else changed. */
    public static final String INTERVIEW = INTERVIEW_RAW.replace("\r\n", "\n");

    public static final String PROJECT_TITLE = "Overgang til egen bolig – «æøå» 😀";

    /** Options for reopening in tests: no backups, so temp folders hold only what a test makes. */
    public static final ProjectDatabase.OpenOptions NO_BACKUP = new ProjectDatabase.OpenOptions(false, Duration.ZERO, Clock.systemUTC());

    private TestProjects() {
    }

    /** A new, empty project {@code studie.kondens} in {@code dir}. */
    public static StcProject newProject(Path dir) {
        return StcProject.create(dir.resolve("studie.kondens"), PROJECT_TITLE, Language.NB);
    }

    /** Writes {@link #INTERVIEW_RAW} to {@code intervju-ek1.txt} and imports it through the text importer. */
    public static Transcript importInterview(StcProject p, Path dir) {
        Path file = writeUtf8(dir.resolve("intervju-ek1.txt"), INTERVIEW_RAW);
        return p.importTranscript(TranscriptFiles.read(file), List.of());
    }

    public static Path writeUtf8(Path file, String text) {
        try {
            return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StcProject reopen(Path file) {
        return StcProject.open(file, NO_BACKUP);
    }

    /** Start and end of the one occurrence of {@code passage} in {@code text}. */
    public static int[] offsets(String text, String passage) {
        int start = text.indexOf(passage);
        assertTrue(start >= 0, "fixture text lacks: " + passage);
        assertEquals(-1, text.indexOf(passage, start + 1), "fixture passage occurs twice: " + passage);
        return new int[] {start, start + passage.length()};
    }

    /** Marks {@code passage} (found by offsets, not by the quote locator) as a meaning unit. */
    public static MeaningUnit unit(StcProject p, Transcript t, String passage, Membership... memberships) {
        int[] at = offsets(t.text(), passage);
        return p.addMeaningUnit(t.id(), at[0], at[1], List.of(memberships));
    }

    /**
     * The snapshot without what every change (undo and redo included) adds on purpose: the audit
     * trail and the project's "modified" time, which is the time of the newest audit line.
     */
    public static ProjectSnapshot withoutAudit(ProjectSnapshot s) {
        Project p = s.project();
        Project unstamped = new Project(p.id(), p.title(), p.language(), p.researchQuestion(), p.subQuestions(),
                p.interviewGuide(), p.notes(), p.groupLevelName(), p.subgroupLevelName(), p.created(), null);
        return new ProjectSnapshot(unstamped, s.questionHistory(), s.informants(), s.sessions(), s.transcripts(), s.turns(),
                s.notes(), s.themes(), s.codeGroups(), s.subgroups(), s.meaningUnits(), s.quotes(), List.of(), s.review());
    }

    /**
     * Runs one edit and checks that it is one undo step named {@code action}: undo brings back
     * exactly the snapshot before it, and redo exactly the snapshot after it. Leaves the project in
     * the after-state and returns the edit's result.
     */
    public static <T> T assertUndoable(StcProject p, String action, Supplier<T> edit) {
        ProjectSnapshot before = withoutAudit(p.snapshot());
        T result = edit.get();
        ProjectSnapshot after = withoutAudit(p.snapshot());
        assertNotEquals(before, after, "the edit '" + action + "' changed nothing");
        Optional<String> name = p.undoName();
        assertTrue(name.isPresent() && name.get().startsWith(action), "Undo menu shows " + name + ", expected " + action);
        assertEquals(name, p.undo(), "undo reports the step it undid");
        assertEquals(before, withoutAudit(p.snapshot()), "undo of '" + action + "' restores the previous state");
        assertEquals(name, p.redoName());
        assertEquals(name, p.redo(), "redo reports the step it redid");
        assertEquals(after, withoutAudit(p.snapshot()), "redo of '" + action + "' restores the state after the edit");
        return result;
    }

    public static void assertUndoable(StcProject p, String action, Runnable edit) {
        assertUndoable(p, action, () -> {
            edit.run();
            return null;
        });
    }

    /**
     * Asserts that {@code call} is refused with a {@link KondensException} whose message contains
     * every one of {@code parts}, and that the refused call changed nothing.
     */
    public static KondensException assertRefused(StcProject p, Executable call, String... parts) {
        ProjectSnapshot before = p.snapshot();
        KondensException e = assertThrows(KondensException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' should contain '" + part + "'");
        }
        assertEquals(before, p.snapshot(), "a refused call changes nothing, not even the audit trail");
        return e;
    }
}
