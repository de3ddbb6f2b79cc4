package org.kondens.core.stc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;

/**
 * One try of a property: a new project in its own temp folder, the transcript files written for
 * it, and the open project (which an edit may close and reopen). Closing deletes the folder.
 */
final class Sandbox implements AutoCloseable {

    private static final List<String> LINES = List.of("Det var tøft 😀 – men jeg fikk nøkkel", "til egen leilighet, og årene etterpå ble bedre.",
            "De så meg som et menneske.", "Ikke som en diagnose 🙂", "Hverdagen på Ås – æøå ÆØÅ.");
    private static final List<String> INFORMANT_SPEAKERS = List.of("EK1", "EK2", "Deltaker 3", "P1");

    final Path dir;
    private final Path file;
    private final List<Path> written = new ArrayList<>();
    private StcProject project;

    private Sandbox(Path dir) {
        this.dir = dir;
        this.project = TestProjects.newProject(dir);
        this.file = project.database().file();
    }

    /**
     * A sandbox in a new temp folder: in RAM ({@code /dev/shm}) where there is one, because every
     * edit, undo and redo commits with an fsync, and a property makes thousands of them.
     */
    static Sandbox create() {
        Path shm = Path.of("/dev/shm");
        try {
            return new Sandbox(Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "kondens-undo-property")
                    : Files.createTempDirectory("kondens-undo-property"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StcProject project() {
        return project;
    }

    ProjectSnapshot snapshot() {
        return project.snapshot();
    }

    /** The project's content: its JSON export without the audit trail, then its raw rows. */
    String state() {
        return ProjectStates.json(project, dir) + "\n--- rows ---\n" + ProjectStates.rows(project);
    }

    void reopen() {
        project.close();
        project = TestProjects.reopen(file);
    }

    /** The transcript files written so far, for importing one of them again. */
    List<Path> written() {
        return written;
    }

    /**
     * Writes small transcript number {@code seed} as a Windows editor saves it (CRLF, æøå, emoji):
     * an interview with speaker labels, or for every third seed plain text without any.
     */
    Path writeTranscript(int seed) {
        String informant = INFORMANT_SPEAKERS.get(seed % INFORMANT_SPEAKERS.size());
        boolean labelled = seed % 3 != 2;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2 + seed % 3; i++) {
            if (labelled) {
                text.append(i % 2 == 0 ? "I: " : informant + ": ");
            }
            text.append(LINES.get((seed + i) % LINES.size())).append(i == 0 ? " (" + seed + ")" : "").append("\r\n");
        }
        Path out = TestProjects.writeUtf8(dir.resolve("intervju-" + seed + ".txt"), text.toString());
        if (!written.contains(out)) {
            written.add(out);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            project.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
