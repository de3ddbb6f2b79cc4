package org.kondens.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rolling backups beside the project: {@code <name>.kondens.backups/<name>-<time>.kondens}.
 * Made with SQLite's backup API (a consistent copy even of a busy file, unlike a file copy),
 * the newest {@link #KEEP} kept.
 */
public final class Backups {

    public static final int KEEP = 5;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    public static Path folderOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".backups");
    }

    /** The backups of a project, oldest first. */
    public static List<Path> list(Path project) {
        Path folder = folderOf(project);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".kondens")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The path for a new backup, or null when the newest one is younger than {@code minInterval}
     * (so a script of many CLI calls does not rotate away yesterday's backups in a minute).
     */
    static Path next(Path project, Clock clock, Duration minInterval) throws IOException {
        List<Path> existing = list(project);
        Instant now = clock.instant();
        if (!existing.isEmpty()) {
            Instant newest = Files.getLastModifiedTime(existing.get(existing.size() - 1)).toInstant();
            if (Duration.between(newest, now).compareTo(minInterval) < 0) {
                return null;
            }
        }
        Files.createDirectories(folderOf(project));
        String base = project.getFileName().toString().replaceFirst("\\.kondens$", "");
        return folderOf(project).resolve(base + "-" + STAMP.format(now) + ".kondens");
    }

    static void prune(Path project) throws IOException {
        List<Path> existing = list(project);
        for (int i = 0; i < existing.size() - KEEP; i++) {
            Files.deleteIfExists(existing.get(i));
        }
    }
}
