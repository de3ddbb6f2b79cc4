package org.kondens.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/**
 * Builds (or brings up to date) the search index of a project file and says what it cost: for
 * the bench, which runs it in a JVM of its own ({@link #inChildJvm}) so that the peak memory
 * measured is the index build's and nothing else's.
 */
public final class IndexBuild {

    /**
     * What a build cost: {@code seconds} to open the project and sync the index,
     * {@code syncSeconds} of them in the sync; the index's {@code indexBytes} on disk; the
     * process's peak resident memory ({@code peakRssBytes}, -1 where the system does not say).
     */
    public record Result(double seconds, double syncSeconds, long indexBytes, int transcripts, long peakRssBytes) {

        /** The figures as a plain map, for JSON. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seconds", Math.round(seconds * 100) / 100.0);
            m.put("syncSeconds", Math.round(syncSeconds * 100) / 100.0);
            m.put("indexBytes", indexBytes);
            m.put("transcripts", transcripts);
            m.put("peakRssBytes", peakRssBytes);
            return m;
        }

        /** One line the parent parses back. */
        String line() {
            return String.format(Locale.ROOT, "index-build %.3f %.3f %d %d %d", seconds, syncSeconds, indexBytes, transcripts, peakRssBytes);
        }

        static Result parse(String line) {
            String[] f = line.trim().split(" ");
            return new Result(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3]), Integer.parseInt(f[4]),
                    Long.parseLong(f[5]));
        }
    }

    private IndexBuild() {
    }

    /** Opens {@code projectFile} read-only and syncs its index under {@code cacheRoot}, in this JVM. */
    public static Result run(Path projectFile, Path cacheRoot) {
        long t0 = System.nanoTime();
        ProjectSnapshot snapshot;
        try (StcProject project = StcProject.openReadOnly(projectFile)) {
            snapshot = project.snapshot();
        }
        try (SearchIndex index = SearchIndex.open(cacheRoot, snapshot.project().id(), snapshot.project().language())) {
            long t1 = System.nanoTime();
            index.sync(snapshot);
            double sync = (System.nanoTime() - t1) / 1e9;
            return new Result((System.nanoTime() - t0) / 1e9, sync, index.sizeBytes(), snapshot.transcripts().size(), peakRss());
        }
    }

    /**
     * Runs {@link #run} in a new JVM (this one's java and class path, plus {@code jvmOptions} such
     * as "-Xmx1g"), so its peak memory is the build's own.
     */
    public static Result inChildJvm(Path projectFile, Path cacheRoot, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), IndexBuild.class.getName(),
                projectFile.toString(), cacheRoot.toString()));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the index build failed: " + out);
            }
            return out.lines().filter(l -> l.startsWith("index-build ")).map(Result::parse).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("the index build said nothing: " + out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The process's peak resident memory (Linux: VmHWM), or -1. */
    static long peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the caller measures otherwise
        }
        return -1;
    }

    /** {@code IndexBuild <project file> <cache folder>}: builds the index and prints one line of figures. */
    public static void main(String[] args) {
        System.out.println(run(Path.of(args[0]), Path.of(args[1])).line());
    }
}
