package org.kondens.core.stc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.store.Backups;
import org.kondens.core.store.ProjectDatabase;

/**
 * Times opening a project as the app does, for {@code kondens bench} to run in a JVM of its own:
 * open for work with the check and backup (the first open after a change copies the file, the
 * next finds nothing new and only checks), then the first snapshot the window is built from.
 */
public final class OpenBench {

    private OpenBench() {
    }

    /**
     * Figures for the closed project {@code project}, in milliseconds unless named otherwise:
     * {@code openCheckBackupFirstMs} and {@code ...SecondMs} with {@code backupCopiedFirst}/{@code
     * ...Second} (1 when that open copied the file), {@code openMs}, {@code firstSnapshotMs}, {@code textsShownMs} (reading the texts the first screen shows),
     * {@code snapshotAgainMs}, {@code heapAfterSnapshotMB}, {@code transcripts}, {@code turns},
     * {@code auditLines} and {@code peakRssMB} (this process, -1 where the system does not tell).
     *
     * @param changeFirst make and undo a small edit before timing (backups off), so the first
     *                    open has something new to back up, as after a day's work
     */
    public static Map<String, Double> run(Path project, boolean changeFirst) {
        Map<String, Double> out = new LinkedHashMap<>();
        ProjectDatabase.OpenOptions noBackup = new ProjectDatabase.OpenOptions(false, Duration.ZERO, Clock.systemUTC());
        if (changeFirst) {
            try (StcProject p = StcProject.open(project, noBackup)) {
                p.addTheme("Benk " + System.nanoTime(), "");
                p.undo();
            }
        }
        ProjectDatabase.OpenOptions backup = new ProjectDatabase.OpenOptions(true, Duration.ZERO, Clock.systemUTC());
        for (String which : List.of("First", "Second")) {
            List<Path> before = Backups.list(project);
            long t0 = System.nanoTime();
            StcProject.open(project, backup).close();
            out.put("openCheckBackup" + which + "Ms", millis(t0));
            out.put("backupCopied" + which, Backups.list(project).equals(before) ? 0.0 : 1.0);
        }
        long t0 = System.nanoTime();
        try (StcProject p = StcProject.open(project, noBackup)) {
            out.put("openMs", millis(t0));
            t0 = System.nanoTime();
            ProjectSnapshot s = p.snapshot();
            out.put("firstSnapshotMs", millis(t0));
            t0 = System.nanoTime();
            // as the window does: the texts of coded transcripts and of the first, which the reader shows
            p.keepTextsShown(s, s.transcripts().isEmpty() ? null : s.transcripts().get(0).id());
            out.put("textsShownMs", millis(t0));
            t0 = System.nanoTime();
            s = p.snapshot();
            out.put("snapshotAgainMs", millis(t0));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            out.put("heapAfterSnapshotMB", (double) ((rt.totalMemory() - rt.freeMemory()) >> 20));
            out.put("transcripts", (double) s.transcripts().size());
            out.put("turns", (double) s.turns().values().stream().mapToInt(List::size).sum());
            out.put("auditLines", (double) s.audit().size());
        }
        out.put("peakRssMB", peakRssMB());
        return out;
    }

    /** This process's peak resident memory in MB (Linux: VmHWM), or -1 where the system does not tell. */
    public static double peakRssMB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the caller measures from outside
        }
        return -1;
    }

    static double millis(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e4) / 100.0;
    }
}
