package org.kondens.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kondens bench --startup}: what it starts, how it reads a probe's line, and the table it prints. */
class StartupBenchTest {

    @TempDir
    Path dir;

    @Test
    void readsTheMillisecondsAfterTheAskedLabel() {
        String out = "WARNING: something\nFirst window shown 812 ms after JVM start\nStep 2 drawn 1540 ms after JVM start\n";
        assertEquals(Optional.of(812L), StartupBench.parse(out, "First window shown"));
        assertEquals(Optional.of(1540L), StartupBench.parse(out, "Step 2 drawn"));
        assertEquals(Optional.empty(), StartupBench.parse(out, "Project shown"));
    }

    @Test
    void theFloorIsAWindowClassInTheSameJar() throws Exception {
        Class<?> floor = Class.forName(StartupBench.FLOOR, false, getClass().getClassLoader());
        assertEquals("main", floor.getMethod("main", String[].class).getName());
    }

    @Test
    void medianOfOddAndEvenRuns() {
        assertEquals(1100, StartupBench.median(List.of(1300L, 900L, 1100L, 2400L, 1000L)));
        assertEquals(1050, StartupBench.median(List.of(1100L, 1000L)));
    }

    @Test
    void theAppImageIsPreferredWhenItHasALauncher() throws Exception {
        Path jar = dir.resolve("kondens.jar");
        assertTrue(StartupBench.kondens(dir.resolve("none"), jar, "java").name().startsWith("jar"));
        Path launcher = Files.createDirectories(dir.resolve("Kondens/bin")).resolve("Kondens");
        Files.writeString(launcher, "#!/bin/sh\n");
        launcher.toFile().setExecutable(true);
        StartupBench.Start image = StartupBench.kondens(dir.resolve("Kondens"), jar, "java");
        assertEquals(List.of(launcher.toString()), image.command());
    }

    @Test
    void theTableGivesEachMedianAsARatioToTheFloor() {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        times.put("floor: first window", List.of(1000L, 900L, 1100L));
        times.put("kondens: first window", List.of(1200L, 1300L, 1250L));
        String table = StartupBench.table("jar", 3, times);
        assertTrue(table.contains("kondens: first window"), table);
        assertTrue(table.matches("(?s).*kondens: first window\\s+1250\\s+1\\.25.*"), table);
    }
}
