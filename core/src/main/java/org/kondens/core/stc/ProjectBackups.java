package org.kondens.core.stc;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.kondens.core.model.Backup;
import org.kondens.core.store.Backups;

/**
 * A project's backups for the app and the command line: list them, and put one in the place of
 * a closed project (the replaced file is kept in the backups folder, never deleted).
 */
public final class ProjectBackups {

    private ProjectBackups() {
    }

    /** The folder beside the project that holds its backups. */
    public static Path folderOf(Path project) {
        return Backups.folderOf(project);
    }

    /** The backups, newest first, each opened read-only and checked. */
    public static List<Backup> list(Path project) {
        return Backups.describe(project);
    }

    /**
     * Restores {@code backup} in the place of {@code project}, which must not be open.
     *
     * @return where the replaced file was kept, or null when there was none
     */
    public static Path restore(Path project, Path backup) {
        return Backups.restore(project, backup, Clock.systemUTC());
    }
}
