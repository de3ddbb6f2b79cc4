package org.kondens.core.stc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kondens.core.TestProjects;
import org.kondens.core.export.ProjectJson;

/**
 * A project's content as its JSON export, byte for byte, without what every change (undo and
 * redo included) adds on purpose: the audit trail and the "modified" time.
 */
final class ProjectStates {

    private ProjectStates() {
    }

    /** The export of {@code p}, written to (and read back from) a scratch file in {@code dir}. */
    static String json(StcProject p, Path dir) {
        Path out = dir.resolve("state.json");
        ProjectJson.write(TestProjects.withoutAudit(p.snapshot()), out);
        try {
            return new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
