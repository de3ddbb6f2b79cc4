package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up probe's modes, as {@code kondens bench --startup} and the AOT training run call them. */
class StartupProbeTest {

    @Test
    void thePlainProbeTimesTheFirstWindowAndOpensNothing() {
        StartupProbe p = StartupProbe.of(List.of("--startup-probe")).orElseThrow();
        assertEquals(StartupProbe.Mode.FIRST_WINDOW, p.mode());
        assertEquals(StartupChoice.Kind.NOTHING, p.choice().kind());
    }

    @Test
    void stepTwoAndTrainingOpenTheSample() {
        assertEquals(StartupChoice.Kind.SAMPLE, StartupProbe.of(List.of("--startup-probe=step2")).orElseThrow().choice().kind());
        StartupProbe train = StartupProbe.of(List.of("--startup-probe=train")).orElseThrow();
        assertEquals(StartupProbe.Mode.TRAIN, train.mode());
        assertEquals(StartupChoice.Kind.SAMPLE, train.choice().kind());
    }

    @Test
    void openTakesAProjectPath() {
        StartupProbe p = StartupProbe.of(List.of("--startup-probe=open:/tmp/50 intervjuer.kondens")).orElseThrow();
        assertEquals(new StartupChoice(StartupChoice.Kind.PROJECT, Path.of("/tmp/50 intervjuer.kondens")), p.choice());
    }

    @Test
    void noProbeWithoutTheArgumentAndAClearErrorForAnUnknownMode() {
        assertTrue(StartupProbe.of(List.of("intervju.kondens")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> StartupProbe.of(List.of("--startup-probe=step9")));
    }
}
