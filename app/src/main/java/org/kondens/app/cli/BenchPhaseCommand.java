package org.kondens.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.exchange.QdpxReader;
import org.kondens.core.export.ExportFormat;
import org.kondens.core.export.ExportOptions;
import org.kondens.core.export.Exports;
import org.kondens.core.export.ProjectJson;
import org.kondens.core.model.Language;
import org.kondens.core.model.Membership;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.SpeakerRole;
import org.kondens.core.model.SpeakerTurn;
import org.kondens.core.search.IndexBuild;
import org.kondens.core.search.SearchBench;
import org.kondens.core.search.SearchIndex;
import org.kondens.core.stc.ImportBench;
import org.kondens.core.stc.StcProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * One phase of {@code kondens bench} in a JVM of its own, started by {@link ScaleBench} with the
 * heap the app ships with, so the peak memory it reports is that phase's alone: import a corpus,
 * build the index, open the project as the app does, or search it as the app does. Prints one
 * JSON object with the phase's figures and its peak resident memory.
 */
@Command(name = "bench-phase", hidden = true, description = "One phase of kondens bench (run by it in a JVM of its own).")
final class BenchPhaseCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PHASE", description = "import | index | open | search | code | json | qdpx | restore-json | restore-qdpx")
    String phase;

    @Parameters(index = "1", paramLabel = "PROJECT")
    Path project;

    @Parameters(index = "2", paramLabel = "DIR", description = "the corpus (import), the exports (json, qdpx, restore-…) or the index cache (the others)")
    Path dir;

    @picocli.CommandLine.Option(names = "--compare-scan")
    boolean compareScan;

    @Override
    public Integer call() {
        Map<String, Object> figures = switch (phase) {
            case "import" -> importCorpus();
            case "index" -> buildIndex();
            case "open" -> open();
            case "search" -> search();
            case "code" -> code();
            case "json", "qdpx" -> export(phase.equals("json") ? ExportFormat.JSON : ExportFormat.QDPX);
            case "restore-json", "restore-qdpx" -> restore(phase.equals("restore-json") ? ExportFormat.JSON : ExportFormat.QDPX);
            default -> throw usage("PHASE is import, index, open, search, code, json, qdpx, restore-json or restore-qdpx, not '"
                    + phase + "'.");
        };
        figures.put("peakRssMB", ScaleBench.peakRssMB());
        figures.put("cpuSeconds", ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(-1.0));
        figures.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        new Printer(new java.io.PrintWriter(System.out, true), true).result("", figures);
        return 0;
    }

    /** The corpus imported as {@code kondens import} does it (streamed, batched, read in parallel). */
    private Map<String, Object> importCorpus() {
        return new LinkedHashMap<>(ImportBench.run(dir, project));
    }

    /** The index built from the project file, transcript by transcript, as the app's index thread does. */
    private Map<String, Object> buildIndex() {
        IndexBuild.Result r = IndexBuild.run(project, dir);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("seconds", ScaleBench.round(r.seconds()));
        f.put("syncSeconds", ScaleBench.round(r.syncSeconds()));
        f.put("bytes", r.indexBytes());
        return f;
    }

    /**
     * As the app opens a project: open, the first snapshot with the texts the first screen shows,
     * the index opened and found current; then, the project usable, the check and backup. Twice:
     * first in this fresh JVM (classes loading, as at start-up), then again (as File › Open in a
     * running app). The second's figures are the plain names.
     */
    private Map<String, Object> open() {
        Map<String, Object> f = new LinkedHashMap<>();
        openOnce(f, "cold");
        openOnce(f, "");
        return f;
    }

    private void openOnce(Map<String, Object> f, String prefix) {
        long t0 = System.nanoTime();
        try (StcProject p = StcProject.openBackingUpLater(project)) {
            long t1 = System.nanoTime();
            ProjectSnapshot s = p.snapshot();
            // and, as the window does, the passages of the meaning units and the text of the first transcript, which the reader shows
            p.keepTextsShown(s, s.transcripts().isEmpty() ? null : s.transcripts().get(0).id());
            long t2 = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(dir, s.project().id(), s.project().language())) {
                boolean current = index.isCurrent(s);
                long t3 = System.nanoTime();
                f.put(name(prefix, "openMs"), ScaleBench.round((t1 - t0) / 1e6));
                f.put(name(prefix, "snapshotMs"), ScaleBench.round((t2 - t1) / 1e6));
                f.put(name(prefix, "indexOpenMs"), ScaleBench.round((t3 - t2) / 1e6));
                f.put(name(prefix, "usableMs"), ScaleBench.round((t3 - t0) / 1e6));
                f.put(name(prefix, "indexCurrent"), current);
                // then, with the project on screen, its check and backup (a copy only when it changed since the last)
                long t4 = System.nanoTime();
                p.backUpIfPending();
                f.put(name(prefix, "backupMs"), ScaleBench.round((System.nanoTime() - t4) / 1e6));
                if (prefix.isEmpty()) {
                    // What an open project keeps on the heap (the snapshot, the index reader), after a collection.
                    System.gc();
                    f.put("liveHeapMB", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
                    f.put("transcripts", s.transcripts().size());
                    f.put("meaningUnits", s.meaningUnits().size());
                    f.put("textCharsInMemory", p.textCharsInMemory());
                    f.put("passageCharsInMemory", p.passageCharsInMemory());
                }
            }
        }
    }

    /** The query mix as the app runs it (published snapshot, index keeper), after a warm-up. */
    private Map<String, Object> search() {
        // Open while searching, as in the app: the page's texts come from the project.
        try (StcProject p = StcProject.openReadOnly(project)) {
            return new LinkedHashMap<>(SearchBench.run(dir, p.snapshot(), compareScan).toMap());
        }
    }

    /** Meaning units marked in each transcript by {@link #code}. */
    static final int UNITS_PER_TRANSCRIPT = 5;

    /**
     * Codes the whole corpus, as a research group's finished analysis: in every transcript the first
     * {@value #UNITS_PER_TRANSCRIPT} informant turns become meaning units of one code group, each an
     * edit of its own as in the app. The open phase run after it measures a fully coded project.
     */
    private Map<String, Object> code() {
        try (StcProject p = StcProject.open(project)) {
            UUID group = p.addCodeGroup("Benk", "#4E79A7", List.of()).id();
            ProjectSnapshot s = p.snapshot();
            int units = 0;
            long t0 = System.nanoTime();
            for (var t : s.transcripts()) {
                int here = 0;
                for (SpeakerTurn turn : s.turns().getOrDefault(t.id(), List.of())) {
                    if (turn.role() == SpeakerRole.INFORMANT && here < UNITS_PER_TRANSCRIPT && turn.end() > turn.start()) {
                        p.addMeaningUnit(t.id(), turn.start(), turn.end(), List.of(new Membership(group, null)));
                        here++;
                    }
                }
                units += here;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("units", units);
            f.put("seconds", ScaleBench.round(seconds));
            f.put("msPerUnit", ScaleBench.round(seconds * 1000 / Math.max(1, units)));
            return f;
        }
    }

    /** The project written whole into DIR as {@code kondens export} writes it: the backup (JSON) or the exchange file (.qdpx). */
    private Map<String, Object> export(ExportFormat format) {
        try (StcProject p = StcProject.openReadOnly(project)) {
            java.nio.file.Files.createDirectories(dir);
            long t0 = System.nanoTime();
            Exports.write(p.snapshot(), format, ExportOptions.DEFAULT, exported(format));
            return seconds(t0, format);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A new project file built from that export, as {@code kondens import-json} or {@code import-qdpx} builds it. */
    private Map<String, Object> restore(ExportFormat format) {
        Path out = dir.resolve("restored.kondens");
        ScaleBench.deleteTree(out);
        long t0 = System.nanoTime();
        if (format == ExportFormat.JSON) {
            ProjectJson.restore(exported(format), out);
        } else {
            QdpxReader.importProject(exported(format), out, Language.NB);
        }
        Map<String, Object> f = seconds(t0, format);
        ScaleBench.deleteTree(out);
        return f;
    }

    private Path exported(ExportFormat format) {
        return dir.resolve("bench" + format.extension());
    }

    private Map<String, Object> seconds(long t0, ExportFormat format) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("seconds", ScaleBench.round((System.nanoTime() - t0) / 1e9));
        f.put("fileMB", exported(format).toFile().length() / (1024 * 1024));
        return f;
    }

    private static String name(String prefix, String figure) {
        return prefix.isEmpty() ? figure : prefix + Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
    }
}
