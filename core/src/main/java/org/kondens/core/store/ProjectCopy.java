package org.kondens.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import org.kondens.core.KondensException;
import org.kondens.core.PrivateFiles;
import org.kondens.core.Problem;
import org.sqlite.SQLiteConnection;

/**
 * Copies of an open project made with SQLite's backup API, consistent even while it is open:
 * "Save a copy as…" and the backups. Copying the bare file instead could catch a transaction
 * half way (see {@link ProjectDatabase}).
 */
final class ProjectCopy {

    private ProjectCopy() {
    }

    /** A copy in the new file {@code target}, owner-only. Never overwrites: a half copy is removed. */
    static void saveAs(ProjectDatabase db, Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new KondensException(Problem.COPY_TARGET_EXISTS, target);
        }
        boolean done = false;
        try {
            PrivateFiles.createFile(target);
            into(db, target);
            done = true;
        } catch (IOException e) {
            throw new KondensException(e, Problem.COPY_FAILED, target, StoreFailures.plainReason(e));
        } finally {
            if (!done) {
                ProjectOpening.deleteQuietly(target);
                ProjectOpening.deleteQuietly(target.resolveSibling(target.getFileName() + "-journal"));
            }
        }
    }

    /**
     * Copies the project into the existing empty file {@code target}.
     *
     * @throws IOException with the problem in plain words
     */
    static void into(ProjectDatabase db, Path target) throws IOException {
        synchronized (db) {
            try {
                int rc = ((SQLiteConnection) db.connection()).getDatabase().backup("main", target.toString(), null);
                if (rc != 0) {
                    throw new IOException(StoreFailures.copyFailed(rc));
                }
            } catch (SQLException e) {
                throw new IOException(StoreFailures.plain(e), e);
            }
        }
    }
}
