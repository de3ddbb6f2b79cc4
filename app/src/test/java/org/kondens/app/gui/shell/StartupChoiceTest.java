package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On start: the named project, else the last one, else the sample on the first start only. */
class StartupChoiceTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartShowsTheSample() {
        assertEquals(new StartupChoice(StartupChoice.Kind.SAMPLE, null), StartupChoice.decide(List.of(), List.of(), false));
    }

    @Test
    void laterStartsReopenTheLastProject() throws Exception {
        Path last = Files.createFile(dir.resolve("intervju_ola.kondens"));
        Path older = Files.createFile(dir.resolve("eldre.kondens"));
        assertEquals(new StartupChoice(StartupChoice.Kind.PROJECT, last), StartupChoice.decide(List.of(), List.of(last, older), true));
    }

    @Test
    void aLastProjectThatIsGoneIsSkipped() throws Exception {
        Path older = Files.createFile(dir.resolve("eldre.kondens"));
        assertEquals(new StartupChoice(StartupChoice.Kind.PROJECT, older),
                StartupChoice.decide(List.of(), List.of(dir.resolve("borte.kondens"), older), true));
        assertEquals(new StartupChoice(StartupChoice.Kind.NOTHING, null),
                StartupChoice.decide(List.of(), List.of(dir.resolve("borte.kondens")), true), "no sample after the first start");
    }

    @Test
    void aProjectNamedOnTheCommandLineWins() throws Exception {
        Path last = Files.createFile(dir.resolve("siste.kondens"));
        assertEquals(new StartupChoice(StartupChoice.Kind.PROJECT, Path.of("annen.kondens")),
                StartupChoice.decide(List.of("--verbose", "annen.kondens"), List.of(last), true));
    }
}
