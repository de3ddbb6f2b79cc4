package org.kondens.core.stc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kondens.core.importer.TranscriptFiles;
import org.kondens.core.model.Language;

/**
 * Times importing a folder of transcripts into a new project as {@code kondens import} does, for
 * {@code kondens bench} to run in a JVM of its own (so its peak memory is the import's alone).
 */
public final class ImportBench {

    private ImportBench() {
    }

    /**
     * Imports every transcript file in {@code corpus} (sorted by name) into the new project
     * {@code project}. Figures: {@code seconds}, {@code cpuSeconds} (this process), {@code files},
     * {@code imported}, {@code words}, {@code wordsPerSecond}, {@code peakRssMB} (-1 where the
     * system does not tell).
     */
    public static Map<String, Double> run(Path corpus, Path project) {
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus)) {
            files = listed.filter(TranscriptFiles::isSupported).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        TranscriptImport.Summary summary;
        try (StcProject p = StcProject.create(project, "Benchmark", Language.NB)) {
            summary = TranscriptImport.importEach(p, files, List.of(), (d, t, f) -> { }, () -> false, r -> { });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("seconds", Math.round(seconds * 100) / 100.0);
        out.put("cpuSeconds", Math.round((cpuNanos() - cpu0) / 1e7) / 100.0);
        out.put("files", (double) files.size());
        out.put("imported", (double) summary.imported());
        out.put("words", (double) summary.words());
        out.put("wordsPerSecond", (double) Math.round(summary.words() / seconds));
        out.put("peakRssMB", OpenBench.peakRssMB());
        return out;
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
