package org.kondens.core.stc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kondens.core.TestProjects;
import org.kondens.core.export.ProjectJson;

/**
 * A project's content, to compare before and after undo and redo: its JSON export, byte for
 * byte, without what every change adds on purpose (the audit trail and the "modified" time), and
 * its raw rows.
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

    /**
     * Every row of every project table (not the audit trail, not the undo log) with its rowid:
     * stricter than the export, which leaves out rows nothing points to any more.
     */
    static String rows(StcProject p) {
        return p.database().read(sql -> {
            StringBuilder out = new StringBuilder();
            for (String table : sql.list("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'undo%' "
                    + "AND name NOT IN ('audit', 'schema_version', 'sqlite_sequence') ORDER BY name", rs -> rs.getString(1))) {
                out.append(table).append('\n');
                sql.list("SELECT rowid, * FROM " + table + " ORDER BY rowid", rs -> {
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        out.append(c == 1 ? "  " : " | ").append(rs.getString(c));
                    }
                    return out.append('\n');
                });
            }
            return out.toString();
        });
    }
}
