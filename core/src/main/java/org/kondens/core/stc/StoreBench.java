package org.kondens.core.stc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kondens.core.store.ProjectDatabase;

/**
 * Times what the data-safety guarantees cost on the benchmark project: opening for work with
 * the check and backup, opening only to read, and one small edit and its undo (each an fsync'ed
 * transaction). Used by {@code kondens bench}; lives in core because it opens the file with
 * options the app has no business choosing.
 */
public final class StoreBench {

    private static final int EDITS = 40;

    private StoreBench() {
    }

    /** Milliseconds per measure, and the project file's size in MB. {@code project} must be closed. */
    public static Map<String, Double> run(Path project) {
        Map<String, Double> ms = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        StcProject.open(project, new ProjectDatabase.OpenOptions(true, Duration.ZERO, Clock.systemUTC())).close();
        ms.put("openCheckAndBackupMs", millis(t0));
        t0 = System.nanoTime();
        StcProject.open(project, new ProjectDatabase.OpenOptions(false, Duration.ZERO, Clock.systemUTC())).close();
        ms.put("openForWorkMs", millis(t0));
        t0 = System.nanoTime();
        try (StcProject p = StcProject.openReadOnly(project)) {
            ms.put("openReadOnlyMs", millis(t0));
        }
        double[] edits = new double[EDITS];
        double[] undos = new double[EDITS];
        try (StcProject p = StcProject.open(project, new ProjectDatabase.OpenOptions(false, Duration.ZERO, Clock.systemUTC()))) {
            for (int i = 0; i < EDITS; i++) {
                long e0 = System.nanoTime();
                p.addTheme("Benk " + i, "");
                edits[i] = millis(e0);
            }
            for (int i = 0; i < EDITS; i++) {
                long u0 = System.nanoTime();
                p.undo();
                undos[i] = millis(u0);
            }
        }
        Arrays.sort(edits);
        Arrays.sort(undos);
        ms.put("editP50Ms", edits[EDITS / 2]);
        ms.put("undoP50Ms", undos[EDITS / 2]);
        try {
            ms.put("fileMB", Math.round(Files.size(project) / 1e4) / 100.0);
        } catch (java.io.IOException e) {
            ms.put("fileMB", -1.0);
        }
        return ms;
    }

    private static double millis(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e4) / 100.0;
    }
}
